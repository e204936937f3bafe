// Query.agents.totalCount: how many there are; run only when asked for.
MATCH (n:Agent)
RETURN count(n) AS totalCount
