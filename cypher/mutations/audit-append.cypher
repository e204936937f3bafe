// One audit event, appended after the head and becoming the new head.
// Parameters: $sequence, $previousHash, $hash, $actor, $action, $subject, $summary (JSON), $at.
MATCH (h:AuditHead {id: 'audit'})
CREATE (e:AuditEvent {id: 'audit:' + right('000000000000' + toString($sequence), 12), sequence: $sequence,
                      previousHash: $previousHash, hash: $hash, actor: $actor, action: $action, subject: $subject,
                      summary: $summary, at: $at})
SET h.sequence = $sequence, h.hash = $hash
RETURN e
