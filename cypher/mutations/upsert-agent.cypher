// Mutation.upsertAgent: create or update an agent; set its AI system, add identities it acts as and models it uses.
// Parameters: $id, $name, $description, $autonomy, $aiSystem, $actsAs (list), $models (list), $now.
MERGE (a:Agent {id: $id})
ON CREATE SET a.firstSeen = $now, a.source = 'steward'
SET a.name = $name, a.lastSeen = $now,
    a.description = coalesce($description, a.description),
    a.autonomy = coalesce($autonomy, a.autonomy)
REMOVE a.stub
WITH a
CALL (a) {
  MATCH (s:AiSystem {id: $aiSystem})
  OPTIONAL MATCH (a)-[previous:PART_OF]->(other:AiSystem) WHERE other <> s
  DELETE previous
  MERGE (a)-[r:PART_OF]->(s)
  ON CREATE SET r.firstSeen = $now, r.importSource = 'steward'
  SET r.lastSeen = $now
}
CALL (a) {
  UNWIND $actsAs AS identityId
  MATCH (i:Identity {id: identityId})
  MERGE (a)-[r:ACTS_AS]->(i)
  ON CREATE SET r.firstSeen = $now, r.importSource = 'steward'
  SET r.lastSeen = $now
}
CALL (a) {
  UNWIND $models AS modelId
  MATCH (m:Model {id: modelId})
  MERGE (a)-[r:USES_MODEL]->(m)
  ON CREATE SET r.firstSeen = $now, r.importSource = 'steward'
  SET r.lastSeen = $now
}
RETURN a
