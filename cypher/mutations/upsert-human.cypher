// Mutation.upsertHuman: create or update a human; optionally add a team membership and set the manager.
// The accounts that carry the human's e-mail are linked afterwards by AccountLinks, as after an import.
// Parameters: $id, $email, $name, $title, $department, $status, $team, $manager, $now.
MERGE (h:Human {id: $id})
ON CREATE SET h.firstSeen = $now, h.source = 'steward', h.status = 'ACTIVE'
SET h.email = $email, h.name = $name, h.lastSeen = $now,
    h.title = coalesce($title, h.title),
    h.department = coalesce($department, h.department),
    h.status = coalesce($status, h.status)
REMOVE h.stub
WITH h
CALL (h) {
  MATCH (t:Team {id: $team})
  MERGE (h)-[r:MEMBER_OF]->(t)
  ON CREATE SET r.firstSeen = $now, r.importSource = 'steward'
  SET r.lastSeen = $now
}
CALL (h) {
  MATCH (m:Human {id: $manager})
  OPTIONAL MATCH (h)-[previous:REPORTS_TO]->(other:Human) WHERE other <> m
  DELETE previous
  MERGE (h)-[r:REPORTS_TO]->(m)
  ON CREATE SET r.firstSeen = $now, r.importSource = 'steward'
  SET r.lastSeen = $now
}
RETURN h
