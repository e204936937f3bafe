// id: conflicting-ownership
// title: Sources disagree on the accountable owner
// severity: MEDIUM
// breaks: ISO42001:A.3.2, NIST_AI_RMF:GOVERN 2.1, NIST_CSF_2:GV.RR-02
// remediation: Settle who is accountable, declare it (assignOwner), and correct the source that is wrong (the tag, the application owner ...).
//
// Two sources (a tag, the provider's own owner field, HR, a declaration ...) name different
// accountable owners. A team and one of its own lead or members do not disagree.
// Parameters: $now.
MATCH (s)-[r1:OWNED_BY {role: 'ACCOUNTABLE'}]->(o1), (s)-[r2:OWNED_BY {role: 'ACCOUNTABLE'}]->(o2)
WHERE r1.source < r2.source AND o1 <> o2 AND s.staleSince IS NULL
  AND NOT (s:Identity AND coalesce(s.status, '') = 'DELETED') AND NOT (s:Credential AND coalesce(s.status, CASE WHEN s.expiresAt < $now THEN 'EXPIRED' ELSE 'ACTIVE' END) <> 'ACTIVE')
  AND NOT (s:AiSystem AND coalesce(s.lifecycle, '') = 'RETIRED') AND NOT (s:Risk AND coalesce(s.status, '') = 'CLOSED')
  AND NOT (o1:Team AND EXISTS { (o1)-[:LED_BY|MEMBER_OF]-(o2) })
  AND NOT (o2:Team AND EXISTS { (o2)-[:LED_BY|MEMBER_OF]-(o1) })
WITH s, collect(r1.source + ' names ' + o1.id + ', ' + r2.source + ' names ' + o2.id) AS disagreements
RETURN s AS subject,
       reduce(text = '', d IN disagreements | text + CASE text WHEN '' THEN '' ELSE '; ' END + d) AS reason,
       [p = (s)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->() | p] AS path
