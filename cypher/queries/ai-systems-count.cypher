// Query.aiSystems.totalCount: how many there are; run only when asked for.
MATCH (n:AiSystem)
RETURN count(n) AS totalCount
