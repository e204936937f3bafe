// The audit chain hangs off one head node, whose write lock serialises every append, from every
// Oversight instance on the same database. Its first hash is all zeros.
MERGE (h:AuditHead {id: 'audit'})
  ON CREATE SET h.sequence = 0, h.hash = '0000000000000000000000000000000000000000000000000000000000000000';
