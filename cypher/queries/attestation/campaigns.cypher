// Query.attestationCampaigns (and Attestation.campaign): campaigns with their counts, newest first.
// Parameters: $ids (campaign ids, or null for all).
MATCH (c:AttestationCampaign)
WHERE $ids IS NULL OR c.id IN $ids
RETURN c, COUNT { (c)<-[:IN_CAMPAIGN]-(:Attestation) } AS items,
       COUNT { (c)<-[:IN_CAMPAIGN]-(:Attestation {status: 'PENDING'}) } AS pending
ORDER BY c.startedAt DESC, c.id
