// Mutation.setApplicability: record whether a requirement applies, for one AI system or, without
// scope, organisation-wide (kept on the framework). Parameters: $requirement, $scope, $applicable,
// $justification, $now. The requirement and scope were checked to exist.
MATCH (r:Requirement {id: $requirement})
CALL (r) {
  MATCH (holder:AiSystem {id: $scope}) RETURN holder
  UNION
  MATCH (holder:Framework {id: r.framework}) WHERE $scope IS NULL RETURN holder
}
MERGE (holder)-[a:APPLICABILITY]->(r)
ON CREATE SET a.firstSeen = $now
SET a.applicable = $applicable, a.justification = $justification, a.decidedAt = $now, a.lastSeen = $now,
    a.importSource = 'steward'
RETURN r, properties(a) AS decision, CASE WHEN holder:AiSystem THEN holder END AS scope
