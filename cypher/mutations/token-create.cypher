// Mutation.createApiToken: a named token; only the SHA-256 of its secret is kept.
// Parameters: $id, $name, $role, $hash, $expiresAt, $human, $createdBy, $now.
CREATE (t:ApiToken {id: $id, name: $name, role: $role, hash: $hash, expiresAt: $expiresAt, human: $human,
                    createdBy: $createdBy, createdAt: $now})
RETURN t
