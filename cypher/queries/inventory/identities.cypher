// Inventory count of identities, optionally of one provider and kind. Parameters: $provider, $kind.
// Principals of other accounts, known only from a trust (external), are none of the organisation's.
MATCH (n:Identity)
WHERE ($provider IS NULL OR n.provider = $provider) AND ($kind IS NULL OR n.kind = $kind)
  AND NOT coalesce(n.external, false)
RETURN count(n) AS count
