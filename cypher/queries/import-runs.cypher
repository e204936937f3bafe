// Query.importRuns: one page of import runs, newest first, and how many match in all.
// Parameters: $source (filter, null = any), $after (id of the last run of the previous page, '' for the first), $limit.
CALL () {
  MATCH (r:ImportRun)
  WHERE $source IS NULL OR r.source = $source
  RETURN count(r) AS totalCount
}
CALL () {
  OPTIONAL MATCH (last:ImportRun {id: $after})
  MATCH (r:ImportRun)
  WHERE ($source IS NULL OR r.source = $source)
    AND ($after = '' OR r.startedAt < last.startedAt OR (r.startedAt = last.startedAt AND r.id < last.id))
  WITH r ORDER BY r.startedAt DESC, r.id DESC LIMIT $limit
  RETURN collect(r) AS page
}
RETURN totalCount, page
