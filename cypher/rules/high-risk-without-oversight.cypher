// id: high-risk-without-oversight
// title: High-risk AI system in production without human oversight
// severity: CRITICAL
// breaks: EU_AI_ACT:Art.14(1), EU_AI_ACT:Art.26(2), ISO42001:A.9.2, NIST_AI_RMF:GOVERN 3.2, NIST_AI_RMF:MAP 3.5
// remediation: Assign competent people to oversee the system (OVERSEEN_BY) with the authority to intervene and stop it.
//
// A high-risk AI system in production needs natural persons who oversee it; an overseer counts
// only while ACTIVE.
// Parameters: $leaving (ids of humans to treat as leavers).
MATCH (s:AiSystem {euRiskClass: 'HIGH', lifecycle: 'PRODUCTION'})
WHERE s.staleSince IS NULL
  AND NOT EXISTS { (s)-[:OVERSEEN_BY]->(h:Human {status: 'ACTIVE'}) WHERE NOT h.id IN $leaving }
WITH s, [(s)-[:OVERSEEN_BY]->(h:Human) | h] AS overseers
RETURN s AS subject,
       'HIGH risk class, in production, ' + CASE WHEN size(overseers) = 0 THEN 'and no one oversees it'
           ELSE 'and no overseer is active: ' + reduce(text = '', h IN overseers | text + CASE text WHEN '' THEN '' ELSE ', ' END
               + h.id + ' is ' + CASE WHEN h.id IN $leaving THEN 'leaving' ELSE coalesce(h.status, 'of unknown status') END) END AS reason,
       [p = (s)-[:OVERSEEN_BY]->() | p] AS path
