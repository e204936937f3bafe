// Mutation.startAttestationCampaign, scope provider: the identities of one provider still in it.
// Parameters: $provider.
MATCH (s:Identity {provider: $provider})
WHERE s.staleSince IS NULL AND coalesce(s.status, 'ACTIVE') <> 'DELETED'
RETURN elementId(s) AS elementId ORDER BY s.id
