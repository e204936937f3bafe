// Query.apiTokens: every API token, active ones first, newest first; hashes stay in the database.
MATCH (t:ApiToken)
RETURN t
ORDER BY t.revokedAt IS NOT NULL, t.createdAt DESC, t.id
