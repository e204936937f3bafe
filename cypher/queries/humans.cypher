// Query.humans: one page of humans ordered by id.
// Parameters: $status, $team (filters, null = any), $after (last id of the previous page, '' for the first), $limit.
MATCH (n:Human)
WHERE ($status IS NULL OR n.status = $status)
  AND ($team IS NULL OR EXISTS { (n)-[:MEMBER_OF]->(:Team {id: $team}) })
  AND n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN collect(n) AS page
