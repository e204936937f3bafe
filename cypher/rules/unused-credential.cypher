// id: unused-credential
// title: Active credential not used for a long time
// severity: MEDIUM
// breaks: NIST_CSF_2:PR.AA-01, NIST_CSF_2:PR.AA-05
// remediation: Deactivate the credential; delete it once no one objects within the review period.
//
// An active credential last used, or when never used created, more than
// oversight.findings.unused-days ago (default 90). Federated credentials carry no usage of their own.
// Parameters: $now, $unusedDays.
// A credential is active as Credential.statusAt says: its provider's status, or where the provider
// states none (Entra), not past expiresAt.
MATCH (s:Credential)
WHERE coalesce(s.status, CASE WHEN s.expiresAt < $now THEN 'EXPIRED' ELSE 'ACTIVE' END) = 'ACTIVE' AND s.staleSince IS NULL AND s.kind <> 'FEDERATED'
  AND coalesce(s.lastUsedAt, s.createdAt) < $now - duration({days: $unusedDays})
RETURN s AS subject,
       CASE WHEN s.lastUsedAt IS NULL
           THEN 'never used since it was created ' + toString(duration.inDays(s.createdAt, $now).days) + ' days ago'
           ELSE 'last used ' + toString(duration.inDays(s.lastUsedAt, $now).days) + ' days ago' END
       + ' (unused after ' + toString($unusedDays) + ' days)' AS reason,
       [p = (s)<-[:HAS_CREDENTIAL]-() | p] AS path
