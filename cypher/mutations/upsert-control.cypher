// Mutation.upsertControl: create or update a control; omitted attributes keep their value.
// Parameters: $id, $name, $description, $status, $testedAt, $evidenceCadenceDays, $now.
MERGE (c:Control {id: $id})
ON CREATE SET c.firstSeen = $now, c.source = 'steward', c.status = 'PLANNED'
SET c.name = $name, c.lastSeen = $now,
    c.description = coalesce($description, c.description),
    c.status = coalesce($status, c.status),
    c.testedAt = coalesce($testedAt, c.testedAt),
    c.evidenceCadenceDays = coalesce($evidenceCadenceDays, c.evidenceCadenceDays)
REMOVE c.stub
RETURN c
