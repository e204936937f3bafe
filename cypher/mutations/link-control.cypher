// Mutation.linkControl: state a control's relationship to a requirement (one statement per pair).
// Parameters: $control, $requirement, $relationship, $strength, $now. Both were checked to exist.
MATCH (c:Control {id: $control})
MATCH (r:Requirement {id: $requirement})
MERGE (c)-[s:SATISFIES]->(r)
ON CREATE SET s.firstSeen = $now
SET s.relationship = $relationship, s.strength = $strength, s.lastSeen = $now, s.importSource = 'steward'
REMOVE s.importScope, s.lastRunId
RETURN c, r, properties(s) AS link
