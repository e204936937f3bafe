// Mutation.startAttestationCampaign: the campaign and its review items, each linked to what it reviews,
// whose ownership (CONCERNS) and who decides (ASSIGNED_TO).
// Parameters: $id, $name, $scope, $dueAt, $now, $items ({id, subject, owner, reviewer}; element ids).
CREATE (c:AttestationCampaign {id: $id, name: $name, scope: $scope, startedAt: $now, dueAt: $dueAt})
WITH c
UNWIND $items AS item
MATCH (s) WHERE elementId(s) = item.subject
CREATE (a:Attestation {id: item.id, status: 'PENDING', dueAt: $dueAt, createdAt: $now})-[:IN_CAMPAIGN]->(c)
CREATE (a)-[:REVIEWS]->(s)
WITH c, a, item
CALL (a, item) {
  MATCH (o) WHERE elementId(o) = item.owner
  CREATE (a)-[:CONCERNS]->(o)
}
CALL (a, item) {
  MATCH (r) WHERE elementId(r) = item.reviewer
  CREATE (a)-[:ASSIGNED_TO]->(r)
}
RETURN count(a) AS items
