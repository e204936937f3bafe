package org.oversight.graph;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lifecycle of an import: RUNNING when its first write starts, then COMPLETED, FAILED (with the
 * error) or REFUSED (bad input, nothing written); a run still RUNNING when nothing keeps it alive is
 * INTERRUPTED. Each running run beats a heartbeat with every part it commits; with the embedded
 * database (one process owns it) every run found RUNNING at start-up was interrupted, with an
 * external one a run whose heartbeat is older than {@link #LEASE}. Imports of one source and scope
 * take turns through a lock node that names the run holding it.
 */
@Component
public class ImportRuns implements InitializingBean {

    /** A running import beats at least this often; one silent for longer has stopped. */
    public static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration WAIT_FOR_LOCK = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(ImportRuns.class);

    private final CypherClient cypher;
    private final Clock clock;
    private final JsonMapper json;
    private final boolean embedded;
    /** Tells this process's runs apart from those of other instances on the same database. */
    private final String instance = UUID.randomUUID().toString();

    ImportRuns(CypherClient cypher, Clock clock, JsonMapper json, SchemaMigrations schema,
            ObjectProvider<org.neo4j.dbms.api.DatabaseManagementService> embeddedDatabase) {
        this.cypher = cypher;
        this.clock = clock;
        this.json = json;
        this.embedded = embeddedDatabase.getIfAvailable() != null;
    }

    @Override
    public void afterPropertiesSet() {
        long interrupted = cypher.write("""
                MATCH (r:ImportRun {status: 'RUNNING'})
                WHERE $all OR coalesce(r.heartbeatAt, r.startedAt) < $staleBefore
                SET r.status = 'INTERRUPTED', r.finishedAt = $now,
                    r.error = 'the process writing it stopped before the import completed; import the file again'
                RETURN count(r) AS n
                """, Map.of("all", embedded, "staleBefore", now().minus(LEASE), "now", now()),
                record -> record.get("n").asLong()).orElse(0L);
        if (interrupted > 0) {
            log.warn("{} import(s) found RUNNING were interrupted; nothing of them was reconciled: import the files again",
                    interrupted);
        }
    }

    /** Records a run as RUNNING once it holds the lock of its source and scope (waiting for another to finish). */
    void start(String runId, GraphBatch batch, OffsetDateTime startedAt) {
        String key = batch.source() + "|" + (batch.scope() == null ? "" : batch.scope());
        long waitUntil = System.nanoTime() + WAIT_FOR_LOCK.toNanos();
        long pause = 100;
        while (true) {
            boolean acquired = cypher.write("""
                    MERGE (l:ImportLock {id: $key})
                    SET l.touchedAt = $now
                    WITH l
                    OPTIONAL MATCH (holder:ImportRun {id: l.runId})
                    WITH l, holder, l.runId IS NULL OR holder IS NULL OR holder.status <> 'RUNNING'
                         OR coalesce(holder.heartbeatAt, holder.startedAt) < $staleBefore AS free
                    FOREACH (_ IN CASE WHEN free AND holder.status = 'RUNNING' THEN [1] ELSE [] END |
                      SET holder.status = 'INTERRUPTED', holder.finishedAt = $now,
                          holder.error = 'its process stopped beating; a later import of the same source took over')
                    FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END | SET l.runId = $runId)
                    RETURN free
                    """, Map.of("key", key, "now", now(), "runId", runId, "staleBefore", now().minus(LEASE)),
                    record -> record.get("free").asBoolean()).orElse(false);
            if (acquired) {
                break;
            }
            if (System.nanoTime() > waitUntil) {
                throw new IllegalStateException("Another import of " + key.replace("|", ", scope ")
                        + " has been running for over " + WAIT_FOR_LOCK.toMinutes() + " minutes");
            }
            sleep(pause);
            pause = Math.min(2_000, pause * 2);
        }
        Map<String, Object> run = runParameters(runId, batch, startedAt);
        cypher.run("""
                CREATE (run:ImportRun {id: $runId, source: $source, scope: $scope, snapshot: $snapshot, origin: $origin,
                        sha256: $sha256, startedAt: $startedAt, heartbeatAt: $startedAt, status: 'RUNNING',
                        instance: $instance, confirms: $confirms, firstSeen: $startedAt, lastSeen: $startedAt})
                """, run);
    }

    /** After each committed part: the run is alive. */
    void heartbeat(String runId) {
        cypher.run("CYPHER replan=skip MATCH (r:ImportRun {id: $runId}) SET r.heartbeatAt = $now", Map.of("runId", runId, "now", now()));
    }

    /** The run's outcome and counts, written in the transaction of its last part. */
    void complete(ImportReport report) {
        cypher.run("""
                MATCH (run:ImportRun {id: $runId})
                SET run.status = 'COMPLETED', run.finishedAt = $finishedAt, run.heartbeatAt = $finishedAt,
                    run.nodeCounts = $nodeCounts, run.relationshipCounts = $relationshipCounts,
                    run.warningCount = $warningCount, run.warnings = $warnings, run.lastSeen = $finishedAt
                WITH run
                MATCH (l:ImportLock {runId: $runId})
                REMOVE l.runId
                """, Map.of("runId", report.runId(), "finishedAt", report.startedAt().plus(report.duration()),
                "nodeCounts", json.writeValueAsString(report.nodes()),
                "relationshipCounts", json.writeValueAsString(report.relationships()),
                "warningCount", report.warnings().size(),
                "warnings", report.warnings().stream().limit(GraphWriter.RECORDED_WARNINGS).map(ImportWarning::toString).toList()));
    }

    /** The run stopped on an error; what it committed stays, nothing was reconciled. */
    void fail(String runId, Throwable error) {
        try {
            cypher.run("""
                    MATCH (run:ImportRun {id: $runId})
                    SET run.status = 'FAILED', run.finishedAt = $now, run.error = $error
                    WITH run
                    OPTIONAL MATCH (l:ImportLock {runId: $runId})
                    REMOVE l.runId
                    """, Map.of("runId", runId, "now", now(), "error", String.valueOf(error.getMessage())));
        } catch (RuntimeException e) {
            log.warn("Could not record import {} as FAILED: {}", runId, e.getMessage());
        }
    }

    /** A refused import: bad input, nothing written but this record of the attempt. */
    public void refuse(String source, String origin, String sha256, String error) {
        OffsetDateTime now = now();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("runId", GraphWriter.runId(source, now));
        parameters.put("source", source);
        parameters.put("origin", origin);
        parameters.put("sha256", sha256);
        parameters.put("now", now);
        parameters.put("error", error);
        cypher.run("""
                CREATE (:ImportRun {id: $runId, source: $source, origin: $origin, sha256: $sha256, snapshot: false,
                        startedAt: $now, finishedAt: $now, status: 'REFUSED', error: $error, warningCount: 0, warnings: [],
                        firstSeen: $now, lastSeen: $now})
                """, parameters);
    }

    /**
     * When the latest completed snapshot of a source and scope confirmed its current nodes of a
     * label: a node such a snapshot contained unchanged was seen then, though nothing was written.
     */
    public Optional<OffsetDateTime> lastConfirmed(String source, String scope, String label) {
        return cypher.first("""
                MATCH (r:ImportRun {source: $source})
                WHERE r.status = 'COMPLETED' AND coalesce(r.scope, '') = $scope AND $label IN r.confirms
                WITH max(r.finishedAt) AS at
                WHERE at IS NOT NULL
                RETURN at
                """, Map.of("source", source, "scope", scope == null ? "" : scope, "label", label),
                record -> record.get("at").asOffsetDateTime());
    }

    /** Source and scopes with an import RUNNING now: their findings are provisional. */
    public List<String> running() {
        return cypher.list("MATCH (r:ImportRun {status: 'RUNNING'}) RETURN r.source + '|' + coalesce(r.scope, '') AS key",
                Map.of(), record -> record.get("key").asString());
    }

    private Map<String, Object> runParameters(String runId, GraphBatch batch, OffsetDateTime startedAt) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("runId", runId);
        run.put("source", batch.source());
        run.put("scope", batch.scope());
        run.put("snapshot", batch.snapshot());
        run.put("origin", batch.origin());
        run.put("sha256", batch.sha256());
        run.put("startedAt", startedAt);
        run.put("instance", instance);
        // the labels whose current nodes a completed snapshot confirms as seen, written or not
        run.put("confirms", batch.snapshot() ? batch.snapshotLabels().stream().map(l -> l.keyLabel().cypherName())
                .distinct().sorted().toList() : List.of());
        return run;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for another import", e);
        }
    }
}
