// Finding context: for each finding subject (by element id) its provider, the AI systems it serves
// and everyone who claims to own it, so findings can be filtered by provider, AI system and owner.
// A credential takes its identity's provider and AI systems; an identity serves the AI systems of
// the agents acting as it; controls, risks and models serve the AI systems they apply to, affect or
// are used by. Its origin (source and scope) tells whether an import of it is running.
// Parameters: $elementIds.
UNWIND $elementIds AS elementId
MATCH (s) WHERE elementId(s) = elementId
OPTIONAL MATCH (s)<-[:HAS_CREDENTIAL]-(holder:Identity)
WITH s, elementId, head(collect(holder)) AS holder
CALL (s, holder) {
  CALL (s, holder) {
    WITH s WHERE s:AiSystem RETURN s AS a
    UNION MATCH (s)-[:PART_OF]->(a:AiSystem) RETURN a
    UNION MATCH (s)<-[:ACTS_AS]-(:Agent)-[:PART_OF]->(a:AiSystem) RETURN a
    UNION MATCH (holder)<-[:ACTS_AS]-(:Agent)-[:PART_OF]->(a:AiSystem) RETURN a
    UNION MATCH (s)-[:AFFECTS]->(a:AiSystem) RETURN a
    UNION MATCH (s)-[:APPLIES_TO]->(a:AiSystem) RETURN a
    UNION MATCH (s)-[:APPLIES_TO]->(:Agent)-[:PART_OF]->(a:AiSystem) RETURN a
    UNION MATCH (s)<-[:USES_MODEL]-(a:AiSystem) RETURN a
    UNION MATCH (s)<-[:USES_MODEL]-(:Agent)-[:PART_OF]->(a:AiSystem) RETURN a
  }
  RETURN collect(DISTINCT a) AS aiSystems
}
RETURN elementId, coalesce(s.provider, holder.provider) AS provider, aiSystems,
       [(s)-[:OWNED_BY]->(o) | o.id] AS owners, s.source + '|' + coalesce(s.sourceScope, '') AS origin
