// Inventory count of Model nodes.
MATCH (n:Model) RETURN count(n) AS count
