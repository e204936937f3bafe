// Mutation.upsertAiSystem: an AI system's attributes; omitted attributes keep their value. The system
// was described by the stewards' shared writes (StewardWrites).
// Parameters: $id, $name, $description, $purpose, $lifecycle, $euRiskClass, $role, $inScope, $reviewCadenceDays.
MATCH (s:AiSystem {id: $id})
SET s.name = $name,
    s.description = coalesce($description, s.description),
    s.purpose = coalesce($purpose, s.purpose),
    s.lifecycle = coalesce($lifecycle, s.lifecycle),
    s.euRiskClass = coalesce($euRiskClass, s.euRiskClass),
    s.role = coalesce($role, s.role),
    s.inScope = coalesce($inScope, s.inScope),
    s.reviewCadenceDays = coalesce($reviewCadenceDays, s.reviewCadenceDays)
RETURN s
