package org.oversight.graph;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.beans.factory.annotation.Value;

/**
 * The one writer of imported data. A {@link GraphBatch} is written as batched {@code UNWIND ...
 * MERGE} statements per label and relationship type, each part of at most
 * {@code oversight.import.rows-per-transaction} rows in a transaction of its own: Neo4j caps the
 * memory of a transaction, so one import may not be one transaction. Its guarantees move to the
 * {@code ImportRun} ({@link ImportRuns}): RUNNING while parts commit, COMPLETED when all did, and
 * reconciliation (stale marks, deletions, removed relationships, {@link SnapshotReconciler}) only
 * then, so an interrupted or failed import never marks anything stale. Only new and changed rows
 * are written and MERGE makes a rerun converge: writing a file twice writes nothing the second
 * time. Parts that meet a transient error (a deadlock, a leader switch) are retried.
 */
@Component
public class GraphWriter {

    /** Rows per statement, and a cap on their estimated size so wide rows make smaller statements. */
    static final int MAX_ROWS = 10_000;
    static final long MAX_BYTES = 8L << 20;

    private static final Logger log = LoggerFactory.getLogger(GraphWriter.class);
    private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'");
    static final int RECORDED_WARNINGS = 100;

    private final CypherClient cypher;
    private final Parts parts;
    private final SnapshotReconciler reconciler;
    private final ImportRuns runs;
    private final int rowsPerTransaction;
    private final Clock clock;
    private final List<WriteListener> listeners;

    public GraphWriter(CypherClient cypher, Parts parts, SnapshotReconciler reconciler, ImportRuns runs, Clock clock, List<WriteListener> listeners,
            @Value("${oversight.import.rows-per-transaction:10000}") int rowsPerTransaction) {
        this.cypher = cypher;
        this.parts = parts;
        this.reconciler = reconciler;
        this.runs = runs;
        this.rowsPerTransaction = rowsPerTransaction;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    static String runId(String source, OffsetDateTime now) {
        return "run:" + source + ":" + RUN_ID_TIME.format(now) + ":"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    }

    public ImportReport write(GraphBatch batch) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String runId = runId(batch.source(), now);
        long started = System.nanoTime();
        runs.start(runId, batch, now);
        ImportReport report;
        try {
            report = writeInParts(batch, runId, now, started);
        } catch (RuntimeException e) {
            runs.fail(runId, e);
            throw e;
        }
        log.info("Import {} from {}: nodes {}, relationships {}, {} warnings in {} ms", runId,
                batch.origin() == null ? batch.source() : batch.origin(), report.totalNodes(),
                report.totalRelationships(), report.warnings().size(), report.duration().toMillis());
        return report;
    }

    private ImportReport writeInParts(GraphBatch batch, String runId, OffsetDateTime now, long started) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("runId", runId);
        context.put("now", now);
        context.put("source", batch.source());
        context.put("scope", batch.scope());

        Map<String, ChangeCounts> nodeCounts = new TreeMap<>();
        Map<String, ChangeCounts> relCounts = new TreeMap<>();
        List<ImportWarning> warnings = new ArrayList<>(batch.warnings());

        writeNodes(batch, context, nodeCounts);
        List<RelRecord> writable = relationshipsWithEndpoints(batch, warnings);
        writeRelationships(writable, context, relCounts);
        if (batch.snapshot()) {
            reconciler.reconcile(batch, writable, context, nodeCounts, relCounts);
        }
        long linked = resolveAccounts(batch, context,
                nodeCounts.getOrDefault(NodeLabel.HUMAN.cypherName(), ChangeCounts.NONE).created() > 0);
        if (linked > 0) {
            relCounts.merge(RelType.BELONGS_TO.name(), ChangeCounts.written(linked, 0, 0), ChangeCounts::plus);
        }

        Duration duration = Duration.ofNanos(System.nanoTime() - started);
        ImportReport report = new ImportReport(runId, batch.source(), batch.scope(), batch.snapshot(), batch.origin(),
                batch.sha256(), now, duration, nodeCounts, relCounts, List.copyOf(warnings));
        parts.inTransaction(() -> {
            runs.complete(report);
            listeners.forEach(listener -> listener.written(report));
            return report;
        });
        return report;
    }

    private void writeNodes(GraphBatch batch, Map<String, Object> context, Map<String, ChangeCounts> counts) {
        Map<NodeLabel, Map<Boolean, List<NodeRecord>>> byLabel = batch.nodes().stream()
                .collect(Collectors.groupingBy(NodeRecord::label, LinkedHashMap::new,
                        Collectors.partitioningBy(NodeRecord::reference)));
        byLabel.forEach((label, byKind) -> {
            List<Map<String, Object>> full = byKind.get(false).stream().map(GraphWriter::nodeRow).toList();
            List<Map<String, Object>> refs = byKind.get(true).stream().map(GraphWriter::nodeRow).toList();
            ChangeCounts written = run(WriterStatements.upsertNodes(label), full, context)
                    .plus(run(WriterStatements.upsertReferences(label), refs, context));
            counts.merge(label.keyLabel().cypherName(), written, ChangeCounts::plus);
        });
    }

    /**
     * Relationships whose endpoints are neither in the batch nor in the graph cannot be written;
     * they are reported, never dropped in silence.
     */
    private List<RelRecord> relationshipsWithEndpoints(GraphBatch batch, List<ImportWarning> warnings) {
        Map<NodeLabel, Set<String>> outside = new LinkedHashMap<>();
        for (RelRecord rel : batch.relationships()) {
            for (NodeRef end : List.of(rel.from(), rel.to())) {
                if (!batch.contains(end)) {
                    outside.computeIfAbsent(end.label().keyLabel(), l -> new HashSet<>()).add(end.id());
                }
            }
        }
        Map<NodeLabel, Set<String>> missing = new LinkedHashMap<>();
        outside.forEach((label, ids) -> {
            Set<String> found = new HashSet<>();
            for (List<String> chunk : chunks(List.copyOf(ids), MAX_ROWS)) {
                found.addAll(cypher.list(WriterStatements.existingIds(label), Map.of("ids", chunk),
                        record -> record.get("id").asString()));
            }
            Set<String> absent = new HashSet<>(ids);
            absent.removeAll(found);
            if (!absent.isEmpty()) {
                missing.put(label, absent);
            }
        });
        if (missing.isEmpty()) {
            return List.copyOf(batch.relationships());
        }
        List<RelRecord> writable = new ArrayList<>();
        for (RelRecord rel : batch.relationships()) {
            NodeRef absent = isMissing(missing, rel.from()) ? rel.from() : isMissing(missing, rel.to()) ? rel.to() : null;
            if (absent == null) {
                writable.add(rel);
            } else {
                warnings.add(new ImportWarning(locationOf(batch, rel),
                        "not written: " + absent.label().keyLabel() + " '" + absent.id()
                                + "' is neither in this import nor in the graph"));
            }
        }
        return writable;
    }

    /**
     * Links accounts to people by e-mail: a new human (or stub of one) may match any unlinked
     * account, so an import that created humans checks them all; otherwise an import checks only
     * its own accounts, which keeps the hundreds of imports of a large enterprise from each
     * scanning every account.
     */
    private long resolveAccounts(GraphBatch batch, Map<String, Object> context, boolean createdHumans) {
        if (createdHumans) {
            return parts.inTransaction(() -> cypher.first(WriterStatements.resolveAllAccounts(), context,
                    record -> record.get("linked").asLong()).orElse(0L));
        }
        List<String> accounts = batch.nodes().stream()
                .filter(node -> node.label() == NodeLabel.HUMAN_ACCOUNT && !node.reference()).map(NodeRecord::id).toList();
        long linked = 0;
        for (List<String> chunk : chunks(accounts, rowsPerTransaction)) {
            Map<String, Object> parameters = new LinkedHashMap<>(context);
            parameters.put("accounts", chunk);
            linked += parts.inTransaction(() -> cypher.first(WriterStatements.resolveAccounts(), parameters,
                    record -> record.get("linked").asLong()).orElse(0L));
        }
        return linked;
    }

    private static boolean isMissing(Map<NodeLabel, Set<String>> missing, NodeRef ref) {
        return missing.getOrDefault(ref.label().keyLabel(), Set.of()).contains(ref.id());
    }

    private static String locationOf(GraphBatch batch, RelRecord rel) {
        return (batch.origin() == null ? batch.source() : batch.origin()) + ": " + rel.type() + " " + rel.from()
                + " -> " + rel.to();
    }

    private void writeRelationships(List<RelRecord> rels, Map<String, Object> context, Map<String, ChangeCounts> counts) {
        Map<List<Object>, List<RelRecord>> groups = rels.stream().collect(Collectors.groupingBy(
                rel -> List.of(rel.type(), rel.from().label().keyLabel(), rel.to().label().keyLabel()),
                LinkedHashMap::new, Collectors.toList()));
        groups.forEach((key, group) -> {
            RelType type = (RelType) key.get(0);
            String statement = WriterStatements.upsertRelationships(type, (NodeLabel) key.get(1), (NodeLabel) key.get(2));
            List<Map<String, Object>> rows = group.stream().map(GraphWriter::relRow).toList();
            counts.merge(type.name(), run(statement, rows, context), ChangeCounts::plus);
        });
    }

    /** Runs one statement over rows in bounded parts, each committed on its own, and sums what they report. */
    private ChangeCounts run(String statement, List<Map<String, Object>> rows, Map<String, Object> context) {
        ChangeCounts total = ChangeCounts.NONE;
        for (List<Map<String, Object>> chunk : chunks(rows, rowsPerTransaction, PropertyValues::estimateBytes)) {
            Map<String, Object> params = new LinkedHashMap<>(context);
            params.put("rows", chunk);
            // the statements write only new and changed rows and count those; the rest were seen unchanged
            total = total.plus(parts.inTransaction(() -> cypher.first(statement, params, record -> {
                long created = record.get("created").asLong();
                long updated = record.get("updated").asLong();
                return ChangeCounts.written(created, updated, chunk.size() - created - updated);
            }).orElse(ChangeCounts.NONE)));
            runs.heartbeat((String) context.get("runId"));
        }
        return total;
    }

    private static Map<String, Object> nodeRow(NodeRecord node) {
        return Map.of("id", node.id(), "props", node.properties());
    }

    private static Map<String, Object> relRow(RelRecord rel) {
        return Map.of("from", rel.from().id(), "to", rel.to().id(), "props", rel.properties());
    }

    static <T> List<List<T>> chunks(List<T> items, int maxSize) {
        return chunks(items, maxSize, item -> 0L);
    }

    static <T> List<List<T>> chunks(List<T> items, int maxSize, Function<T, Long> bytes) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> current = new ArrayList<>();
        long size = 0;
        for (T item : items) {
            long itemBytes = bytes.apply(item);
            if (!current.isEmpty() && (current.size() >= maxSize || size + itemBytes > MAX_BYTES)) {
                chunks.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(item);
            size += itemBytes;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
