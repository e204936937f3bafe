// Query.humans.totalCount: how many match the filters, over all pages; run only when asked for.
// Parameters: $status, $team (filters, null = any).
MATCH (n:Human)
WHERE ($status IS NULL OR n.status = $status)
  AND ($team IS NULL OR EXISTS { (n)-[:MEMBER_OF]->(:Team {id: $team}) })
RETURN count(n) AS totalCount
