// Mutation.removeOwner: remove ownership claims of an owner over a subject, of one role or of all.
// Parameters: $subject, $owner (element ids found by find-node), $role (null = every role).
MATCH (s)-[r:OWNED_BY]->(o)
WHERE elementId(s) = $subject AND elementId(o) = $owner AND ($role IS NULL OR r.role = $role)
DELETE r
RETURN count(r) AS removed
