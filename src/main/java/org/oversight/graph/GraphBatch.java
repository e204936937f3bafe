package org.oversight.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What one import hands to the {@link GraphWriter}: neutral nodes and relationships keyed by
 * label/type and ids, plus where they came from. Importers build it without any database, so
 * they are tested with files alone.
 *
 * <p>A node or relationship given twice is kept once, the later properties winning; a reference
 * never overrides a full description of the same node.
 *
 * <p>A builder holds every record by default. For files too large to hold, it can instead hold at
 * most a number of records and then let them all go, still taking (and so validating) the rest
 * ({@link Builder#holdAtMost}), or hand what it holds to the writer whenever it holds enough
 * ({@link Builder#streamTo}); the writer keeps the "given twice" rule across those parts.
 */
public final class GraphBatch {

    private final String source;
    private final String scope;
    private final List<String> scopes;
    private final boolean snapshot;
    private final String origin;
    private final String sha256;
    private final Integer graceDays;
    private final Set<NodeLabel> snapshotLabels;
    private final Set<RelType> snapshotTypes;
    private final Map<NodeRef, NodeRecord> nodes;
    private final Map<List<Object>, RelRecord> relationships;
    private final List<ImportWarning> warnings;
    private final boolean whole;

    private GraphBatch(Builder builder) {
        this.source = builder.source;
        this.scope = builder.scope;
        this.scopes = List.copyOf(builder.scopes);
        this.snapshot = builder.snapshot;
        this.origin = builder.origin;
        this.sha256 = builder.sha256;
        this.graceDays = builder.graceDays;
        this.snapshotLabels = Set.copyOf(builder.snapshotLabels);
        this.snapshotTypes = Set.copyOf(builder.snapshotTypes);
        this.nodes = new LinkedHashMap<>(builder.nodes);
        this.relationships = new LinkedHashMap<>(builder.relationships);
        this.warnings = List.copyOf(builder.warnings);
        this.whole = !builder.letGo;
    }

    public static Builder builder(String source) {
        return new Builder(source);
    }

    /** The import source, e.g. {@code aws-iam}; nodes remember the last source that described them. */
    public String source() {
        return source;
    }

    /** Which part of the source this is (an AWS account, a cluster), or null; snapshots reconcile per scope. */
    public String scope() {
        return scope;
    }

    /**
     * The scopes of an input that holds several (a merged export of several AWS accounts), when
     * the importer was not told which one to read: the input is then imported once per scope, as
     * its own run, and this batch holds nothing. Empty for an input of one scope.
     */
    public List<String> scopes() {
        return scopes;
    }

    /** Whether the input is a full snapshot of its source scope, so that what it lacks is stale. */
    public boolean snapshot() {
        return snapshot;
    }

    /** The input's name (a file name), for the import record. */
    public String origin() {
        return origin;
    }

    public String sha256() {
        return sha256;
    }

    /** With a snapshot: days after which stale nodes are marked deleted; null = never. */
    public Integer graceDays() {
        return graceDays;
    }

    /**
     * False when the builder held too many records and let them go ({@link Builder#holdAtMost}):
     * the batch then says only what the input is (source, scope, snapshot, warnings), and the
     * input is read again and streamed.
     */
    public boolean whole() {
        return whole;
    }

    /** A builder that starts as this batch's input: source, scope, snapshot and input, no records. */
    public Builder sameInput() {
        Builder copy = builder(source).scope(scope).origin(origin).sha256(sha256).graceDays(graceDays);
        copy.snapshot = snapshot;
        copy.snapshotLabels.addAll(snapshotLabels);
        copy.snapshotTypes.addAll(snapshotTypes);
        return copy;
    }

    /** Labels a snapshot covers: nodes of these labels from this source and scope not in it become stale. */
    public Set<NodeLabel> snapshotLabels() {
        return snapshotLabels;
    }

    /** Relationship types a snapshot covers: edges of these types from this source and scope not in it are removed. */
    public Set<RelType> snapshotTypes() {
        return snapshotTypes;
    }

    public Collection<NodeRecord> nodes() {
        return nodes.values();
    }

    public Collection<RelRecord> relationships() {
        return relationships.values();
    }

    public List<ImportWarning> warnings() {
        return warnings;
    }

    public boolean contains(NodeRef ref) {
        return nodes.containsKey(new NodeRef(ref.label().keyLabel(), ref.id()));
    }

    public static final class Builder {

        private final String source;
        private String scope;
        private final List<String> scopes = new ArrayList<>();
        private boolean snapshot;
        private String origin;
        private String sha256;
        private Integer graceDays;
        private final Set<NodeLabel> snapshotLabels = EnumSet.noneOf(NodeLabel.class);
        private final Set<RelType> snapshotTypes = EnumSet.noneOf(RelType.class);
        private final Map<NodeRef, NodeRecord> nodes = new LinkedHashMap<>();
        private final Map<List<Object>, RelRecord> relationships = new LinkedHashMap<>();
        private final List<ImportWarning> warnings = new ArrayList<>();
        private int holdAtMost = Integer.MAX_VALUE;
        private Consumer<GraphBatch> stream;
        private boolean letGo;

        private Builder(String source) {
            if (source == null || !source.matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalArgumentException("Import source names are lower-case words joined by '-', not: " + source);
            }
            this.source = source;
        }

        /** A blank scope is no scope: both reconcile the source as a whole. */
        public Builder scope(String scope) {
            this.scope = scope == null || scope.isBlank() ? null : scope;
            return this;
        }

        /** Says the input holds these several scopes, each to be read on its own; see {@link GraphBatch#scopes()}. */
        public Builder scopes(Collection<String> scopes) {
            if (scopes.size() < 2) {
                throw new IllegalArgumentException("An input of several scopes holds two or more, not " + scopes);
            }
            this.scopes.clear();
            this.scopes.addAll(scopes);
            return this;
        }

        /**
         * Marks the input as a full snapshot of its scope for the given labels and types: what
         * the graph holds from this source and scope but the input lacks becomes stale.
         */
        public Builder snapshot(Collection<NodeLabel> labels, Collection<RelType> types) {
            this.snapshot = true;
            labels.forEach(label -> snapshotLabels.add(label.keyLabel()));
            snapshotTypes.addAll(types);
            return this;
        }

        public Builder origin(String origin) {
            this.origin = origin;
            return this;
        }

        public Builder sha256(String sha256) {
            this.sha256 = sha256;
            return this;
        }

        public Builder graceDays(Integer graceDays) {
            if (graceDays != null && graceDays < 0) {
                throw new IllegalArgumentException("A grace period is zero or more days, not " + graceDays);
            }
            this.graceDays = graceDays;
            return this;
        }

        /**
         * Holds at most this many records: beyond them the builder lets every record go and only
         * takes the rest (so an importer still validates them); the batch it builds is then not
         * {@link GraphBatch#whole()}.
         */
        public Builder holdAtMost(int records) {
            this.holdAtMost = Math.max(1, records);
            return this;
        }

        /**
         * Hands what it holds to {@code part} whenever it holds this many records, and the rest on
         * {@link #build()}: each part is a batch of this builder's input (warnings stay with the
         * builder), so an import is written while it is read.
         */
        public Builder streamTo(int records, Consumer<GraphBatch> part) {
            this.holdAtMost = Math.max(1, records);
            this.stream = part;
            return this;
        }

        public Builder node(NodeLabel label, String id, Map<String, Object> properties) {
            return add(new NodeRecord(label, id, properties, false));
        }

        /** A node this source only points at; see {@link NodeRecord#reference()}. */
        public Builder reference(NodeLabel label, String id, Map<String, Object> properties) {
            return add(new NodeRecord(label, id, properties, true));
        }

        public Builder add(NodeRecord record) {
            if (letGo) {
                return this;
            }
            NodeRef key = new NodeRef(record.label().keyLabel(), record.id());
            NodeRecord existing = nodes.get(key);
            if (existing == null) {
                nodes.put(key, record);
            } else if (record.reference() && !existing.reference()) {
                return this;
            } else {
                Map<String, Object> merged = new LinkedHashMap<>(existing.properties());
                merged.putAll(record.properties());
                NodeLabel label = record.label().isSubLabel() || !existing.label().isSubLabel()
                        ? record.label() : existing.label();
                nodes.put(key, new NodeRecord(label, record.id(), merged, record.reference()));
            }
            return heldEnough();
        }

        public Builder relationship(RelType type, NodeRef from, NodeRef to, Map<String, Object> properties) {
            return add(new RelRecord(type, from, to, properties));
        }

        public Builder relationship(RelType type, NodeRef from, NodeRef to) {
            return relationship(type, from, to, Map.of());
        }

        public Builder add(RelRecord record) {
            if (letGo) {
                return this;
            }
            List<Object> key = record.key();
            RelRecord existing = relationships.get(key);
            if (existing != null) {
                Map<String, Object> merged = new LinkedHashMap<>(existing.properties());
                merged.putAll(record.properties());
                record = new RelRecord(record.type(), record.from(), record.to(), merged);
            }
            relationships.put(key, record);
            return heldEnough();
        }

        private Builder heldEnough() {
            if (nodes.size() + relationships.size() < holdAtMost) {
                return this;
            }
            if (stream != null) {
                stream.accept(part());
            } else {
                letGo = true;
            }
            nodes.clear();
            relationships.clear();
            return this;
        }

        private GraphBatch part() {
            List<ImportWarning> kept = List.copyOf(warnings);
            warnings.clear();
            GraphBatch part = new GraphBatch(this);
            warnings.addAll(kept);
            return part;
        }

        public Builder warn(String location, String message) {
            warnings.add(new ImportWarning(Objects.requireNonNull(location), Objects.requireNonNull(message)));
            return this;
        }

        /** The batch; when streaming, the last part, handed over like the others, and then the batch of warnings. */
        public GraphBatch build() {
            if (stream != null && !(nodes.isEmpty() && relationships.isEmpty())) {
                stream.accept(part());
                nodes.clear();
                relationships.clear();
            }
            return new GraphBatch(this);
        }
    }
}
