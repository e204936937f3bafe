// Mutation.attest: one review item with the element ids of what it reviews, whose ownership and who
// decides, and the active lead of a deciding team.
// Parameters: $id.
MATCH (a:Attestation {id: $id})-[:REVIEWS]->(s)
OPTIONAL MATCH (a)-[:CONCERNS]->(o)
OPTIONAL MATCH (a)-[:ASSIGNED_TO]->(r)
RETURN a, s, elementId(s) AS subject, elementId(o) AS owner, r,
       head([(r:Team)-[:LED_BY]->(lead:Human {status: 'ACTIVE'}) | lead.id]) AS teamLead
