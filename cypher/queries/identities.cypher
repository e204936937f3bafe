// Query.identities: one page of identities ordered by id, and how many match in all.
// PENDING_REVOCATION is derived: still ACTIVE in the provider, but an attestation decided to revoke it.
// Parameters: $provider, $kind, $status, $ownerless (filters, null = any), $after, $limit.
CALL () {
  MATCH (n:Identity)
  WHERE ($provider IS NULL OR n.provider = $provider)
    AND ($kind IS NULL OR n.kind = $kind)
    AND ($status IS NULL OR CASE WHEN n.status = 'ACTIVE' AND n.revocationRequestedAt IS NOT NULL
                                THEN 'PENDING_REVOCATION' ELSE n.status END = $status)
    AND ($ownerless IS NULL OR $ownerless = (NOT EXISTS { (n)-[:OWNED_BY]->() }))
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Identity)
  WHERE ($provider IS NULL OR n.provider = $provider)
    AND ($kind IS NULL OR n.kind = $kind)
    AND ($status IS NULL OR CASE WHEN n.status = 'ACTIVE' AND n.revocationRequestedAt IS NOT NULL
                                THEN 'PENDING_REVOCATION' ELSE n.status END = $status)
    AND ($ownerless IS NULL OR $ownerless = (NOT EXISTS { (n)-[:OWNED_BY]->() }))
    AND ($after IS NULL OR n.id > $after)
  WITH n ORDER BY n.id LIMIT $limit
  RETURN collect(n) AS page
}
RETURN totalCount, page
