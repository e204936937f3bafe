// Inventory count of Team nodes.
MATCH (n:Team) RETURN count(n) AS count
