// Mutation.setHumanStatus: record a human joining, leaving or being suspended. An edit, not a
// description: the stewards' shared writes (StewardWrites) stamp lastSeen, a stale human stays stale.
// Parameters: $id, $status, $leftAt (null unless LEAVER).
MATCH (h:Human {id: $id})
SET h.status = $status, h.leftAt = $leftAt
RETURN h
