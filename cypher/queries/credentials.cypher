// Query.credentials: one page of credentials ordered by id, and how many match in all.
// Parameters: $kind, $status (filters, null = any), $after, $limit.
CALL () {
  MATCH (n:Credential)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($status IS NULL OR n.status = $status)
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Credential)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($status IS NULL OR n.status = $status)
    AND ($after IS NULL OR n.id > $after)
  WITH n ORDER BY n.id LIMIT $limit
  RETURN collect(n) AS page
}
RETURN totalCount, page
