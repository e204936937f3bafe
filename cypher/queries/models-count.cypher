// Query.models.totalCount: how many there are; run only when asked for.
MATCH (n:Model)
RETURN count(n) AS totalCount
