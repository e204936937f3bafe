// Query.teams.totalCount: how many there are; run only when asked for.
MATCH (n:Team)
RETURN count(n) AS totalCount
