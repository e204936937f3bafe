// Mutation.upsertHuman: a human's attributes; a new manager replaces the previous one. The human was
// described and its MEMBER_OF and REPORTS_TO written by the stewards' shared writes (StewardWrites);
// the accounts that carry the human's e-mail are linked afterwards by AccountLinks, as after an import.
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
RETURN h
