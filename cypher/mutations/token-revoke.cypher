// Mutation.revokeApiToken: the token stops counting at once; it is kept, revoked, for the record.
// Parameters: $id, $now.
MATCH (t:ApiToken {id: $id})
SET t.revokedAt = coalesce(t.revokedAt, $now)
RETURN t
