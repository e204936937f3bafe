// Mutation.attest by an owner: whether a review item is in this human's queue, or in that of a team
// they lead or belong to.
// Parameters: $id, $human.
MATCH (a:Attestation {id: $id})
RETURN EXISTS { (a)-[:ASSIGNED_TO]->(:Human {id: $human}) }
       OR EXISTS { (a)-[:ASSIGNED_TO]->(:Team)-[:LED_BY|MEMBER_OF]-(:Human {id: $human}) } AS own
