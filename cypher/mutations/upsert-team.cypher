// Mutation.upsertTeam: a team's attributes; a new lead replaces the previous one. The team was
// described and its LED_BY written by the stewards' shared writes (StewardWrites).
// Parameters: $id, $name, $description, $lead.
MATCH (t:Team {id: $id})
SET t.name = $name, t.description = coalesce($description, t.description)
WITH t
CALL (t) {
  MATCH (lead:Human {id: $lead})
  OPTIONAL MATCH (t)-[previous:LED_BY]->(other:Human) WHERE other <> lead
  DELETE previous
}
RETURN t
