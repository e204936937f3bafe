// id: agent-without-identity
// title: Agent that acts as no identity of its own
// severity: MEDIUM
// breaks: ISO42001:A.6.2.8, NIST_CSF_2:PR.AA-01, NIST_CSF_2:PR.AA-03
// remediation: Give the agent its own non-human identity with only the permissions it needs, and record it (upsertAgent actsAs).
//
// An agent with no ACTS_AS identity runs under whatever credentials its host has: its actions
// cannot be told apart in logs, nor its permissions limited or revoked on their own.
MATCH (s:Agent)
WHERE s.staleSince IS NULL AND NOT EXISTS { (s)-[:ACTS_AS]->() }
OPTIONAL MATCH (s)-[:PART_OF]->(system:AiSystem)
RETURN s AS subject,
       'acts as no identity of its own: it runs under whatever credentials its host has'
       + CASE WHEN system IS NULL THEN '' ELSE ' (part of ' + system.id + ')' END AS reason,
       [p = (s)-[:PART_OF]->(:AiSystem) | p] AS path
