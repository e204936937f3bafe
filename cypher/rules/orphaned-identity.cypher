// id: orphaned-identity
// title: Non-human identity with no active accountable owner
// severity: HIGH
// breaks: ISO42001:A.3.2, ISO42001:5.3, NIST_AI_RMF:GOVERN 2.1, NIST_CSF_2:GV.RR-02, NIST_CSF_2:PR.AA-01
// remediation: Name an accountable owner (assignOwner with role ACCOUNTABLE), or disable the identity if nothing needs it.
//
// A non-human identity that nobody answers for. An owner counts while it is an ACTIVE human or a
// team with an active lead or member. When every accountable owner has left, owner-left reports it
// instead. Identities the vendor runs (AWS service-linked roles, Microsoft first-party service
// principals) belong to the vendor and are not orphans, and principals of other accounts known only
// from a trust policy (external) are that account's to own.
// Parameters: $leaving (ids of humans to treat as leavers, for what-if questions), $vendorTenants.
MATCH (s:NonHumanIdentity)
WHERE s.staleSince IS NULL AND coalesce(s.status, 'ACTIVE') <> 'DELETED'
  AND NOT coalesce(s.serviceLinked, false) AND NOT coalesce(s.external, false) AND NOT coalesce(s.appOwnerOrganizationId IN $vendorTenants, false)
WITH s, [(s)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->(o) | o] AS accountable
WHERE none(o IN accountable WHERE (coalesce(o.status, '') = 'ACTIVE' AND NOT o.id IN $leaving)
        OR EXISTS { (o:Team)-[:LED_BY|MEMBER_OF]-(p:Human {status: 'ACTIVE'}) WHERE NOT p.id IN $leaving })
  AND NOT (size(accountable) > 0 AND all(o IN accountable WHERE coalesce(o.status, '') = 'LEAVER' OR o.id IN $leaving
        OR (o:Team AND EXISTS { (o)-[:LED_BY|MEMBER_OF]-(:Human) }
            AND NOT EXISTS { (o)-[:LED_BY|MEMBER_OF]-(p:Human) WHERE coalesce(p.status, '') <> 'LEAVER' AND NOT p.id IN $leaving })))
WITH s, accountable,
     [(s)-[r:OWNED_BY]->(o) WHERE r.role <> 'ACCOUNTABLE' | o.id + ' (' + r.role + ', ' + r.source + ')'] AS others
RETURN s AS subject,
       CASE
         WHEN size(accountable) > 0 THEN 'no accountable owner is active: ' + reduce(text = '', o IN accountable |
             text + CASE text WHEN '' THEN '' ELSE ', ' END + o.id + ' is '
             + CASE WHEN o:Team THEN 'a team without active people' WHEN o.status IS NULL THEN 'not known to any HR source'
                    ELSE o.status END)
         WHEN size(others) > 0 THEN 'no accountable owner; only ' + reduce(text = '', claim IN others |
             text + CASE text WHEN '' THEN '' ELSE ', ' END + claim)
         ELSE 'nobody owns it: no owner tag, no owner in its source and no declared owner'
       END + CASE WHEN s.privileged THEN '; it is privileged' ELSE '' END AS reason,
       [p = (s)-[:OWNED_BY]->() | p] AS path
