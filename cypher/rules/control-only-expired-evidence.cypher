// id: control-only-expired-evidence
// title: Implemented control whose evidence has all expired
// severity: MEDIUM
// breaks: ISO42001:9.1, ISO42001:7.5.3, NIST_AI_RMF:GOVERN 1.5, NIST_CSF_2:GV.OV-03
// remediation: Collect current evidence that the control operates (addEvidence), or change its status if it no longer does.
//
// A control said to be implemented, with evidence, none of which is still valid: nothing shows it
// operates today.
// Parameters: $now.
MATCH (s:Control {status: 'IMPLEMENTED'})
WHERE s.staleSince IS NULL
WITH s, [(e:Evidence)-[:EVIDENCES]->(s) | e] AS evidence
WHERE size(evidence) > 0 AND all(e IN evidence WHERE e.expiresAt < $now)
WITH s, evidence, reduce(latest = null, e IN evidence | CASE WHEN latest IS NULL OR e.expiresAt > latest THEN e.expiresAt ELSE latest END) AS newest
RETURN s AS subject,
       CASE WHEN size(evidence) = 1 THEN 'its only evidence expired ' ELSE 'all ' + toString(size(evidence)) + ' pieces of evidence have expired, the newest ' END
       + toString(duration.inDays(newest, $now).days) + ' days ago' AS reason,
       [p = (s)<-[:EVIDENCES]-() | p] AS path
