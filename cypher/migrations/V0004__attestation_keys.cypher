// Ownership reviews: campaigns and their review items, each found by its id.
CREATE CONSTRAINT attestation_campaign_id IF NOT EXISTS FOR (n:AttestationCampaign) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT attestation_id IF NOT EXISTS FOR (n:Attestation) REQUIRE n.id IS UNIQUE;
CREATE INDEX attestation_status IF NOT EXISTS FOR (n:Attestation) ON (n.status);
