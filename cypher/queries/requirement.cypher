// Query.requirement: one requirement by id. Parameters: $id.
MATCH (r:Requirement {id: $id}) RETURN r
