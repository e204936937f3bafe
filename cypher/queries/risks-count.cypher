// Query.risks.totalCount: how many there are; run only when asked for.
MATCH (n:Risk)
RETURN count(n) AS totalCount
