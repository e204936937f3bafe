// Mutation.upsertHuman: a human's attributes; a new manager replaces the previous one; link the
// accounts that carry the human's e-mail. The human was described and its MEMBER_OF and REPORTS_TO
// written by the stewards' shared writes (StewardWrites).
// Parameters: $id, $email, $name, $title, $department, $status, $manager, $now.
MATCH (h:Human {id: $id})
SET h.email = $email, h.name = $name,
    h.title = coalesce($title, h.title),
    h.department = coalesce($department, h.department),
    h.status = coalesce($status, h.status)
WITH h
CALL (h) {
  MATCH (m:Human {id: $manager})
  OPTIONAL MATCH (h)-[previous:REPORTS_TO]->(other:Human) WHERE other <> m
  DELETE previous
}
CALL (h) {
  // the rule every import follows: a person's accounts belong to the human of the same e-mail or UPN,
  // which the writer keeps on each account as personKey
  MATCH (a:HumanAccount {personKey: h.id})
  WHERE NOT (a)-[:BELONGS_TO]->(:Human)
  MERGE (a)-[r:BELONGS_TO]->(h)
  ON CREATE SET r.firstSeen = $now, r.lastSeen = $now, r.importSource = 'resolved'
}
RETURN h
