// Query.credentials: one page of credentials ordered by id, and how many match in all.
// PENDING_REVOCATION is derived: still ACTIVE in the provider, but an attestation decided to revoke it.
// Parameters: $kind, $status (filters, null = any), $after, $limit.
CALL () {
  MATCH (n:Credential)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($status IS NULL OR CASE WHEN n.status = 'ACTIVE' AND n.revocationRequestedAt IS NOT NULL
                                THEN 'PENDING_REVOCATION' ELSE n.status END = $status)
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Credential)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($status IS NULL OR CASE WHEN n.status = 'ACTIVE' AND n.revocationRequestedAt IS NOT NULL
                                THEN 'PENDING_REVOCATION' ELSE n.status END = $status)
    AND ($after IS NULL OR n.id > $after)
  WITH n ORDER BY n.id LIMIT $limit
  RETURN collect(n) AS page
}
RETURN totalCount, page
