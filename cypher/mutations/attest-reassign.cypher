// Mutation.attest, REASSIGN: the accountable ownership moves from the reviewed owner (every source's
// claim) to the new owner, declared and attested by the decider.
// Parameters: $subject, $owner (element id or null), $newOwner (element id), $by, $now.
MATCH (s) WHERE elementId(s) = $subject
MATCH (n) WHERE elementId(n) = $newOwner
CALL (s) {
  MATCH (s)-[old:OWNED_BY {role: 'ACCOUNTABLE'}]->(o)
  WHERE elementId(o) = $owner
  DELETE old
}
MERGE (s)-[r:OWNED_BY {source: 'DECLARED', role: 'ACCOUNTABLE'}]->(n)
ON CREATE SET r.since = $now, r.firstSeen = $now
SET r.confidence = 1.0, r.attestedAt = $now, r.attestedBy = $by, r.lastSeen = $now, r.importSource = 'steward'
REMOVE r.importScope, r.lastRunId
RETURN r
