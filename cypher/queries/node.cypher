// Query.node: any entity by id. Ids are unique per label, so each label's key index is tried.
// Parameters: $id.
CALL () {
  MATCH (n:Human {id: $id}) RETURN n
  UNION MATCH (n:Team {id: $id}) RETURN n
  UNION MATCH (n:Identity {id: $id}) RETURN n
  UNION MATCH (n:Credential {id: $id}) RETURN n
  UNION MATCH (n:Group {id: $id}) RETURN n
  UNION MATCH (n:Policy {id: $id}) RETURN n
  UNION MATCH (n:AiSystem {id: $id}) RETURN n
  UNION MATCH (n:Agent {id: $id}) RETURN n
  UNION MATCH (n:Model {id: $id}) RETURN n
  UNION MATCH (n:Dataset {id: $id}) RETURN n
  UNION MATCH (n:Vendor {id: $id}) RETURN n
  UNION MATCH (n:Control {id: $id}) RETURN n
  UNION MATCH (n:Evidence {id: $id}) RETURN n
  UNION MATCH (n:Risk {id: $id}) RETURN n
  UNION MATCH (n:Framework {id: $id}) RETURN n
  UNION MATCH (n:Requirement {id: $id}) RETURN n
  UNION MATCH (n:MappingSet {id: $id}) RETURN n
}
RETURN n LIMIT 1
