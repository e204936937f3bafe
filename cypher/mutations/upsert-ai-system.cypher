// Mutation.upsertAiSystem: an AI system's attributes; omitted attributes keep their value. The system
// was described by the stewards' shared writes (StewardWrites). A risk class given alone replaces
// every class the system carried; with its classes, $euRiskClass is the primary one.
// Parameters: $id, $name, $description, $purpose, $lifecycle, $euRiskClass, $euRiskClasses, $role,
// $euHighRiskBasis, $euAnnexIIIPoint, $deployerKind, $establishedInUnion, $functions, $inScope,
// $reviewCadenceDays.
MATCH (s:AiSystem {id: $id})
SET s.name = $name,
    s.description = coalesce($description, s.description),
    s.purpose = coalesce($purpose, s.purpose),
    s.lifecycle = coalesce($lifecycle, s.lifecycle),
    s.euRiskClass = coalesce($euRiskClass, s.euRiskClass),
    s.euRiskClasses = CASE WHEN $euRiskClass IS NULL THEN s.euRiskClasses ELSE $euRiskClasses END,
    s.role = coalesce($role, s.role),
    s.euHighRiskBasis = coalesce($euHighRiskBasis, s.euHighRiskBasis),
    s.euAnnexIIIPoint = CASE WHEN $euHighRiskBasis = 'ANNEX_I' THEN null ELSE coalesce($euAnnexIIIPoint, s.euAnnexIIIPoint) END,
    s.deployerKind = coalesce($deployerKind, s.deployerKind),
    s.establishedInUnion = coalesce($establishedInUnion, s.establishedInUnion),
    s.functions = coalesce($functions, s.functions),
    s.inScope = coalesce($inScope, s.inScope),
    s.reviewCadenceDays = coalesce($reviewCadenceDays, s.reviewCadenceDays)
RETURN s
