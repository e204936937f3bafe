// Query.humans: one page of humans ordered by id, and how many match in all.
// Parameters: $status, $team (filters, null = any), $after (last id of the previous page), $limit.
CALL () {
  MATCH (n:Human)
  WHERE ($status IS NULL OR n.status = $status)
    AND ($team IS NULL OR EXISTS { (n)-[:MEMBER_OF]->(:Team {id: $team}) })
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Human)
  WHERE ($status IS NULL OR n.status = $status)
    AND ($team IS NULL OR EXISTS { (n)-[:MEMBER_OF]->(:Team {id: $team}) })
    AND ($after IS NULL OR n.id > $after)
  WITH n ORDER BY n.id LIMIT $limit
  RETURN collect(n) AS page
}
RETURN totalCount, page
