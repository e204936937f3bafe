// Mutation.setHumanStatus: record a human joining, leaving or being suspended.
// Parameters: $id, $status, $leftAt (null unless LEAVER), $now.
MATCH (h:Human {id: $id})
SET h.status = $status, h.leftAt = $leftAt, h.lastSeen = $now
RETURN h
