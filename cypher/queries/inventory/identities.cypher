// Inventory count of identities, optionally of one provider and kind. Parameters: $provider, $kind.
MATCH (n:Identity)
WHERE ($provider IS NULL OR n.provider = $provider) AND ($kind IS NULL OR n.kind = $kind)
RETURN count(n) AS count
