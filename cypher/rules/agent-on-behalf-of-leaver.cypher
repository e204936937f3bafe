// id: agent-on-behalf-of-leaver
// title: Agent acting on behalf of someone who has left
// severity: HIGH
// breaks: ISO42001:A.3.2, NIST_AI_RMF:GOVERN 3.2, NIST_CSF_2:PR.AA-05, NIST_CSF_2:GV.RR-04
// remediation: Revoke the delegated tokens of the leaver and re-grant the agent's delegation to an active person, if it is still needed.
//
// Delegated (on-behalf-of) access outlives the person who granted it.
// Parameters: $now, $leaving (ids of humans to treat as leavers).
MATCH (s:Agent)-[:ACTS_ON_BEHALF_OF]->(h:Human)
WHERE s.staleSince IS NULL AND (coalesce(h.status, '') = 'LEAVER' OR h.id IN $leaving)
WITH s, collect(h) AS leavers
RETURN s AS subject,
       'acts on behalf of ' + reduce(text = '', h IN leavers | text + CASE text WHEN '' THEN '' ELSE ', ' END + h.id
           + CASE WHEN h.leftAt IS NULL THEN ', who has left'
                  ELSE ', who left ' + toString(duration.inDays(h.leftAt, $now).days) + ' days ago' END) AS reason,
       [h IN leavers | [p = (s)-[:ACTS_ON_BEHALF_OF]->(h) | p][0]] AS path
