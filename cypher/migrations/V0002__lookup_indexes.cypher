// Indexes for the filters and look-ups the GraphQL API does.
CREATE INDEX human_email IF NOT EXISTS FOR (n:Human) ON (n.email);
CREATE INDEX human_status IF NOT EXISTS FOR (n:Human) ON (n.status);
CREATE INDEX identity_provider_kind IF NOT EXISTS FOR (n:Identity) ON (n.provider, n.kind);
CREATE INDEX identity_kind IF NOT EXISTS FOR (n:Identity) ON (n.kind);
CREATE INDEX identity_status IF NOT EXISTS FOR (n:Identity) ON (n.status);
CREATE INDEX credential_kind IF NOT EXISTS FOR (n:Credential) ON (n.kind);
CREATE INDEX credential_status IF NOT EXISTS FOR (n:Credential) ON (n.status);
CREATE INDEX requirement_framework IF NOT EXISTS FOR (n:Requirement) ON (n.framework);
CREATE INDEX import_run_source IF NOT EXISTS FOR (n:ImportRun) ON (n.source, n.startedAt);
CREATE INDEX identity_source IF NOT EXISTS FOR (n:Identity) ON (n.source, n.sourceScope);
CREATE INDEX credential_source IF NOT EXISTS FOR (n:Credential) ON (n.source, n.sourceScope);
