// Framework.requirements: a framework's requirements in catalog order, optionally of one kind.
// Parameters: $framework, $kind (null = all kinds).
MATCH (r:Requirement {framework: $framework})
WHERE $kind IS NULL OR r.kind = $kind
RETURN r ORDER BY r.position
