// Inventory count of credentials, optionally of one kind. Parameters: $kind.
MATCH (n:Credential)
WHERE $kind IS NULL OR n.kind = $kind
RETURN count(n) AS count
