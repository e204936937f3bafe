// Query.credentials.totalCount: how many match the filters, over all pages; run only when asked for.
// Parameters: $kind, $status (filters, null = any).
MATCH (n:Credential)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($status IS NULL OR CASE WHEN n.status = 'ACTIVE' AND n.revocationRequestedAt IS NOT NULL
                              THEN 'PENDING_REVOCATION' ELSE n.status END = $status)
RETURN count(n) AS totalCount
