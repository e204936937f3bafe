// Query.leaverImpact: the teams a person leads or belongs to that would have no active lead or member
// left without them, and which of the given subjects each is an accountable owner of.
// Parameters: $human, $elementIds (subjects that would become unowned).
MATCH (h:Human {id: $human})-[:LED_BY|MEMBER_OF]-(t:Team)
WHERE NOT EXISTS { (t)-[:LED_BY|MEMBER_OF]-(p:Human {status: 'ACTIVE'}) WHERE p.id <> $human }
RETURN DISTINCT t,
       [(s)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->(t) WHERE elementId(s) IN $elementIds | elementId(s)] AS owns
ORDER BY t.id
