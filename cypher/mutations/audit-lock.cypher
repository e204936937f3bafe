// The audit chain's head, locked for writing until the transaction ends: appends from every
// instance take their turn, so sequence numbers and hashes form one chain.
MATCH (h:AuditHead {id: 'audit'})
SET h.lockedAt = $now
RETURN h.sequence AS sequence, h.hash AS hash
