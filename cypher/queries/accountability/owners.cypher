// Query.accountabilityChain, the owner step: a node's accountable owners with the people of each team,
// humans first. A person's account (HumanAccount) belongs to its person, who answers for it unless
// someone is declared accountable.
// Parameters: $elementId.
MATCH (n) WHERE elementId(n) = $elementId
CALL (n) {
  MATCH (n)-[r:OWNED_BY {role: 'ACCOUNTABLE'}]->(o)
  RETURN o, 'OWNED_BY' AS relationship, properties(r) AS claim, 0 AS rank
  UNION
  MATCH (n:HumanAccount)-[:BELONGS_TO]->(o:Human)
  WHERE NOT EXISTS { (n)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->() }
  RETURN o, 'BELONGS_TO' AS relationship, {} AS claim, 1 AS rank
}
RETURN o, relationship, claim, [(o)-[:LED_BY]->(h:Human) | h] AS leads, [(o)<-[:MEMBER_OF]-(h:Human) | h] AS members
ORDER BY rank, CASE WHEN o:Human THEN 0 ELSE 1 END, o.id, claim.source
