// Mutation.upsertAgent: an agent's attributes; a new AI system replaces the previous one. The agent was
// described and its PART_OF, ACTS_AS and USES_MODEL written by the stewards' shared writes (StewardWrites).
// Parameters: $id, $name, $description, $autonomy, $aiSystem.
MATCH (a:Agent {id: $id})
SET a.name = $name,
    a.description = coalesce($description, a.description),
    a.autonomy = coalesce($autonomy, a.autonomy)
WITH a
CALL (a) {
  MATCH (s:AiSystem {id: $aiSystem})
  OPTIONAL MATCH (a)-[previous:PART_OF]->(other:AiSystem) WHERE other <> s
  DELETE previous
}
RETURN a
