// Mutation.upsertControl: a control's attributes; omitted attributes keep their value. The control was
// described by the stewards' shared writes (StewardWrites), PLANNED when new.
// Parameters: $id, $name, $description, $status, $testedAt, $evidenceCadenceDays.
MATCH (c:Control {id: $id})
SET c.name = $name,
    c.description = coalesce($description, c.description),
    c.status = coalesce($status, c.status),
    c.testedAt = coalesce($testedAt, c.testedAt),
    c.evidenceCadenceDays = coalesce($evidenceCadenceDays, c.evidenceCadenceDays)
RETURN c
