// Query.auditLog: audit events newest first, optionally about one subject or by one actor.
// Parameters: $subject, $actor (null = any), $after (an event id, the page starts below it; '' for the first page), $limit.
CALL () {
  MATCH (e:AuditEvent)
  WHERE ($subject IS NULL OR e.subject = $subject) AND ($actor IS NULL OR e.actor = $actor)
  RETURN count(e) AS totalCount
}
CALL () {
  MATCH (e:AuditEvent)
  WHERE ($subject IS NULL OR e.subject = $subject) AND ($actor IS NULL OR e.actor = $actor)
    AND ($after = '' OR e.id < $after)
  WITH e ORDER BY e.id DESC LIMIT $limit
  RETURN collect(e) AS page
}
RETURN totalCount, page
