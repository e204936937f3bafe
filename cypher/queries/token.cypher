// One API token by id, to authenticate a request or to revoke it.
// Parameters: $id.
MATCH (t:ApiToken {id: $id})
RETURN t
