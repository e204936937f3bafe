// Query.accountabilityChain, the approver step: who approved an AI system, newest first.
// Parameters: $elementId.
MATCH (s:AiSystem)-[a:APPROVED_BY]->(h:Human)
WHERE elementId(s) = $elementId
RETURN h, a.at AS at
ORDER BY a.at DESC, h.id
