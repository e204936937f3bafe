// Query.accountabilityChain, one step up: what a node serves. A credential is held by an identity, an
// identity is acted as by agents, an agent is part of an AI system, a model is used by AI systems and
// agents. Bounded, directed patterns only.
// Parameters: $elementId.
MATCH (n) WHERE elementId(n) = $elementId
CALL (n) {
  MATCH (n:Credential)<-[:HAS_CREDENTIAL]-(m:Identity) RETURN m, 'HAS_CREDENTIAL' AS relationship, 'IN' AS direction
  UNION MATCH (n:Identity)<-[:ACTS_AS]-(m:Agent) RETURN m, 'ACTS_AS' AS relationship, 'IN' AS direction
  UNION MATCH (n:Agent)-[:PART_OF]->(m:AiSystem) RETURN m, 'PART_OF' AS relationship, 'OUT' AS direction
  UNION MATCH (n:Model)<-[:USES_MODEL]-(m:AiSystem) RETURN m, 'USES_MODEL' AS relationship, 'IN' AS direction
  UNION MATCH (n:Model)<-[:USES_MODEL]-(m:Agent) RETURN m, 'USES_MODEL' AS relationship, 'IN' AS direction
}
RETURN m, elementId(m) AS elementId, relationship, direction
ORDER BY m.id
