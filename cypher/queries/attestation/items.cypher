// Query.attestations and AttestationCampaign.queues: review items ordered by id, with what they review,
// whose ownership, who decides, who decided and the new owner.
// Parameters: $id (one item), $owner (a human or team: items in its queue or about its ownership), $campaign, $status
// (filters, null = any), $after, $limit.
MATCH (a:Attestation)
WHERE ($id IS NULL OR a.id = $id)
  AND ($status IS NULL OR a.status = $status)
  AND ($campaign IS NULL OR EXISTS { (a)-[:IN_CAMPAIGN]->(:AttestationCampaign {id: $campaign}) })
  AND ($owner IS NULL OR EXISTS { (a)-[:ASSIGNED_TO|CONCERNS]->({id: $owner}) })
WITH a ORDER BY a.id
WITH collect(a) AS matching
WITH size(matching) AS totalCount, [a IN matching WHERE a.id > $after][0..$limit] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS a
OPTIONAL MATCH (a)-[:IN_CAMPAIGN]->(c:AttestationCampaign)
OPTIONAL MATCH (a)-[:REVIEWS]->(s)
OPTIONAL MATCH (a)-[:CONCERNS]->(o)
OPTIONAL MATCH (a)-[:ASSIGNED_TO]->(r)
OPTIONAL MATCH (a)-[:DECIDED_BY]->(d:Human)
OPTIONAL MATCH (a)-[:REASSIGNED_TO]->(n)
RETURN totalCount, a, c.id AS campaign, s, o, r, d, n
