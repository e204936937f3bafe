// id: self-approved-ai-system
// title: AI system approved by its own accountable owner
// severity: HIGH
// breaks: ISO42001:A.3.2, ISO42001:A.6.2.5, NIST_AI_RMF:GOVERN 2.1, NIST_CSF_2:PR.AA-05
// remediation: Have the AI system approved by someone independent of its accountable owner (segregation of duties).
//
// The approval of an AI system is a check on its owner; it is no check when the approver is the
// accountable owner or leads the team that is.
MATCH (s:AiSystem)-[:APPROVED_BY]->(h:Human)
WHERE s.staleSince IS NULL
  AND (EXISTS { (s)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->(h) }
       OR EXISTS { (s)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->(:Team)-[:LED_BY]->(h) })
WITH s, collect(DISTINCT h) AS approvers
RETURN s AS subject,
       'approved by ' + reduce(text = '', h IN approvers | text + CASE text WHEN '' THEN '' ELSE ', ' END + h.id
           + CASE WHEN EXISTS { (s)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->(h) } THEN ', its own accountable owner'
                  ELSE ', who leads the team accountable for it' END) AS reason,
       [h IN approvers | [p = (s)-[:APPROVED_BY]->(h) | p][0]]
       + [p = (s)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->() | p] AS path
