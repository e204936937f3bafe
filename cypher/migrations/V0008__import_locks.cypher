// Imports of one source and scope take turns through a lock node naming the run that holds it;
// running imports are found by status, at start-up and for provisional findings.
CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (n:ImportLock) REQUIRE n.id IS UNIQUE;
CREATE INDEX import_run_status IF NOT EXISTS FOR (n:ImportRun) ON (n.status);
