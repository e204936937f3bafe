// Inventory count of framework requirements, optionally of one framework. Parameters: $framework.
MATCH (n:Requirement)
WHERE $framework IS NULL OR n.framework = $framework
RETURN count(n) AS count
