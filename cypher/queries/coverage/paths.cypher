// Query.coverage, second half: every way a control reaches a requirement of the framework: its
// SATISFIES link, then up to $maxDepth crosswalk links walked either way. Controls not implemented
// are returned too, to explain gaps; they count for nothing. In an AI system's scope only controls
// that apply there are considered (no APPLIES_TO = organisation-wide).
// Evidence is in date when it has not expired and, with an evidence cadence, was collected within it.
// Parameters: $framework, $scope, $maxDepth (0 to 3), $now.
MATCH (c:Control)-[s:SATISFIES]->(start:Requirement)
WHERE ($scope IS NULL
       OR NOT EXISTS { (c)-[:APPLIES_TO]->() }
       OR EXISTS { (c)-[:APPLIES_TO]->(:AiSystem {id: $scope}) }
       OR EXISTS { (c)-[:APPLIES_TO]->(:Agent)-[:PART_OF]->(:AiSystem {id: $scope}) }
       OR EXISTS { (c)-[:APPLIES_TO]->(:Identity)<-[:ACTS_AS]-(:Agent)-[:PART_OF]->(:AiSystem {id: $scope}) })
CALL (c) {
  OPTIONAL MATCH (e:Evidence)-[:EVIDENCES]->(c)
  RETURN count(e) AS evidence,
         count(CASE WHEN (e.expiresAt IS NULL OR e.expiresAt > $now)
                      AND (c.evidenceCadenceDays IS NULL OR e.collectedAt IS NULL
                           OR e.collectedAt + duration({days: c.evidenceCadenceDays}) > $now) THEN 1 END) AS inDate
}
MATCH path = (start)-[:MAPS_TO*0..3]-(target:Requirement {framework: $framework})
WHERE length(path) <= $maxDepth
  AND all(i IN range(0, size(nodes(path)) - 2) WHERE NOT nodes(path)[i] IN nodes(path)[i + 1..])
RETURN target.id AS target, c, evidence, inDate, start.id AS start, properties(s) AS satisfies,
       [link IN relationships(path) | {from: startNode(link).id, to: endNode(link).id, link: properties(link)}] AS links
