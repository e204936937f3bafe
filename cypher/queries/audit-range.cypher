// Query.verifyAuditChain: a run of audit events in sequence order, to recompute their hashes.
// Parameters: $from (first sequence number), $limit.
MATCH (e:AuditEvent)
WHERE e.sequence >= $from
WITH e ORDER BY e.sequence LIMIT $limit
RETURN e
