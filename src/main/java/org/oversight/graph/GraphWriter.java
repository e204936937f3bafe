package org.oversight.graph;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one writer of imported data. A {@link GraphBatch} is written as batched {@code UNWIND}
 * statements per label and relationship type, each part of at most
 * {@code oversight.import.rows-per-transaction} rows in a transaction of its own: Neo4j caps the
 * memory of a transaction, so one import may not be one transaction. Its guarantees move to the
 * {@code ImportRun} ({@link ImportRuns}): RUNNING while parts commit, COMPLETED when all did, and
 * reconciliation (stale marks, deletions, removed relationships, {@link SnapshotReconciler}) only
 * then, so an interrupted or failed import never marks anything stale. Each part first reads what
 * the graph holds of its rows and writes only the new and the changed, so a rerun converges (what
 * a part committed reads as held the second time) and writing a file twice writes nothing the
 * second time. Parts that meet a transient error (a deadlock, a leader switch, a race with another
 * import to create the same node) are retried.
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
            @org.springframework.beans.factory.annotation.Value("${oversight.import.rows-per-transaction:10000}") int rowsPerTransaction) {
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
        Set<NodeRef> created = runInParts(steps, context, nodeCounts, relCounts);
        phases.mark("parts");
        if (batch.snapshot()) {
            reconciler.reconcile(batch, writable, context, nodeCounts, relCounts);
            phases.mark("reconcile");
        }
        long linked = resolveAccounts(batch, context, created,
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
     * One chunk of the rows of one label or relationship type. Steps are packed into parts of at
     * most {@code rows-per-transaction} rows: an import's many small groups (a few policies, a
     * handful of teams) share a transaction instead of paying a commit each.
     */
    private sealed interface Step permits NodeStep, RelationshipStep {
        int rows();

        long bytes();
    }

    private record NodeStep(NodeLabel label, boolean references, List<NodeRecord> records, long bytes) implements Step {
        @Override
        public int rows() {
            return records.size();
        }
    }

    private record RelationshipStep(RelType type, NodeLabel from, NodeLabel to, List<RelRecord> records, long bytes)
            implements Step {
        @Override
        public int rows() {
            return records.size();
        }
    }

    private List<Step> nodeSteps(GraphBatch batch) {
        Map<NodeLabel, Map<Boolean, List<NodeRecord>>> byLabel = batch.nodes().stream()
                .collect(Collectors.groupingBy(NodeRecord::label, LinkedHashMap::new,
                        Collectors.partitioningBy(NodeRecord::reference)));
        List<Step> steps = new ArrayList<>();
        byLabel.forEach((label, byKind) -> {
            for (boolean references : List.of(false, true)) {
                for (List<NodeRecord> chunk : chunks(byKind.get(references), rowsPerTransaction, GraphWriter::estimateBytes)) {
                    steps.add(new NodeStep(label, references, chunk, chunk.stream().mapToLong(GraphWriter::estimateBytes).sum()));
                }
            }
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
     * Links accounts to people by e-mail ({@code personKey}): the humans this import created
     * find their accounts, whichever import brought them, by a seek each; and when this import
     * created or changed identities, its own unlinked accounts find their humans. An unchanged
     * account was linked when it was written, and humans that stewards add link their accounts
     * themselves, so the hundreds of imports of a large enterprise never scan every account.
     */
    private long resolveAccounts(GraphBatch batch, Map<String, Object> context, Set<NodeRef> created, ChangeCounts identities) {
        List<String> humans = created.stream().filter(node -> node.label() == NodeLabel.HUMAN).map(NodeRef::id).toList();
        long linked = link(WriterStatements.resolveAccountsOfHumans(), "humans", humans, context);
        if (identities.created() + identities.updated() > 0) {
            List<String> accounts = batch.nodes().stream()
                    .filter(node -> node.label() == NodeLabel.HUMAN_ACCOUNT && !node.reference()).map(NodeRecord::id).toList();
            linked += link(WriterStatements.resolveAccounts(), "accounts", accounts, context);
        }
        return linked;
    }

    private long link(String statement, String parameter, List<String> ids, Map<String, Object> context) {
        long linked = 0;
        for (List<String> chunk : chunks(ids, rowsPerTransaction)) {
            Map<String, Object> parameters = new LinkedHashMap<>(context);
            parameters.put(parameter, chunk);
            linked += parts.inTransaction(() -> cypher.first(statement, parameters,
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
            for (List<RelRecord> chunk : chunks(group, rowsPerTransaction, GraphWriter::estimateBytes)) {
                steps.add(new RelationshipStep((RelType) key.get(0), (NodeLabel) key.get(1), (NodeLabel) key.get(2), chunk,
                        chunk.stream().mapToLong(GraphWriter::estimateBytes).sum()));
            }
        });
        return steps;
    }

    /**
     * Runs the steps in order, packed into parts of at most {@code rows-per-transaction} rows and
     * {@link #MAX_BYTES}, each committed on its own (and retried whole on a transient error);
     * counts are kept only for parts that committed. Returns the nodes created from nothing.
     */
    private Set<NodeRef> runInParts(List<Step> steps, Map<String, Object> context, Map<String, ChangeCounts> nodeCounts,
            Map<String, ChangeCounts> relCounts) {
        String runId = (String) context.get("runId");
        long lastBeat = System.nanoTime();
        // nodes this import created from nothing: the graph cannot hold relationships of theirs yet
        Set<NodeRef> created = new HashSet<>();
        for (List<Step> part : chunks(steps, Integer.MAX_VALUE, rowsPerTransaction, Step::bytes, Step::rows)) {
            Written written = parts.inTransaction(() -> {
                Set<NodeRef> createdInPart = new HashSet<>();
                List<ChangeCounts> counts = part.stream().map(step -> switch (step) {
                    case NodeStep nodes -> writeNodes(nodes, context, createdInPart);
                    case RelationshipStep relationships -> writeRelationships(relationships, context, created, createdInPart);
                }).toList();
                return new Written(counts, createdInPart);
            });
            created.addAll(written.created());
            for (int i = 0; i < part.size(); i++) {
                switch (part.get(i)) {
                    case NodeStep nodes -> nodeCounts.merge(nodes.label().keyLabel().cypherName(), written.counts().get(i), ChangeCounts::plus);
                    case RelationshipStep relationships -> relCounts.merge(relationships.type().name(), written.counts().get(i), ChangeCounts::plus);
                }
            }
            // a beat is a write of its own: often enough for the lease, not once per part
            if (System.nanoTime() - lastBeat > HEARTBEAT_EVERY.toNanos()) {
                runs.heartbeat(runId);
                lastBeat = System.nanoTime();
            }
        }
        return created;
    }

    private record Written(List<ChangeCounts> counts, Set<NodeRef> created) {
    }

    /**
     * Reads what the graph holds of the step's nodes and writes only the new and the changed:
     * new ones are created, changed ones (a property, a stale or deleted mark, a stub, another
     * source or scope, another sub-label) set. A node counts as updated when a property changed
     * or it was stale; a stub that gets its description counts as created.
     */
    private ChangeCounts writeNodes(NodeStep step, Map<String, Object> context, Set<NodeRef> createdInPart) {
        NodeLabel keyLabel = step.label().keyLabel();
        PropertyKeys keys = PropertyKeys.of(step.records().stream().map(NodeRecord::properties));
        Map<String, HeldNode> held = cypher.list(WriterStatements.heldNodes(keyLabel),
                Map.of("ids", step.records().stream().map(NodeRecord::id).toList(), "keys", keys.names()),
                record -> new HeldNode(record.get("id").asString(), record.get("values").asList(value -> value),
                        new Provenance(record.get("source"), record.get("scope")), record.get("stale").asBoolean(),
                        record.get("deleted").asBoolean(), record.get("stub").asBoolean(), record.get("labels").asList(Value::asString)))
                .stream().collect(Collectors.toMap(HeldNode::id, node -> node));
        Provenance ours = new Provenance(context);
        List<Map<String, Object>> create = new ArrayList<>();
        List<Map<String, Object>> update = new ArrayList<>();
        long created = 0;
        long updated = 0;
        for (NodeRecord node : step.records()) {
            HeldNode before = held.get(node.id());
            if (before == null) {
                create.add(nodeRow(node));
                createdInPart.add(new NodeRef(keyLabel, node.id()));
                created++;
            } else if (step.references()) {
                continue;
            } else if (before.stub()) {
                update.add(nodeRow(node));
                created++;
            } else {
                boolean changed = keys.differ(before.values(), node.properties()) || before.stale();
                if (changed || before.deleted() || !before.provenance().equals(ours) || before.otherSubLabel(step.label())) {
                    update.add(nodeRow(node));
                    updated += changed ? 1 : 0;
                }
            }
        }
        if (!create.isEmpty()) {
            run(step.references() ? WriterStatements.createReferences(step.label()) : WriterStatements.createNodes(step.label()),
                    context, create);
        }
        if (!update.isEmpty()) {
            run(WriterStatements.updateNodes(step.label()), context, update);
        }
        return ChangeCounts.written(created, updated, step.rows() - created - updated);
    }

    /** Which source and scope last wrote a node or relationship. */
    private record Provenance(String source, String scope) {
        Provenance(Value source, Value scope) {
            this(source.isNull() ? null : source.asString(), scope.isNull() ? null : scope.asString());
        }

        Provenance(Map<String, Object> context) {
            this((String) context.get("source"), (String) context.get("scope"));
        }
    }

    /** A node as the graph holds it before the write: the values of the step's {@link PropertyKeys}. */
    private record HeldNode(String id, List<Value> values, Provenance provenance, boolean stale, boolean deleted, boolean stub,
            List<String> labels) {
        boolean otherSubLabel(NodeLabel label) {
            return label.isSubLabel() && (!labels.contains(label.cypherName())
                    || WriterStatements.siblings(label).stream().anyMatch(other -> labels.contains(other.cypherName())));
        }
    }

    /**
     * As {@link #writeNodes} for relationships. Those with an end this import created from
     * nothing are new without asking; the others are read first by their ends and key.
     */
    private ChangeCounts writeRelationships(RelationshipStep step, Map<String, Object> context, Set<NodeRef> created,
            Set<NodeRef> createdInPart) {
        List<Map<String, Object>> write = new ArrayList<>();
        List<RelRecord> toRead = new ArrayList<>();
        for (RelRecord rel : step.records()) {
            if (isCreated(rel.from(), created, createdInPart) || isCreated(rel.to(), created, createdInPart)) {
                write.add(relRow(rel));
            } else {
                toRead.add(rel);
            }
        }
        long createdCount = write.size();
        long updated = 0;
        if (!toRead.isEmpty()) {
            PropertyKeys keys = PropertyKeys.of(toRead.stream().map(RelRecord::properties));
            List<Map<String, Object>> rows = new ArrayList<>(toRead.size());
            for (int i = 0; i < toRead.size(); i++) {
                RelRecord rel = toRead.get(i);
                Map<String, Object> key = new HashMap<>();
                step.type().keyProperties().forEach(property -> key.put(property, rel.properties().get(property)));
                rows.add(Map.of("i", i, "from", rel.from().id(), "to", rel.to().id(), "props", key));
            }
            // two relationships may match one key where something outside Oversight added one: either will do
            Map<Integer, HeldRelationship> held = cypher.list(WriterStatements.heldRelationships(step.type(), step.from(), step.to()),
                    Map.of("rows", rows, "keys", keys.names()), record -> new HeldRelationship(record.get("i").asInt(),
                            record.get("values").asList(value -> value), new Provenance(record.get("source"), record.get("scope"))))
                    .stream().collect(Collectors.toMap(HeldRelationship::row, rel -> rel, (first, second) -> first));
            Provenance ours = new Provenance(context);
            for (int i = 0; i < toRead.size(); i++) {
                RelRecord rel = toRead.get(i);
                HeldRelationship before = held.get(i);
                if (before == null) {
                    write.add(relRow(rel));
                    createdCount++;
                } else if (keys.differ(before.values(), rel.properties())) {
                    write.add(relRow(rel));
                    updated++;
                } else if (!before.provenance().equals(ours)) {
                    write.add(relRow(rel));
                }
            }
        }
        if (!write.isEmpty()) {
            run(WriterStatements.writeRelationships(step.type(), step.from(), step.to()), context, write);
        }
        return ChangeCounts.written(createdCount, updated, step.rows() - createdCount - updated);
    }

    private record HeldRelationship(int row, List<Value> values, Provenance provenance) {
    }

    private static boolean isCreated(NodeRef end, Set<NodeRef> created, Set<NodeRef> createdInPart) {
        NodeRef key = new NodeRef(end.label().keyLabel(), end.id());
        return created.contains(key) || createdInPart.contains(key);
    }

    private void run(String statement, Map<String, Object> context, List<Map<String, Object>> rows) {
        Map<String, Object> parameters = new LinkedHashMap<>(context);
        parameters.put("rows", rows);
        cypher.run(statement, parameters);
    }

    private static long estimateBytes(NodeRecord node) {
        return node.id().length() + PropertyValues.estimateBytes(node.properties());
    }

    private static long estimateBytes(RelRecord rel) {
        return rel.from().id().length() + rel.to().id().length() + PropertyValues.estimateBytes(rel.properties());
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
