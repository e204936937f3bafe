// id: non-expiring-secret
// title: Active secret that never expires
// severity: MEDIUM
// breaks: NIST_CSF_2:PR.AA-01, NIST_CSF_2:PR.AA-03
// remediation: Replace it with a secret that has an expiry date, or better a federated or managed credential without a secret.
//
// Client secrets, API keys and tokens without an expiry stay valid forever once leaked. Access keys
// and passwords have no expiry by design and are assessed by stale-credential instead.
// A credential is active as Credential.statusAt says: its provider's status, or where the provider
// states none (Entra), not past expiresAt.
MATCH (s:Credential)
WHERE coalesce(s.status, 'ACTIVE') = 'ACTIVE' AND s.staleSince IS NULL AND s.kind IN ['CLIENT_SECRET', 'API_KEY', 'TOKEN'] AND s.expiresAt IS NULL
RETURN s AS subject,
       CASE s.kind WHEN 'API_KEY' THEN 'API key' WHEN 'CLIENT_SECRET' THEN 'client secret' ELSE 'token' END + ' with no expiry date'
       + CASE WHEN s.createdAt IS NULL THEN '' ELSE ', created ' + toString(duration.inDays(s.createdAt, $now).days) + ' days ago' END AS reason,
       [p = (s)<-[:HAS_CREDENTIAL]-() | p] AS path
