// Query.aiSystems: one page of AiSystem nodes ordered by id, and how many there are.
// Parameters: $after (last id of the previous page), $limit.
CALL () {
  MATCH (n:AiSystem)
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:AiSystem)
  WHERE $after IS NULL OR n.id > $after
  WITH n ORDER BY n.id LIMIT $limit
  RETURN collect(n) AS page
}
RETURN totalCount, page
