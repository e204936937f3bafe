// Mutation.addEvidence: record evidence that a control operates. The same control, URI and
// collection time give the same evidence id, so sending it twice records it once.
// Parameters: $id, $control, $kind, $uri, $name, $collectedAt, $expiresAt, $now.
MATCH (c:Control {id: $control})
MERGE (e:Evidence {id: $id})
ON CREATE SET e.firstSeen = $now, e.source = 'steward'
SET e.kind = $kind, e.uri = $uri, e.name = $name, e.collectedAt = $collectedAt, e.expiresAt = $expiresAt,
    e.lastSeen = $now
MERGE (e)-[r:EVIDENCES]->(c)
ON CREATE SET r.firstSeen = $now, r.importSource = 'steward'
SET r.lastSeen = $now
RETURN e
