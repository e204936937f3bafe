// Mutation.attest, REVOKE: the identity or credential is to be revoked. The decision is kept apart from
// the provider's status, which the next import rewrites; the API shows PENDING_REVOCATION meanwhile.
// Parameters: $subject (element id), $by, $now.
MATCH (s) WHERE elementId(s) = $subject
SET s.revocationRequestedAt = $now, s.revocationRequestedBy = $by
RETURN s
