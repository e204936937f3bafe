// id: expired-active-credential
// title: Credential past its expiry but still active
// severity: HIGH
// breaks: NIST_CSF_2:PR.AA-01, NIST_CSF_2:PR.AA-03
// remediation: Revoke or deactivate the credential in its provider; if something still depends on it, issue a new one with an expiry.
//
// The provider still lists the credential as active after its expiry date: either the inventory is
// wrong or the expiry is not enforced.
// Parameters: $now.
MATCH (s:Credential {status: 'ACTIVE'})
WHERE s.staleSince IS NULL AND s.expiresAt < $now
RETURN s AS subject,
       'expired ' + toString(duration.inDays(s.expiresAt, $now).days) + ' days ago but still ACTIVE' AS reason,
       [p = (s)<-[:HAS_CREDENTIAL]-() | p] AS path
