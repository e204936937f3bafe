// Mutation.attest, KEEP: the owner confirms the ownership; its accountable claims record when and by whom.
// Parameters: $subject, $owner (element ids), $by (the deciding human's id), $now.
MATCH (s)-[r:OWNED_BY {role: 'ACCOUNTABLE'}]->(o)
WHERE elementId(s) = $subject AND elementId(o) = $owner
SET r.attestedAt = $now, r.attestedBy = $by
RETURN count(r) AS claims
