// id: owner-left
// title: Every accountable owner has left
// severity: HIGH
// breaks: ISO42001:A.3.2, ISO42001:5.3, NIST_AI_RMF:GOVERN 2.1, NIST_CSF_2:GV.RR-02, NIST_CSF_2:GV.RR-04
// remediation: Reassign accountability to an active person or team (the leaver's manager or team is suggested), then re-attest.
//
// Identities, credentials, AI systems, agents, models, controls and risks whose accountable owners
// are all gone: humans with status LEAVER, or teams whose lead and members have all left. Deleted
// identities, inactive credentials, retired AI systems and closed risks are left out.
// Parameters: $now, $leaving (ids of humans to treat as leavers, for leaverImpact).
MATCH (s)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->()
WITH DISTINCT s
WHERE s.staleSince IS NULL
  AND NOT (s:Identity AND coalesce(s.status, '') = 'DELETED') AND NOT (s:Credential AND coalesce(s.status, CASE WHEN s.expiresAt < $now THEN 'EXPIRED' ELSE 'ACTIVE' END) <> 'ACTIVE')
  AND NOT (s:AiSystem AND coalesce(s.lifecycle, '') = 'RETIRED') AND NOT (s:Risk AND coalesce(s.status, '') = 'CLOSED')
WITH s, [(s)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->(o) | o] AS accountable
WHERE all(o IN accountable WHERE coalesce(o.status, '') = 'LEAVER' OR o.id IN $leaving
        OR (o:Team AND EXISTS { (o)-[:LED_BY|MEMBER_OF]-(:Human) }
            AND NOT EXISTS { (o)-[:LED_BY|MEMBER_OF]-(p:Human) WHERE coalesce(p.status, '') <> 'LEAVER' AND NOT p.id IN $leaving }))
RETURN s AS subject,
       CASE WHEN size(accountable) = 1 THEN 'its only accountable owner ' ELSE 'all its accountable owners have left: ' END
       + reduce(text = '', o IN accountable | text + CASE text WHEN '' THEN '' ELSE ', ' END + o.id
             + CASE WHEN o:Team THEN ' (a team whose people have all left)'
                    WHEN o.leftAt IS NOT NULL AND size(accountable) = 1 THEN ' left ' + toString(duration.inDays(o.leftAt, $now).days) + ' days ago'
                    WHEN o.leftAt IS NOT NULL THEN ' (left ' + toString(duration.inDays(o.leftAt, $now).days) + ' days ago)'
                    WHEN size(accountable) = 1 THEN ' has left'
                    ELSE '' END) AS reason,
       [p = (s)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->() | p] AS path
