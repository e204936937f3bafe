// Mutation.upsertAiSystem: create or update an AI system; omitted attributes keep their value.
// Parameters: $id, $name, $description, $purpose, $lifecycle, $euRiskClass, $role, $inScope, $reviewCadenceDays, $now.
MERGE (s:AiSystem {id: $id})
ON CREATE SET s.firstSeen = $now, s.source = 'steward'
SET s.name = $name, s.lastSeen = $now,
    s.description = coalesce($description, s.description),
    s.purpose = coalesce($purpose, s.purpose),
    s.lifecycle = coalesce($lifecycle, s.lifecycle),
    s.euRiskClass = coalesce($euRiskClass, s.euRiskClass),
    s.role = coalesce($role, s.role),
    s.inScope = coalesce($inScope, s.inScope),
    s.reviewCadenceDays = coalesce($reviewCadenceDays, s.reviewCadenceDays)
REMOVE s.stub
RETURN s
