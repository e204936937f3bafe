// Mutation.addEvidence: what the evidence is. The same control, URI and collection time give the same
// evidence id, so sending it twice records it once. The evidence was described and its EVIDENCES
// written by the stewards' shared writes (StewardWrites).
// Parameters: $id, $kind, $uri, $name, $collectedAt, $expiresAt.
MATCH (e:Evidence {id: $id})
SET e.kind = $kind, e.uri = $uri, e.name = $name, e.collectedAt = $collectedAt, e.expiresAt = $expiresAt
RETURN e
