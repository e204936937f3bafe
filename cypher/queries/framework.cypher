// Query.framework: one framework by id. Parameters: $id.
MATCH (f:Framework {id: $id}) RETURN f
