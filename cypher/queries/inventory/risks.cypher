// Inventory count of Risk nodes.
MATCH (n:Risk) RETURN count(n) AS count
