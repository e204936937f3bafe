package org.oversight.graph;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a snapshot no longer contains, found after every part of the import committed: the nodes
 * and relationships its source and scope wrote before, read by index, less the ones the snapshot
 * holds. Those nodes become stale (and deleted after the grace period), those relationships are
 * removed, in bounded transactions. Comparing ids rather than stamping every row with the run
 * means unchanged rows need no write at all.
 */
@Component
class SnapshotReconciler {

    private final CypherClient cypher;
    private final Parts parts;
    private final int rowsPerTransaction;

    SnapshotReconciler(CypherClient cypher, Parts parts,
            @Value("${oversight.import.rows-per-transaction:10000}") int rowsPerTransaction) {
        this.cypher = cypher;
        this.parts = parts;
        this.rowsPerTransaction = rowsPerTransaction;
    }

    /**
     * {@code given}: the nodes the import gave, true for a full description (a reference says
     * nothing of whether its node is still there); {@code written}: keys of the relationships it
     * wrote ({@link RelRecord#key()}).
     */
    void reconcile(GraphBatch batch, Map<NodeRef, Boolean> given, Set<List<Object>> written, Map<String, Object> context,
            Map<String, ChangeCounts> nodeCounts, Map<String, ChangeCounts> relCounts) {
        boolean scoped = batch.scope() != null;
        Map<String, Object> parameters = new LinkedHashMap<>(context);
        if (batch.graceDays() != null) {
            parameters.put("deleteStaleBefore", ((OffsetDateTime) context.get("now")).minusDays(batch.graceDays()));
        }
        Set<NodeLabel> labels = batch.snapshotLabels().stream().map(NodeLabel::keyLabel)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NodeLabel.class)));
        // what the graph holds of this source and scope, read in one transaction: most imports change nothing here
        Map<NodeLabel, List<String>> goneNodes = new EnumMap<>(NodeLabel.class);
        Map<RelType, List<String>> goneRelationships = new EnumMap<>(RelType.class);
        parts.inTransaction(() -> {
            goneNodes.clear();
            goneRelationships.clear();
            for (NodeLabel label : labels) {
                goneNodes.put(label, goneNodes(given, label, scoped, parameters));
            }
            for (RelType type : batch.snapshotTypes()) {
                goneRelationships.put(type, goneRelationships(type, written, scoped, parameters));
            }
            return null;
        });
        for (NodeLabel label : labels) {
            long stale = 0;
            for (List<String> chunk : GraphWriter.chunks(goneNodes.get(label), rowsPerTransaction)) {
                Map<String, Object> marking = new LinkedHashMap<>(parameters);
                marking.put("ids", chunk);
                stale += parts.inTransaction(() -> cypher.first(WriterStatements.markStale(label), marking,
                        record -> record.get("stale").asLong()).orElse(0L));
            }
            long deleted = batch.graceDays() == null ? 0
                    : parts.repeat(WriterStatements.markDeletedNodes(label, scoped), parameters, "deleted", rowsPerTransaction);
            nodeCounts.merge(label.cypherName(), new ChangeCounts(0, 0, 0, stale, deleted, 0), ChangeCounts::plus);
        }
        for (RelType type : batch.snapshotTypes()) {
            long removed = 0;
            for (List<String> chunk : GraphWriter.chunks(goneRelationships.get(type), rowsPerTransaction)) {
                removed += parts.inTransaction(() -> cypher.first(WriterStatements.removeRelationships(),
                        Map.of("relationships", chunk), record -> record.get("removed").asLong()).orElse(0L));
            }
            relCounts.merge(type.name(), new ChangeCounts(0, 0, 0, 0, 0, removed), ChangeCounts::plus);
        }
    }

    /** Ids of the label that the source and scope hold current and the snapshot lacks. */
    private List<String> goneNodes(Map<NodeRef, Boolean> given, NodeLabel label, boolean scoped, Map<String, Object> parameters) {
        Set<String> contained = given.entrySet().stream()
                .filter(node -> node.getValue() && node.getKey().label() == label)
                .map(node -> node.getKey().id()).collect(Collectors.toSet());
        List<String> gone = new ArrayList<>();
        // every node the snapshot holds is current now, so when the counts agree nothing is gone
        if (current(WriterStatements.currentNodeCount(label, scoped), parameters) == contained.size()) {
            return gone;
        }
        for (String id : cypher.list(WriterStatements.currentNodeIds(label, scoped), parameters, record -> record.get("id").asString())) {
            if (!contained.contains(id)) {
                gone.add(id);
            }
        }
        return gone;
    }

    /** Element ids of the relationships of the type that the source and scope wrote and the snapshot lacks. */
    private List<String> goneRelationships(RelType type, Set<List<Object>> written, boolean scoped,
            Map<String, Object> parameters) {
        Set<List<Object>> contained = written.stream().filter(key -> key.getFirst() == type)
                .collect(Collectors.toCollection(HashSet::new));
        List<String> gone = new ArrayList<>();
        if (current(WriterStatements.currentRelationshipCount(type, scoped), parameters) == contained.size()) {
            return gone;
        }
        cypher.list(WriterStatements.currentRelationships(type, scoped), parameters, record -> {
            List<Object> key = RelRecord.key(type, keyLabel(record.get("fromLabels").asList(v -> v.asString())),
                    record.get("from").asString(null), keyLabel(record.get("toLabels").asList(v -> v.asString())),
                    record.get("to").asString(null), keyProperties(type, record.get("key").asList(v -> v.asObject())));
            if (!contained.contains(key)) {
                gone.add(record.get("relationship").asString());
            }
            return key;
        });
        return gone;
    }

    private long current(String count, Map<String, Object> parameters) {
        return cypher.first(count, parameters, record -> record.get("current").asLong()).orElse(0L);
    }

    private static Map<String, Object> keyProperties(RelType type, List<Object> values) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < type.keyProperties().size(); i++) {
            properties.put(type.keyProperties().get(i), values.get(i));
        }
        return properties;
    }

    /** A node's key label among its labels; a node of no model label matches nothing the snapshot holds. */
    private static NodeLabel keyLabel(List<String> labels) {
        for (NodeLabel label : NodeLabel.values()) {
            if (!label.isSubLabel() && labels.contains(label.cypherName())) {
                return label;
            }
        }
        return NodeLabel.IMPORT_RUN;
    }
}
