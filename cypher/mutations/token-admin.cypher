// The admin token generated at first start (or again when it was revoked): only its hash is kept.
// Parameters: $id, $hash, $now.
MERGE (t:ApiToken {id: $id})
SET t.name = 'admin', t.role = 'ADMIN', t.hash = $hash, t.createdAt = $now, t.createdBy = 'system',
    t.expiresAt = null, t.revokedAt = null, t.human = null
RETURN t
