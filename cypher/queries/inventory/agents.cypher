// Inventory count of Agent nodes.
MATCH (n:Agent) RETURN count(n) AS count
