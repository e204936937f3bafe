// id: untreated-risk
// title: Risk with no implemented control treating it
// severity: HIGH
// breaks: ISO42001:6.1.3, ISO42001:8.3, EU_AI_ACT:Art.9(2), NIST_AI_RMF:MANAGE 1.3, NIST_CSF_2:ID.RA-06
// remediation: Decide the treatment: link an implemented control (TREATED_BY), or record the risk as ACCEPTED by its owner.
//
// A registered risk that is neither accepted nor closed needs a control that is actually
// implemented; planned controls do not treat anything yet.
MATCH (s:Risk)
WHERE s.staleSince IS NULL AND NOT coalesce(s.status, 'OPEN') IN ['ACCEPTED', 'CLOSED']
  AND NOT EXISTS { (s)-[:TREATED_BY]->(:Control {status: 'IMPLEMENTED'}) }
WITH s, [(s)-[:TREATED_BY]->(c:Control) | c] AS controls
RETURN s AS subject,
       coalesce(s.status, 'OPEN') + ' risk ' + CASE WHEN size(controls) = 0 THEN 'with no control treating it'
           ELSE 'treated only by controls not implemented: ' + reduce(text = '', c IN controls | text
               + CASE text WHEN '' THEN '' ELSE ', ' END + c.id + ' (' + coalesce(c.status, 'no status') + ')') END AS reason,
       [p = (s)-[:TREATED_BY]->() | p] + [p = (s)-[:AFFECTS]->() | p] AS path
