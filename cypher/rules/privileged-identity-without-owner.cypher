// id: privileged-identity-without-owner
// title: Privileged non-human identity with no owner at all
// severity: CRITICAL
// breaks: ISO42001:A.3.2, NIST_AI_RMF:GOVERN 2.1, NIST_CSF_2:GV.RR-02, NIST_CSF_2:PR.AA-01, NIST_CSF_2:PR.AA-05
// remediation: Find who uses it (ownershipSuggestions), name an accountable owner, and remove the administrator rights it does not need.
//
// Administrator or wildcard permissions that no one claims in any role: the identity an attacker
// wants and no one would notice being used. Vendor-managed identities are excluded.
// Parameters: $vendorTenants.
MATCH (s:NonHumanIdentity {privileged: true})
WHERE s.staleSince IS NULL AND coalesce(s.status, 'ACTIVE') <> 'DELETED'
  AND NOT coalesce(s.serviceLinked, false) AND NOT coalesce(s.appOwnerOrganizationId IN $vendorTenants, false)
  AND NOT EXISTS { (s)-[:OWNED_BY]->() }
WITH s, [p = (s)-[:HAS_POLICY]->(:Policy {privileged: true}) | p]
        + [p = (s)-[:MEMBER_OF]->(:Group)-[:HAS_POLICY]->(:Policy {privileged: true}) | p] AS grants
RETURN s AS subject,
       'holds administrator or wildcard permissions'
       + CASE WHEN size(grants) = 0 THEN '' ELSE ' (' + reduce(text = '', p IN grants |
             text + CASE text WHEN '' THEN '' ELSE ', ' END + coalesce(last(nodes(p)).name, last(nodes(p)).id)) + ')' END
       + ' and no one owns it in any role' AS reason,
       grants AS path
