// Query.identities.totalCount: how many match the filters, over all pages; run only when asked for.
// Principals of other accounts, known only from a trust (external), are left out unless asked for.
// Parameters: $provider, $kind, $status, $ownerless, $external (filters, null = any).
MATCH (n:Identity)
WHERE ($provider IS NULL OR n.provider = $provider)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($status IS NULL OR CASE WHEN n.status = 'ACTIVE' AND n.revocationRequestedAt IS NOT NULL
                              THEN 'PENDING_REVOCATION' ELSE n.status END = $status)
  AND ($ownerless IS NULL OR $ownerless = (NOT EXISTS { (n)-[:OWNED_BY]->() }))
  AND ($external IS NULL OR $external = coalesce(n.external, false))
RETURN count(n) AS totalCount
