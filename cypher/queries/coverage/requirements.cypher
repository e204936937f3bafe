// Query.coverage, first half: the requirements of a framework that coverage assesses, in catalog
// order, with any recorded applicability decision. Assessed are the leaves of the requirement tree
// (clauses, controls, articles or paragraphs, subcategories), not chapters, groups or annexes.
// In an AI system's scope, EU AI Act obligations apply by its risk class and role. Duties of public
// bodies (dutyOf: the Commission, the AI Office, Member States, authorities) bind no operator and are
// never assessed.
// Parameters: $framework, $scope (an AiSystem id, or null for organisation-wide).
MATCH (f:Framework {id: $framework})
OPTIONAL MATCH (s:AiSystem {id: $scope})
MATCH (r:Requirement {framework: $framework})
WHERE NOT r.kind IN ['CHAPTER', 'SECTION', 'ANNEX', 'FUNCTION', 'CATEGORY', 'OBJECTIVE']
  AND NOT EXISTS { (:Requirement)-[:PART_OF]->(r) }
  AND r.dutyOf IS NULL
  AND ($scope IS NULL
       OR ((r.appliesToRiskClasses IS NULL OR s.euRiskClass IN r.appliesToRiskClasses)
           AND (r.appliesToRoles IS NULL OR s.role IN r.appliesToRoles)))
OPTIONAL MATCH (s)-[scoped:APPLICABILITY]->(r)
OPTIONAL MATCH (f)-[general:APPLICABILITY]->(r)
WITH r, coalesce(scoped, general) AS decision
RETURN r, decision.applicable AS applicable, decision.justification AS justification
ORDER BY r.position
