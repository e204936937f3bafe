// id: stale-credential
// title: Active credential not rotated in time
// severity: MEDIUM
// breaks: NIST_CSF_2:PR.AA-01, NIST_CSF_2:PR.AA-03
// remediation: Rotate the credential (issue a new one, move its users, revoke the old one) and automate rotation where the provider allows.
//
// A secret that has lived longer than oversight.findings.stale-credential-days (default 90) since
// it was created or last rotated. Federated credentials hold no secret and passwords are not
// rotated on a schedule (NIST SP 800-63B), so neither is assessed.
// Parameters: $now, $staleCredentialDays.
// A credential is active as Credential.statusAt says: its provider's status, or where the provider
// states none (Entra), not past expiresAt.
MATCH (s:Credential)
WHERE coalesce(s.status, CASE WHEN s.expiresAt < $now THEN 'EXPIRED' ELSE 'ACTIVE' END) = 'ACTIVE' AND s.staleSince IS NULL AND NOT s.kind IN ['FEDERATED', 'PASSWORD']
  AND coalesce(s.lastRotatedAt, s.createdAt) < $now - duration({days: $staleCredentialDays})
RETURN s AS subject,
       CASE WHEN s.lastRotatedAt IS NULL
           THEN 'created ' + toString(duration.inDays(s.createdAt, $now).days) + ' days ago and never rotated'
           ELSE 'last rotated ' + toString(duration.inDays(s.lastRotatedAt, $now).days) + ' days ago' END
       + ' (rotate within ' + toString($staleCredentialDays) + ' days)' AS reason,
       [p = (s)<-[:HAS_CREDENTIAL]-() | p] AS path
