// Query.identities: one page of identities ordered by id.
// PENDING_REVOCATION is derived: still ACTIVE in the provider, but an attestation decided to revoke it.
// Principals of other accounts, known only from a trust (external), are left out unless asked for.
// Parameters: $provider, $kind, $status, $ownerless, $external (filters, null = any), $after ('' for the first page), $limit.
MATCH (n:Identity)
WHERE ($provider IS NULL OR n.provider = $provider)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($status IS NULL OR CASE WHEN n.status = 'ACTIVE' AND n.revocationRequestedAt IS NOT NULL
                              THEN 'PENDING_REVOCATION' ELSE n.status END = $status)
  AND ($ownerless IS NULL OR $ownerless = (NOT EXISTS { (n)-[:OWNED_BY]->() }))
  AND ($external IS NULL OR $external = coalesce(n.external, false))
  AND n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN collect(n) AS page
