// Mutation.unlinkControl: withdraw the statement that a control meets a requirement.
// Parameters: $control, $requirement.
MATCH (:Control {id: $control})-[s:SATISFIES]->(:Requirement {id: $requirement})
DELETE s
RETURN count(s) AS removed
