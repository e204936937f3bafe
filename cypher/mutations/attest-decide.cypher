// Mutation.attest: records the decision on the review item.
// Parameters: $id, $status, $decidedBy (element id of the deciding human), $newOwner (element id or null),
// $comment, $now.
MATCH (a:Attestation {id: $id})
MATCH (d) WHERE elementId(d) = $decidedBy
SET a.status = $status, a.decidedAt = $now, a.comment = $comment
CREATE (a)-[:DECIDED_BY]->(d)
WITH a
CALL (a) {
  MATCH (n) WHERE elementId(n) = $newOwner
  CREATE (a)-[:REASSIGNED_TO]->(n)
}
RETURN a
