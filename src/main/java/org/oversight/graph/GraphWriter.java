package org.oversight.graph;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
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
    private final AccountLinks accountLinks;
    private final int rowsPerTransaction;
    private final Clock clock;
    private final List<WriteListener> listeners;

    public GraphWriter(CypherClient cypher, Parts parts, SnapshotReconciler reconciler, ImportRuns runs,
            AccountLinks accountLinks, Clock clock, List<WriteListener> listeners,
            @org.springframework.beans.factory.annotation.Value("${oversight.import.rows-per-transaction:10000}") int rowsPerTransaction) {
        this.cypher = cypher;
        this.parts = parts;
        this.reconciler = reconciler;
        this.runs = runs;
        this.accountLinks = accountLinks;
        this.rowsPerTransaction = rowsPerTransaction;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    static String runId(String source, OffsetDateTime now) {
        return "run:" + source + ":" + RUN_ID_TIME.format(now) + ":"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    }

    /** Writes a batch held whole: {@link #open} it, write it as one part, {@link Write#finish} it. */
    public ImportReport write(GraphBatch batch) {
        Write write = open(batch);
        write.part(batch);
        return write.finish();
    }

    /**
     * Starts the import of an input ({@code input} says its source, scope, snapshot, origin and
     * warnings; its records, if any, are not written): the run becomes RUNNING, and the parts
     * handed to {@link Write#part} are written as they come.
     */
    public Write open(GraphBatch input) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String runId = runId(input.source(), now);
        long started = System.nanoTime();
        Phases phases = new Phases(started);
        runs.start(runId, input, now);
        phases.mark("start");
        return new Write(input, runId, now, started, phases);
    }

    /** Where an import's time went, for the debug log: the import's own profile. */
    private static final class Phases {
        private final Map<String, Long> spent = new LinkedHashMap<>();
        private long last;

        Phases(long started) {
            this.last = started;
        }

        void mark(String phase) {
            long now = System.nanoTime();
            spent.merge(phase, now - last, Long::sum);
            last = now;
        }

        @Override
        public String toString() {
            return spent.entrySet().stream().map(phase -> phase.getKey() + " " + phase.getValue() / 1_000_000 + " ms")
                    .collect(Collectors.joining(", "));
        }
    }

    /**
     * One import being written, part by part. It keeps the keys of what it was given (not the
     * records): a node or relationship given in two parts is written twice, the later properties
     * winning, but counted once, as in one batch; relationships wait for an end a later part may
     * bring; and reconciliation compares the graph with those keys once every part committed.
     */
    public final class Write {

        private final GraphBatch input;
        private final String runId;
        private final OffsetDateTime now;
        private final long started;
        private final Phases phases;
        private final Map<String, Object> context = new LinkedHashMap<>();
        private final Map<String, ChangeCounts> nodeCounts = new TreeMap<>();
        private final Map<String, ChangeCounts> relCounts = new TreeMap<>();
        private final List<ImportWarning> warnings;
        /** Nodes given so far, true once a full description (not only a reference) was given. */
        private final Map<NodeRef, Boolean> given = new HashMap<>();
        private final Set<List<Object>> relationshipsGiven = new HashSet<>();
        /** Nodes this import created from nothing: the graph cannot hold relationships of theirs yet. */
        private final Set<NodeRef> created = new HashSet<>();
        /**
         * Element ids of the nodes this import found or created, by key label and id: a
         * relationship between two of them is read and written by element id, not two index seeks.
         */
        private final Map<NodeRef, String> located = new HashMap<>();
        /** Relationships with an end neither given yet nor in the graph: a later part may bring it. */
        private final Map<List<Object>, RelRecord> waiting = new LinkedHashMap<>();
        private final List<String> accounts = new ArrayList<>();
        private long lastBeat = System.nanoTime();
        private boolean ended;

        private Write(GraphBatch input, String runId, OffsetDateTime now, long started, Phases phases) {
            this.input = input;
            this.runId = runId;
            this.now = now;
            this.started = started;
            this.phases = phases;
            this.warnings = new ArrayList<>(input.warnings());
            context.put("runId", runId);
            context.put("now", now);
            context.put("source", input.source());
            context.put("scope", input.scope());
        }

        public String runId() {
            return runId;
        }

        /** Writes one part: its nodes, then its relationships whose ends are known. */
        public void part(GraphBatch part) {
            requireOpen();
            phases.mark("read");
            if (!Objects.equals(part.source(), input.source()) || !Objects.equals(part.scope(), input.scope())) {
                throw fail(new IllegalStateException("A part of " + input.source() + " " + input.scope() + " came as "
                        + part.source() + " " + part.scope()));
            }
            try {
                Set<NodeRef> repeated = new HashSet<>();
                for (NodeRecord node : part.nodes()) {
                    NodeRef key = new NodeRef(node.label().keyLabel(), node.id());
                    Boolean before = given.put(key, !node.reference() || Boolean.TRUE.equals(given.get(key)));
                    if (before != null) {
                        repeated.add(key);
                    }
                    if (node.label() == NodeLabel.HUMAN_ACCOUNT && !node.reference() && !Boolean.TRUE.equals(before)) {
                        accounts.add(node.id());
                    }
                }
                List<RelRecord> ready = withKnownEnds(part.relationships(), false);
                phases.mark("endpoints");
                List<Step> steps = new ArrayList<>(nodeSteps(part.nodes()));
                steps.addAll(relationshipSteps(ready));
                runInParts(steps, repeated, givenBefore(ready));
                phases.mark("parts");
            } catch (RuntimeException e) {
                throw fail(e);
            }
        }

        /**
         * Writes what waited for its ends, reconciles a snapshot, links accounts to people and
         * completes the run.
         */
        public ImportReport finish() {
            requireOpen();
            try {
                if (!waiting.isEmpty()) {
                    List<RelRecord> ready = withKnownEnds(List.copyOf(waiting.values()), true);
                    waiting.clear();
                    runInParts(relationshipSteps(ready), Set.of(), givenBefore(ready));
                    phases.mark("parts");
                }
                if (input.snapshot()) {
                    reconciler.reconcile(input, given, relationshipsGiven, context, nodeCounts, relCounts);
                    phases.mark("reconcile");
                }
                AccountLinks.Changes links = linkAccounts(context, created, accounts,
                        nodeCounts.getOrDefault(NodeLabel.IDENTITY.cypherName(), ChangeCounts.NONE));
                phases.mark("accounts");
                if (links.linked() > 0 || links.removed() > 0) {
                    relCounts.merge(RelType.BELONGS_TO.name(), ChangeCounts.written(links.linked(), 0, 0)
                            .plus(new ChangeCounts(0, 0, 0, 0, 0, links.removed())), ChangeCounts::plus);
                }
                Duration duration = Duration.ofNanos(System.nanoTime() - started);
                ImportReport report = new ImportReport(runId, input.source(), input.scope(), input.snapshot(), input.origin(),
                        input.sha256(), now, duration, nodeCounts, relCounts, List.copyOf(warnings));
                parts.inTransaction(() -> {
                    runs.complete(report);
                    listeners.forEach(listener -> listener.written(report));
                    return report;
                });
                phases.mark("complete");
                ended = true;
                log.info("Import {} from {}: nodes {}, relationships {}, {} warnings in {} ms", runId,
                        input.origin() == null ? input.source() : input.origin(), report.totalNodes(),
                        report.totalRelationships(), report.warnings().size(), report.duration().toMillis());
                log.debug("Import {} took {}", runId, phases);
                return report;
            } catch (RuntimeException e) {
                throw fail(e);
            }
        }

        /** Notes the relationships as given; returns the keys of those given in an earlier part. */
        private Set<List<Object>> givenBefore(List<RelRecord> rels) {
            Set<List<Object>> repeated = new HashSet<>();
            for (RelRecord rel : rels) {
                List<Object> key = rel.key();
                if (!relationshipsGiven.add(key)) {
                    repeated.add(key);
                }
            }
            return repeated;
        }

        /** Ends the run as FAILED with the error, unless it already ended; returns the error to throw. */
        public RuntimeException fail(RuntimeException error) {
            if (!ended) {
                ended = true;
                runs.fail(runId, error);
            }
            return error;
        }

        private void requireOpen() {
            if (ended) {
                throw new IllegalStateException("Import " + runId + " has ended");
            }
        }

        /**
         * The relationships whose ends were given or are in the graph; the others wait for a later
         * part, or, at the end, are reported: never dropped in silence.
         */
        private List<RelRecord> withKnownEnds(Collection<RelRecord> rels, boolean last) {
            Map<NodeLabel, Set<String>> outside = new LinkedHashMap<>();
            for (RelRecord rel : rels) {
                for (NodeRef end : List.of(rel.from(), rel.to())) {
                    if (!given.containsKey(new NodeRef(end.label().keyLabel(), end.id()))) {
                        outside.computeIfAbsent(end.label().keyLabel(), l -> new HashSet<>()).add(end.id());
                    }
                }
            }
            Map<NodeLabel, Set<String>> missing = new LinkedHashMap<>();
            outside.forEach((label, ids) -> {
                Set<String> found = new HashSet<>();
                for (List<String> chunk : chunks(List.copyOf(ids), MAX_ROWS)) {
                    cypher.list(WriterStatements.existingIds(label), Map.of("ids", chunk), record -> {
                        String id = record.get("id").asString();
                        located.put(new NodeRef(label, id), record.get("element").asString());
                        return found.add(id);
                    });
                }
                Set<String> absent = new HashSet<>(ids);
                absent.removeAll(found);
                if (!absent.isEmpty()) {
                    missing.put(label, absent);
                }
            });
            List<RelRecord> ready = new ArrayList<>();
            for (RelRecord rel : rels) {
                NodeRef absent = isMissing(missing, rel.from()) ? rel.from() : isMissing(missing, rel.to()) ? rel.to() : null;
                if (absent == null) {
                    // given before, waiting for this end: one relationship, the later properties winning
                    RelRecord earlier = last || waiting.isEmpty() ? null : waiting.remove(rel.key());
                    ready.add(earlier == null ? rel : merged(earlier, rel));
                } else if (!last) {
                    waiting.merge(rel.key(), rel, GraphWriter::merged);
                } else {
                    warnings.add(new ImportWarning(locationOf(input, rel),
                            "not written: " + absent.label().keyLabel() + " '" + absent.id()
                                    + "' is neither in this import nor in the graph"));
                }
            }
            return ready;
        }

        /**
         * Runs the steps in order, packed into parts of at most {@code rows-per-transaction} rows
         * and {@link #MAX_BYTES}, each committed on its own (and retried whole on a transient
         * error); counts are kept only for parts that committed.
         */
        private void runInParts(List<Step> steps, Set<NodeRef> repeated, Set<List<Object>> repeatedRelationships) {
            for (List<Step> part : chunks(steps, Integer.MAX_VALUE, rowsPerTransaction, Step::bytes, Step::rows)) {
                Written written = parts.inTransaction(() -> {
                    // what a part finds is kept only once it commits: a retried part finds it again
                    Ends ends = new Ends(created, located);
                    List<ChangeCounts> counts = part.stream().map(step -> switch (step) {
                        case NodeStep nodes -> writeNodes(nodes, context, ends, repeated);
                        case RelationshipStep relationships ->
                                writeRelationships(relationships, context, ends, repeatedRelationships);
                    }).toList();
                    return new Written(counts, ends);
                });
                created.addAll(written.ends().createdInPart());
                located.putAll(written.ends().locatedInPart());
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
        }
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

    private List<Step> nodeSteps(Collection<NodeRecord> nodes) {
        Map<NodeLabel, Map<Boolean, List<NodeRecord>>> byLabel = nodes.stream()
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
     * The account-linking step after an import ({@link AccountLinks}): the humans this import
     * created find their accounts, whichever import brought them; and when this import created or
     * changed identities, its own accounts drop links their e-mail no longer supports and find
     * their humans. An unchanged account was linked when it was written.
     */
    private AccountLinks.Changes linkAccounts(Map<String, Object> context, Set<NodeRef> created, List<String> accounts,
            ChangeCounts identities) {
        List<String> humans = created.stream().filter(node -> node.label() == NodeLabel.HUMAN).map(NodeRef::id).toList();
        AccountLinks.Changes ofHumans = accountLinks.ofHumans(humans, context);
        if (identities.created() + identities.updated() == 0) {
            return ofHumans;
        }
        AccountLinks.Changes ofAccounts = accountLinks.ofAccounts(accounts, context);
        return new AccountLinks.Changes(ofHumans.linked() + ofAccounts.linked(), ofAccounts.removed());
    }

    private static RelRecord merged(RelRecord earlier, RelRecord later) {
        Map<String, Object> properties = new LinkedHashMap<>(earlier.properties());
        properties.putAll(later.properties());
        return new RelRecord(later.type(), later.from(), later.to(), properties);
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

    private record Written(List<ChangeCounts> counts, Ends ends) {
    }

    /**
     * What one part knows of the nodes relationships may join: those the import created from
     * nothing and the element ids of those it found or created, before this part and in it.
     */
    private record Ends(Set<NodeRef> created, Map<NodeRef, String> located, Set<NodeRef> createdInPart,
            Map<NodeRef, String> locatedInPart) {

        Ends(Set<NodeRef> created, Map<NodeRef, String> located) {
            this(created, located, new HashSet<>(), new HashMap<>());
        }

        boolean created(NodeRef end) {
            NodeRef key = key(end);
            return created.contains(key) || createdInPart.contains(key);
        }

        void found(NodeLabel keyLabel, String id, String element) {
            locatedInPart.put(new NodeRef(keyLabel, id), element);
        }

        String element(NodeRef end) {
            NodeRef key = key(end);
            String element = locatedInPart.get(key);
            return element != null ? element : located.get(key);
        }

        private static NodeRef key(NodeRef end) {
            return new NodeRef(end.label().keyLabel(), end.id());
        }
    }

    /**
     * Reads what the graph holds of the step's nodes and writes only the new and the changed:
     * new ones are created, changed ones (a property, a stale or deleted mark, a stub, another
     * source or scope, another sub-label) set. A node counts as updated when a property changed
     * or it was stale; a stub that gets its description counts as created.
     */
    private ChangeCounts writeNodes(NodeStep step, Map<String, Object> context, Ends ends, Set<NodeRef> repeated) {
        NodeLabel keyLabel = step.label().keyLabel();
        PropertyKeys keys = PropertyKeys.of(step.records().stream().map(NodeRecord::properties));
        Map<String, HeldNode> held = cypher.list(WriterStatements.heldNodes(keyLabel),
                Map.of("ids", step.records().stream().map(NodeRecord::id).toList(), "keys", keys.names()),
                record -> new HeldNode(record.get("id").asString(), record.get("element").asString(),
                        record.get("values").asList(value -> value),
                        new Provenance(record.get("source"), record.get("scope")), record.get("stale").asBoolean(),
                        record.get("deleted").asBoolean(), record.get("stub").asBoolean(), record.get("labels").asList(Value::asString)))
                .stream().collect(Collectors.toMap(HeldNode::id, node -> node));
        held.values().forEach(node -> ends.found(keyLabel, node.id(), node.element()));
        Provenance ours = new Provenance(context);
        List<Map<String, Object>> create = new ArrayList<>();
        List<Map<String, Object>> update = new ArrayList<>();
        long created = 0;
        long updated = 0;
        long counted = 0;
        for (NodeRecord node : step.records()) {
            HeldNode before = held.get(node.id());
            if (repeated.contains(new NodeRef(keyLabel, node.id()))) {
                // given in an earlier part and counted there: written again only where it differs
                if (before == null) {
                    create.add(nodeRow(node));
                } else if (!step.references() && (before.stub() || keys.differ(before.values(), node.properties())
                        || before.otherSubLabel(step.label()))) {
                    update.add(nodeRow(node));
                }
                continue;
            }
            counted++;
            if (before == null) {
                create.add(nodeRow(node));
                ends.createdInPart().add(new NodeRef(keyLabel, node.id()));
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
            Map<String, Object> parameters = new LinkedHashMap<>(context);
            parameters.put("rows", create);
            cypher.list(step.references() ? WriterStatements.createReferences(step.label()) : WriterStatements.createNodes(step.label()),
                    parameters, record -> {
                        ends.found(keyLabel, record.get("id").asString(), record.get("element").asString());
                        return true;
                    });
        }
        if (!update.isEmpty()) {
            run(WriterStatements.updateNodes(step.label()), context, update);
        }
        return ChangeCounts.written(created, updated, counted - created - updated);
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
    private record HeldNode(String id, String element, List<Value> values, Provenance provenance, boolean stale, boolean deleted, boolean stub,
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
    private ChangeCounts writeRelationships(RelationshipStep step, Map<String, Object> context, Ends ends,
            Set<List<Object>> repeated) {
        List<RelRecord> write = new ArrayList<>();
        List<RelRecord> toRead = new ArrayList<>();
        long repeatedRows = 0;
        for (RelRecord rel : step.records()) {
            if (!repeated.isEmpty() && repeated.contains(rel.key())) {
                // given in an earlier part and counted there: merged again, the later properties winning
                write.add(rel);
                repeatedRows++;
            } else if (ends.created(rel.from()) || ends.created(rel.to())) {
                write.add(rel);
            } else {
                toRead.add(rel);
            }
        }
        long createdCount = write.size() - repeatedRows;
        long updated = 0;
        if (!toRead.isEmpty()) {
            PropertyKeys keys = PropertyKeys.of(toRead.stream().map(RelRecord::properties));
            List<Map<String, Object>> between = new ArrayList<>();
            List<Map<String, Object>> byIds = new ArrayList<>();
            for (int i = 0; i < toRead.size(); i++) {
                RelRecord rel = toRead.get(i);
                Map<String, Object> key = new HashMap<>();
                step.type().keyProperties().forEach(property -> key.put(property, rel.properties().get(property)));
                Map<String, Object> row = new HashMap<>(Map.of("i", i, "from", rel.from().id(), "to", rel.to().id(), "props", key));
                (located(row, rel, ends) ? between : byIds).add(row);
            }
            // two relationships may match one key where something outside Oversight added one: either will do
            Map<Integer, HeldRelationship> held = new HashMap<>();
            Map<String, Object> parameters = new HashMap<>(Map.of("keys", keys.names()));
            for (var rows : List.of(Map.entry(WriterStatements.heldRelationshipsBetween(step.type()), between),
                    Map.entry(WriterStatements.heldRelationships(step.type(), step.from(), step.to()), byIds))) {
                if (rows.getValue().isEmpty()) {
                    continue;
                }
                parameters.put("rows", rows.getValue());
                cypher.list(rows.getKey(), parameters, record -> held.putIfAbsent(record.get("i").asInt(),
                        new HeldRelationship(record.get("values").asList(value -> value),
                                new Provenance(record.get("source"), record.get("scope")))));
            }
            Provenance ours = new Provenance(context);
            for (int i = 0; i < toRead.size(); i++) {
                RelRecord rel = toRead.get(i);
                HeldRelationship before = held.get(i);
                if (before == null) {
                    write.add(rel);
                    createdCount++;
                } else if (keys.differ(before.values(), rel.properties())) {
                    write.add(rel);
                    updated++;
                } else if (!before.provenance().equals(ours)) {
                    write.add(rel);
                }
            }
        }
        writeRelationships(step, context, ends, write);
        return ChangeCounts.written(createdCount, updated, step.rows() - repeatedRows - createdCount - updated);
    }

    /**
     * Writes relationships between ends found by element id where both are known, else by their
     * ids; rows whose end was deleted meanwhile (its element id no longer its own) are written
     * again by ids, which MERGE makes harmless for those already written.
     */
    private void writeRelationships(RelationshipStep step, Map<String, Object> context, Ends ends, List<RelRecord> rels) {
        List<Map<String, Object>> between = new ArrayList<>();
        List<Map<String, Object>> byIds = new ArrayList<>();
        for (RelRecord rel : rels) {
            Map<String, Object> row = new HashMap<>(relRow(rel));
            (located(row, rel, ends) ? between : byIds).add(row);
        }
        if (!between.isEmpty()) {
            Map<String, Object> parameters = new LinkedHashMap<>(context);
            parameters.put("rows", between);
            long written = cypher.first(WriterStatements.writeRelationshipsBetween(step.type()), parameters,
                    record -> record.get("written").asLong()).orElse(0L);
            if (written < between.size()) {
                byIds.addAll(between);
            }
        }
        if (!byIds.isEmpty()) {
            run(WriterStatements.writeRelationships(step.type(), step.from(), step.to()), context, byIds);
        }
    }

    /** Adds the element ids of both ends to the row ({@code a}, {@code b}) when the import knows both. */
    private static boolean located(Map<String, Object> row, RelRecord rel, Ends ends) {
        String from = ends.element(rel.from());
        String to = from == null ? null : ends.element(rel.to());
        if (to == null) {
            return false;
        }
        row.put("a", from);
        row.put("b", to);
        return true;
    }

    private record HeldRelationship(List<Value> values, Provenance provenance) {
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
