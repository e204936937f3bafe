// An entity of one of the given labels by id: the reference a stewardship write makes (a framework for an
// organisation-wide applicability decision), the subject of a chain or of ownership suggestions.
// Parameters: $id, $labels (label names allowed). Each label's key index is tried.
CALL () {
  MATCH (n:Human {id: $id}) RETURN n
  UNION MATCH (n:Team {id: $id}) RETURN n
  UNION MATCH (n:Identity {id: $id}) RETURN n
  UNION MATCH (n:Credential {id: $id}) RETURN n
  UNION MATCH (n:AiSystem {id: $id}) RETURN n
  UNION MATCH (n:Agent {id: $id}) RETURN n
  UNION MATCH (n:Model {id: $id}) RETURN n
  UNION MATCH (n:Control {id: $id}) RETURN n
  UNION MATCH (n:Risk {id: $id}) RETURN n
  UNION MATCH (n:Requirement {id: $id}) RETURN n
  UNION MATCH (n:Framework {id: $id}) RETURN n
}
WITH n WHERE any(label IN labels(n) WHERE label IN $labels)
RETURN n, elementId(n) AS elementId
LIMIT 1
