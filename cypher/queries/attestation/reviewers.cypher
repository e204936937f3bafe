// Mutation.startAttestationCampaign: one review item per subject and accountable owner, and who should
// decide it. An active human answers for their own ownership; a team with active people for its
// own (any lead or member may decide); the manager of an owner who is no longer active decides in
// their place. A subject without accountable owner gets one item without owner.
// Parameters: $elementIds.
UNWIND $elementIds AS elementId
MATCH (s) WHERE elementId(s) = elementId
OPTIONAL MATCH (s)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->(o)
WITH s, elementId, collect(DISTINCT o) AS owners
UNWIND CASE WHEN size(owners) = 0 THEN [null] ELSE owners END AS o
OPTIONAL MATCH (o:Human)-[:REPORTS_TO]->(manager:Human {status: 'ACTIVE'})
WITH s, elementId, o, manager,
     EXISTS { (o:Team)-[:LED_BY|MEMBER_OF]-(:Human {status: 'ACTIVE'}) } AS liveTeam
RETURN elementId, s.id AS subject, elementId(o) AS owner,
       CASE WHEN o IS NULL THEN null
            WHEN coalesce(o.status, '') = 'ACTIVE' OR liveTeam THEN elementId(o)
            ELSE elementId(manager) END AS reviewer
ORDER BY s.id, o.id
