// Mutation.startAttestationCampaign, scope aiSystem: the AI system, its agents, the identities they act
// as, the credentials of those identities and the models the system and its agents use.
// Parameters: $aiSystem.
MATCH (a:AiSystem {id: $aiSystem})
CALL (a) {
  RETURN a AS s
  UNION MATCH (a)<-[:PART_OF]-(s:Agent) RETURN s
  UNION MATCH (a)<-[:PART_OF]-(:Agent)-[:ACTS_AS]->(s:Identity) RETURN s
  UNION MATCH (a)<-[:PART_OF]-(:Agent)-[:ACTS_AS]->(:Identity)-[:HAS_CREDENTIAL]->(s:Credential) RETURN s
  UNION MATCH (a)-[:USES_MODEL]->(s:Model) RETURN s
  UNION MATCH (a)<-[:PART_OF]-(:Agent)-[:USES_MODEL]->(s:Model) RETURN s
}
RETURN elementId(s) AS elementId ORDER BY s.id
