// id: ai-system-without-accountable-owner
// title: AI system with no active accountable owner
// severity: CRITICAL
// breaks: ISO42001:A.3.2, ISO42001:5.3, EU_AI_ACT:Art.17(1), NIST_AI_RMF:GOVERN 2.1, NIST_AI_RMF:GOVERN 2.3, NIST_CSF_2:GV.RR-02
// remediation: Name the person or team that answers for the AI system and its outcomes (assignOwner with role ACCOUNTABLE).
//
// An AI system in the inventory (not retired) that no active human or team with active people
// answers for. Responsible or technical claims do not make anyone accountable. When every
// accountable owner has left, owner-left reports it instead.
// Parameters: $leaving (ids of humans to treat as leavers).
MATCH (s:AiSystem)
WHERE s.staleSince IS NULL AND coalesce(s.lifecycle, '') <> 'RETIRED'
WITH s, [(s)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->(o) | o] AS accountable
WHERE none(o IN accountable WHERE (coalesce(o.status, '') = 'ACTIVE' AND NOT o.id IN $leaving)
        OR EXISTS { (o:Team)-[:LED_BY|MEMBER_OF]-(p:Human {status: 'ACTIVE'}) WHERE NOT p.id IN $leaving })
  AND NOT (size(accountable) > 0 AND all(o IN accountable WHERE coalesce(o.status, '') = 'LEAVER' OR o.id IN $leaving
        OR (o:Team AND EXISTS { (o)-[:LED_BY|MEMBER_OF]-(:Human) }
            AND NOT EXISTS { (o)-[:LED_BY|MEMBER_OF]-(p:Human) WHERE coalesce(p.status, '') <> 'LEAVER' AND NOT p.id IN $leaving })))
WITH s, accountable,
     [(s)-[r:OWNED_BY]->(o) WHERE r.role <> 'ACCOUNTABLE' | o.id + ' (' + r.role + ', ' + r.source + ')'] AS others
RETURN s AS subject,
       CASE
         WHEN size(accountable) > 0 THEN 'no accountable owner is active: ' + reduce(text = '', o IN accountable |
             text + CASE text WHEN '' THEN '' ELSE ', ' END + o.id + ' is '
             + CASE WHEN o:Team THEN 'a team without active people' WHEN o.status IS NULL THEN 'not known to any HR source'
                    ELSE o.status END)
         WHEN size(others) > 0 THEN 'no ACCOUNTABLE owner; only ' + reduce(text = '', claim IN others |
             text + CASE text WHEN '' THEN '' ELSE ', ' END + claim)
         ELSE 'nobody owns it'
       END AS reason,
       [p = (s)-[:OWNED_BY]->() | p] AS path
