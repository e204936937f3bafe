// Requirement.controls and Requirement.evidence: controls stated to meet each requirement, with
// their evidence. Parameters: $ids (requirement ids).
UNWIND $ids AS id
MATCH (r:Requirement {id: id})<-[s:SATISFIES]-(c:Control)
RETURN id, r, c, properties(s) AS link, COLLECT { MATCH (e:Evidence)-[:EVIDENCES]->(c) RETURN e ORDER BY e.id } AS evidence
ORDER BY id, c.id
