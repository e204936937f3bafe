// id: attestation-overdue
// title: Ownership not attested within the review cadence
// severity: LOW
// breaks: ISO42001:A.3.2, ISO42001:9.3.1, NIST_AI_RMF:GOVERN 1.5, NIST_CSF_2:GV.RR-02, NIST_CSF_2:PR.AA-05
// remediation: Ask the owner to confirm or hand over the ownership (startAttestationCampaign, then attest).
//
// AI systems carry a review cadence (reviewCadenceDays); their agents follow it. An accountable
// ownership whose last attestation (or, never attested, the day it was made) is older than the
// cadence is due for review. Owners who have left are reported by owner-left instead.
// Parameters: $now, $leaving (ids of humans to treat as leavers).
MATCH (s)-[r:OWNED_BY {role: 'ACCOUNTABLE'}]->(o)
WHERE (s:AiSystem OR s:Agent) AND s.staleSince IS NULL
  AND ((coalesce(o.status, '') = 'ACTIVE' AND NOT o.id IN $leaving)
       OR EXISTS { (o:Team)-[:LED_BY|MEMBER_OF]-(p:Human {status: 'ACTIVE'}) WHERE NOT p.id IN $leaving })
OPTIONAL MATCH (s)-[:PART_OF]->(parent:AiSystem)
WITH s, r, o, CASE WHEN s:AiSystem THEN s ELSE parent END AS system
WHERE system.reviewCadenceDays IS NOT NULL AND coalesce(system.lifecycle, '') <> 'RETIRED'
WITH s, r, o, system, coalesce(r.attestedAt, r.since, r.firstSeen) AS last
WHERE last < $now - duration({days: system.reviewCadenceDays})
WITH s, system, collect(o.id + CASE WHEN r.attestedAt IS NULL THEN ' has never attested it (claimed ' ELSE ' last attested it ' END
         + toString(duration.inDays(last, $now).days) + ' days ago' + CASE WHEN r.attestedAt IS NULL THEN ')' ELSE '' END) AS overdue
RETURN s AS subject,
       reduce(text = '', d IN overdue | text + CASE text WHEN '' THEN '' ELSE '; ' END + d)
       + ', beyond the review cadence of ' + toString(system.reviewCadenceDays) + ' days'
       + CASE WHEN s = system THEN '' ELSE ' of ' + system.id END AS reason,
       [p = (s)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->() | p] AS path
