// Query.coverage and obligationsTimeline: the requirements of a framework that coverage assesses,
// in catalog order, with any recorded applicability decision. Assessed are the leaves of the
// requirement tree (clauses, controls, articles or paragraphs, subcategories), not chapters, groups
// or annexes. Duties of public bodies and provisions that bind no one (dutyOf) are never assessed.
// Whether the rest binds an AI system (risk classes, roles, conditions, dates) is decided by
// org.oversight.applicability.Applicability on what this returns.
// Parameters: $framework, $scope (an AiSystem id, or null for organisation-wide).
MATCH (f:Framework {id: $framework})
OPTIONAL MATCH (s:AiSystem {id: $scope})
MATCH (r:Requirement {framework: $framework})
WHERE NOT r.kind IN ['CHAPTER', 'SECTION', 'ANNEX', 'FUNCTION', 'CATEGORY', 'OBJECTIVE']
  AND NOT EXISTS { (:Requirement)-[:PART_OF]->(r) }
  AND r.dutyOf IS NULL
OPTIONAL MATCH (s)-[scoped:APPLICABILITY]->(r)
OPTIONAL MATCH (f)-[general:APPLICABILITY]->(r)
WITH r, coalesce(scoped, general) AS decision
RETURN r, decision.applicable AS applicable, decision.justification AS justification
ORDER BY r.position
