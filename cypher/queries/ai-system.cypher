// One AI system by id, e.g. the scope of a coverage question. Parameters: $id.
MATCH (s:AiSystem {id: $id}) RETURN s
