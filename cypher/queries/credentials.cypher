// Query.credentials: one page of credentials ordered by id.
// Status is read as Credential.statusAt says: the provider's where it states one, otherwise EXPIRED once
// expiresAt has passed; PENDING_REVOCATION: still ACTIVE, but an attestation decided to revoke it.
// Parameters: $kind, $status (filters, null = any), $now, $after ('' for the first page), $limit.
MATCH (n:Credential)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($status IS NULL OR CASE WHEN n.status IS NULL AND n.expiresAt < $now THEN 'EXPIRED'
                              WHEN coalesce(n.status, 'ACTIVE') = 'ACTIVE' AND n.revocationRequestedAt IS NOT NULL
                              THEN 'PENDING_REVOCATION' ELSE coalesce(n.status, 'ACTIVE') END = $status)
  AND n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN collect(n) AS page
