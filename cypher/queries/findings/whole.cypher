// Kept findings made whole for a page: their subjects and the relationships of their paths by
// element id, with the nodes at both ends, and the AI systems they serve by id.
// Parameters: $subjects, $relationships (element ids), $aiSystems (ids).
CALL () {
  UNWIND $subjects AS elementId
  MATCH (s) WHERE elementId(s) = elementId
  RETURN collect(s) AS subjects
}
CALL () {
  UNWIND $relationships AS elementId
  MATCH (a)-[r]->(b) WHERE elementId(r) = elementId
  RETURN collect([a, r, b]) AS links
}
CALL () {
  UNWIND $aiSystems AS id
  MATCH (a:AiSystem {id: id})
  RETURN collect(a) AS aiSystems
}
RETURN subjects, links, aiSystems
