// Requirement.mappings: crosswalk links touching each requirement, in both directions, with their
// mapping set. A link stored the other way round is returned as stored; the caller inverts it.
// Parameters: $ids (requirement ids).
UNWIND $ids AS id
MATCH (r:Requirement {id: id})-[m:MAPS_TO]-(other:Requirement)
MATCH (set:MappingSet {id: m.mappingSet})
RETURN id, r, other, properties(m) AS link, startNode(m) = r AS outgoing, set
ORDER BY id, other.framework, other.position
