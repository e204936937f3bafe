// Mutation.attest, REASSIGN: the reviewed owner's accountable claims (every source's) over the subject
// go; the new owner's declared claim, attested by the decider, is then claimed for the stewards by their
// shared writes (StewardWrites).
// Parameters: $subject, $owner (element ids; $owner null when the subject had no accountable owner).
MATCH (s)-[old:OWNED_BY {role: 'ACCOUNTABLE'}]->(o)
WHERE elementId(s) = $subject AND elementId(o) = $owner
DELETE old
