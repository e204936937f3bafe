// Query.auditHead: the latest sequence number and hash of the audit chain.
MATCH (h:AuditHead {id: 'audit'})
OPTIONAL MATCH (e:AuditEvent {sequence: h.sequence})
RETURN h.sequence AS sequence, h.hash AS hash, e.at AS at
