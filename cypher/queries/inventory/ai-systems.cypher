// Inventory count of AiSystem nodes.
MATCH (n:AiSystem) RETURN count(n) AS count
