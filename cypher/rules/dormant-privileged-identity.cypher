// id: dormant-privileged-identity
// title: Privileged non-human identity not used for a long time
// severity: HIGH
// breaks: NIST_CSF_2:PR.AA-01, NIST_CSF_2:PR.AA-05
// remediation: Ask its owner whether it is still needed; disable it or remove its administrator rights if not.
//
// Administrator rights that nothing uses are pure exposure. Dormant means last used, or when never
// used created, more than oversight.findings.dormant-days ago (default 90). Vendor-managed
// identities are excluded.
// Parameters: $now, $dormantDays, $vendorTenants.
MATCH (s:NonHumanIdentity {privileged: true, status: 'ACTIVE'})
WHERE s.staleSince IS NULL
  AND NOT coalesce(s.serviceLinked, false) AND NOT coalesce(s.appOwnerOrganizationId IN $vendorTenants, false)
  AND (s.lastUsedAt < $now - duration({days: $dormantDays})
       OR (s.lastUsedAt IS NULL AND s.createdAt < $now - duration({days: $dormantDays})))
RETURN s AS subject,
       'privileged and ' + CASE WHEN s.lastUsedAt IS NULL
           THEN 'never used since it was created ' + toString(duration.inDays(s.createdAt, $now).days) + ' days ago'
           ELSE 'last used ' + toString(duration.inDays(s.lastUsedAt, $now).days) + ' days ago' END
       + ' (dormant after ' + toString($dormantDays) + ' days)' AS reason,
       [p = (s)-[:HAS_POLICY]->(:Policy {privileged: true}) | p]
       + [p = (s)-[:MEMBER_OF]->(:Group)-[:HAS_POLICY]->(:Policy {privileged: true}) | p] AS path
