// Query.aiSystems: one page of AiSystem nodes ordered by id.
// Parameters: $after (last id of the previous page, '' for the first), $limit.
MATCH (n:AiSystem)
WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN collect(n) AS page
