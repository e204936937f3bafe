// Mutation.startAttestationCampaign, scope everything: every subject with an accountable owner.
MATCH (s)-[:OWNED_BY {role: 'ACCOUNTABLE'}]->()
WHERE s.staleSince IS NULL
RETURN DISTINCT elementId(s) AS elementId, s.id AS id ORDER BY id
