// Inventory count of Control nodes.
MATCH (n:Control) RETURN count(n) AS count
