// Entra states no status for credentials; earlier imports stored one computed from the clock at
// import time (EXPIRED or ACTIVE), which went stale. The status is now derived when read.
MATCH (c:Credential {source: 'entra'}) WHERE c.status IS NOT NULL
REMOVE c.status;
