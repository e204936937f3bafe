// The version of the graph that kept findings are valid for: the audit chain's sequence (every
// completed import and every mutation appends to it), the imports running now with their last
// heartbeat (their parts change the graph before they complete), and the numbers of nodes and
// relationships (from Neo4j's count store, so free), which also change when something outside
// Oversight adds or removes data.
OPTIONAL MATCH (h:AuditHead {id: 'audit'})
WITH coalesce(h.sequence, 0) AS sequence
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
OPTIONAL MATCH (run:ImportRun {status: 'RUNNING'})
WITH sequence, nodes, relationships, run ORDER BY run.id
RETURN sequence, nodes, relationships, collect(run.id + '@' + toString(run.heartbeatAt)) AS running
