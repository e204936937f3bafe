// Inventory count of Human nodes.
MATCH (n:Human) RETURN count(n) AS count
