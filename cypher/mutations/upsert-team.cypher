// Mutation.upsertTeam: create or update a team; optionally set its lead.
// Parameters: $id, $name, $description, $lead, $now.
MERGE (t:Team {id: $id})
ON CREATE SET t.firstSeen = $now, t.source = 'steward'
SET t.name = $name, t.lastSeen = $now, t.description = coalesce($description, t.description)
REMOVE t.stub
WITH t
CALL (t) {
  MATCH (lead:Human {id: $lead})
  OPTIONAL MATCH (t)-[previous:LED_BY]->(other:Human) WHERE other <> lead
  DELETE previous
  MERGE (t)-[r:LED_BY]->(lead)
  ON CREATE SET r.firstSeen = $now, r.importSource = 'steward'
  SET r.lastSeen = $now
}
RETURN t
