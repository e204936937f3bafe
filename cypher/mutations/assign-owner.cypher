// Mutation.assignOwner: a steward's ownership claim (source DECLARED) of a human or team over a subject.
// Parameters: $subject, $owner (element ids found by find-node), $role, $now.
// An attested claim belongs to the stewards from then on: no import's snapshot removes it.
MATCH (s) WHERE elementId(s) = $subject
MATCH (o) WHERE elementId(o) = $owner
MERGE (s)-[r:OWNED_BY {source: 'DECLARED', role: $role}]->(o)
ON CREATE SET r.since = $now, r.firstSeen = $now
SET r.confidence = 1.0, r.attestedAt = $now, r.lastSeen = $now, r.importSource = 'steward'
REMOVE r.importScope, r.lastRunId
RETURN s, r, o
