// id: stale-in-source
// title: Gone from its source but still owned or holding active credentials
// severity: MEDIUM
// breaks: NIST_CSF_2:ID.AM-08, NIST_CSF_2:PR.AA-01
// remediation: Confirm in the source whether it was deleted; then remove its ownership claims and revoke its credentials, or restore it.
//
// A full snapshot of its source no longer contained it (staleSince), yet the graph still shows an
// owner for it or active credentials it holds: either it was deleted and the leftovers remain, or
// the export missed it.
// Parameters: $now.
CALL () {
  MATCH (s:Identity) WHERE s.staleSince IS NOT NULL RETURN s
  UNION MATCH (s:Credential) WHERE s.staleSince IS NOT NULL RETURN s
  UNION MATCH (s:AiSystem) WHERE s.staleSince IS NOT NULL RETURN s
  UNION MATCH (s:Agent) WHERE s.staleSince IS NOT NULL RETURN s
  UNION MATCH (s:Model) WHERE s.staleSince IS NOT NULL RETURN s
  UNION MATCH (s:Control) WHERE s.staleSince IS NOT NULL RETURN s
  UNION MATCH (s:Risk) WHERE s.staleSince IS NOT NULL RETURN s
}
WITH s, [(s)-[:OWNED_BY]->(o) | o.id] AS owners,
     [(s)-[:HAS_CREDENTIAL]->(c:Credential) WHERE coalesce(c.status, CASE WHEN c.expiresAt < $now THEN 'EXPIRED' ELSE 'ACTIVE' END) = 'ACTIVE' | c.id] AS credentials
WHERE size(owners) > 0 OR size(credentials) > 0
RETURN s AS subject,
       'missing from its source' + CASE WHEN s.source IS NULL THEN '' ELSE ' (' + s.source + ')' END + ' for '
       + toString(duration.inDays(s.staleSince, $now).days) + ' days, but still '
       + CASE WHEN size(owners) > 0 THEN 'owned by ' + reduce(text = '', o IN owners | text + CASE text WHEN '' THEN '' ELSE ', ' END + o) ELSE '' END
       + CASE WHEN size(owners) > 0 AND size(credentials) > 0 THEN ' and ' ELSE '' END
       + CASE WHEN size(credentials) > 0 THEN 'holding ' + toString(size(credentials)) + ' active credential(s)' ELSE '' END AS reason,
       [p = (s)-[:OWNED_BY]->() | p] + [p = (s)-[:HAS_CREDENTIAL]->(c:Credential) WHERE coalesce(c.status, CASE WHEN c.expiresAt < $now THEN 'EXPIRED' ELSE 'ACTIVE' END) = 'ACTIVE' | p] AS path
