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
import java.util.function.ToIntFunction;
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
    static final Duration HEARTBEAT_EVERY = ImportRuns.LEASE.dividedBy(8);

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
        Phases phases = new Phases(started);
        runs.start(runId, batch, now);
        phases.mark("start");
        ImportReport report;
        try {
            report = writeInParts(batch, runId, now, started, phases);
        } catch (RuntimeException e) {
            runs.fail(runId, e);
            throw e;
        }
        log.info("Import {} from {}: nodes {}, relationships {}, {} warnings in {} ms", runId,
                batch.origin() == null ? batch.source() : batch.origin(), report.totalNodes(),
                report.totalRelationships(), report.warnings().size(), report.duration().toMillis());
        log.debug("Import {} took {}", runId, phases);
        return report;
    }

    /** Where an import's time went, for the debug log: the import's own profile. */
    private static final class Phases {
        private final StringBuilder spent = new StringBuilder();
        private long last;

        Phases(long started) {
            this.last = started;
        }

        void mark(String phase) {
            long now = System.nanoTime();
            spent.append(spent.isEmpty() ? "" : ", ").append(phase).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return spent.toString();
        }
    }

    private ImportReport writeInParts(GraphBatch batch, String runId, OffsetDateTime now, long started, Phases phases) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("runId", runId);
        context.put("now", now);
        context.put("source", batch.source());
        context.put("scope", batch.scope());

        Map<String, ChangeCounts> nodeCounts = new TreeMap<>();
        Map<String, ChangeCounts> relCounts = new TreeMap<>();
        List<ImportWarning> warnings = new ArrayList<>(batch.warnings());

        // endpoints outside the batch are looked up before anything is written
        List<RelRecord> writable = relationshipsWithEndpoints(batch, warnings);
        phases.mark("endpoints");
        List<Step> steps = new ArrayList<>(nodeSteps(batch));
        steps.addAll(relationshipSteps(writable));
        runInParts(steps, context, nodeCounts, relCounts);
        phases.mark("parts");
        if (batch.snapshot()) {
            reconciler.reconcile(batch, writable, context, nodeCounts, relCounts);
            phases.mark("reconcile");
        }
        long linked = resolveAccounts(batch, context,
                nodeCounts.getOrDefault(NodeLabel.HUMAN.cypherName(), ChangeCounts.NONE).created() > 0,
                nodeCounts.getOrDefault(NodeLabel.IDENTITY.cypherName(), ChangeCounts.NONE));
        phases.mark("accounts");
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
        phases.mark("complete");
        return report;
    }

    /**
     * One statement over one chunk of rows, counted under a label or relationship type. Steps are
     * packed into parts of at most {@code rows-per-transaction} rows: an import's many small
     * groups (a few policies, a handful of teams) share a transaction instead of paying a commit each.
     */
    private record Step(String statement, List<Map<String, Object>> rows, long bytes, String countedAs, boolean node) {
    }

    private List<Step> nodeSteps(GraphBatch batch) {
        Map<NodeLabel, Map<Boolean, List<NodeRecord>>> byLabel = batch.nodes().stream()
                .collect(Collectors.groupingBy(NodeRecord::label, LinkedHashMap::new,
                        Collectors.partitioningBy(NodeRecord::reference)));
        List<Step> steps = new ArrayList<>();
        byLabel.forEach((label, byKind) -> {
            String countedAs = label.keyLabel().cypherName();
            steps.addAll(steps(WriterStatements.upsertNodes(label),
                    byKind.get(false).stream().map(GraphWriter::nodeRow).toList(), countedAs, true));
            steps.addAll(steps(WriterStatements.upsertReferences(label),
                    byKind.get(true).stream().map(GraphWriter::nodeRow).toList(), countedAs, true));
        });
        return steps;
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
     * its own accounts, and only when it created or changed some (an unchanged account was checked
     * when it was written, and humans that stewards add link their accounts themselves), which
     * keeps the hundreds of imports of a large enterprise from each scanning every account.
     */
    private long resolveAccounts(GraphBatch batch, Map<String, Object> context, boolean createdHumans, ChangeCounts identities) {
        if (createdHumans) {
            return parts.inTransaction(() -> cypher.first(WriterStatements.resolveAllAccounts(), context,
                    record -> record.get("linked").asLong()).orElse(0L));
        }
        if (identities.created() + identities.updated() == 0) {
            return 0;
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

    private List<Step> relationshipSteps(List<RelRecord> rels) {
        Map<List<Object>, List<RelRecord>> groups = rels.stream().collect(Collectors.groupingBy(
                rel -> List.of(rel.type(), rel.from().label().keyLabel(), rel.to().label().keyLabel()),
                LinkedHashMap::new, Collectors.toList()));
        List<Step> steps = new ArrayList<>();
        groups.forEach((key, group) -> {
            RelType type = (RelType) key.get(0);
            String statement = WriterStatements.upsertRelationships(type, (NodeLabel) key.get(1), (NodeLabel) key.get(2));
            steps.addAll(steps(statement, group.stream().map(GraphWriter::relRow).toList(), type.name(), false));
        });
        return steps;
    }

    private List<Step> steps(String statement, List<Map<String, Object>> rows, String countedAs, boolean node) {
        List<Step> steps = new ArrayList<>();
        for (List<Map<String, Object>> chunk : chunks(rows, rowsPerTransaction, PropertyValues::estimateBytes)) {
            long bytes = chunk.stream().mapToLong(PropertyValues::estimateBytes).sum();
            steps.add(new Step(statement, chunk, bytes, countedAs, node));
        }
        return steps;
    }

    /**
     * Runs the steps in order, packed into parts of at most {@code rows-per-transaction} rows and
     * {@link #MAX_BYTES}, each committed on its own (and retried whole on a transient error);
     * counts are kept only for parts that committed.
     */
    private void runInParts(List<Step> steps, Map<String, Object> context, Map<String, ChangeCounts> nodeCounts,
            Map<String, ChangeCounts> relCounts) {
        String runId = (String) context.get("runId");
        long lastBeat = System.nanoTime();
        for (List<Step> part : chunks(steps, Integer.MAX_VALUE, rowsPerTransaction, Step::bytes, step -> step.rows().size())) {
            List<ChangeCounts> written = parts.inTransaction(() -> part.stream().map(step -> {
                Map<String, Object> params = new LinkedHashMap<>(context);
                params.put("rows", step.rows());
                // the statements write only new and changed rows and count those; the rest were seen unchanged
                return cypher.first(step.statement(), params, record -> {
                    long created = record.get("created").asLong();
                    long updated = record.get("updated").asLong();
                    return ChangeCounts.written(created, updated, step.rows().size() - created - updated);
                }).orElse(ChangeCounts.NONE);
            }).toList());
            for (int i = 0; i < part.size(); i++) {
                Step step = part.get(i);
                (step.node() ? nodeCounts : relCounts).merge(step.countedAs(), written.get(i), ChangeCounts::plus);
            }
            // a beat is a write of its own: often enough for the lease, not once per part
            if (System.nanoTime() - lastBeat > HEARTBEAT_EVERY.toNanos()) {
                runs.heartbeat(runId);
                lastBeat = System.nanoTime();
            }
        }
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
        return chunks(items, maxSize, Long.MAX_VALUE, bytes, item -> 1);
    }

    /**
     * Items in order, cut where a chunk would exceed {@code maxSize} items, {@code maxWeight} by
     * {@code weight} or {@link #MAX_BYTES}; an item heavier than the caps makes a chunk of its own.
     */
    static <T> List<List<T>> chunks(List<T> items, int maxSize, long maxWeight, Function<T, Long> bytes,
            ToIntFunction<T> weight) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> current = new ArrayList<>();
        long size = 0;
        long weightSoFar = 0;
        for (T item : items) {
            long itemBytes = bytes.apply(item);
            int itemWeight = weight.applyAsInt(item);
            if (!current.isEmpty() && (current.size() >= maxSize || size + itemBytes > MAX_BYTES
                    || weightSoFar + itemWeight > maxWeight)) {
                chunks.add(current);
                current = new ArrayList<>();
                size = 0;
                weightSoFar = 0;
            }
            current.add(item);
            size += itemBytes;
            weightSoFar += itemWeight;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
