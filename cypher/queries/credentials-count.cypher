// Query.credentials.totalCount: how many match the filters, over all pages; run only when asked for.
// Status is derived as in credentials.cypher. Parameters: $kind, $status (filters, null = any), $now.
MATCH (n:Credential)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($status IS NULL OR CASE WHEN n.status IS NULL AND n.expiresAt < $now THEN 'EXPIRED'
                              WHEN coalesce(n.status, 'ACTIVE') = 'ACTIVE' AND n.revocationRequestedAt IS NOT NULL
                              THEN 'PENDING_REVOCATION' ELSE coalesce(n.status, 'ACTIVE') END = $status)
RETURN count(n) AS totalCount
