package org.oversight.graph;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Component;

/**
 * How stewards write the graph through the API, with the bookkeeping the {@link GraphWriter}
 * keeps for imports ({@link WriterStatements}, docs/graph-model.md, "Stewards' writes"): a
 * mutation describes or edits its node and writes its relationships here, then sets what is its
 * own. Runs in the caller's transaction, so a mutation and its audit entry still commit together.
 */
@Component
public class StewardWrites {

    /** The {@code source} of nodes and {@code importSource} of relationships stewards create. */
    public static final String SOURCE = "steward";

    /** A relationship as written: its ends and its properties. */
    public record Written(Node from, Map<String, Object> properties, Node to) {
    }

    private final CypherClient cypher;

    StewardWrites(CypherClient cypher) {
        this.cypher = cypher;
    }

    /**
     * Describes the node of this label and id: creates it with {@code created} as its first
     * values, or revives it as it is (no longer stale, deleted, a stub or external). Returns its
     * element id.
     */
    public String describe(NodeLabel label, String id, Map<String, ?> created, OffsetDateTime now) {
        return cypher.write(WriterStatements.stewardDescribes(label), Map.of("id", id, "created", created, "now", now,
                "steward", SOURCE), record -> record.get("element").asString()).orElseThrow();
    }

    /** Stamps {@code lastSeen} on an existing node a steward changed without describing it. */
    public void edit(NodeLabel label, String id, OffsetDateTime now) {
        cypher.write(WriterStatements.stewardEdits(label), Map.of("id", id, "now", now),
                record -> record.get("element").asString())
                .orElseThrow(() -> new IllegalStateException("no " + label + " " + id + " to edit"));
    }

    /**
     * Writes relationships of a type without key properties from one node to each of the others
     * (element ids); one an import wrote stays that import's.
     */
    public void relate(RelType type, String from, List<String> to, OffsetDateTime now) {
        if (!type.keyProperties().isEmpty()) {
            throw new IllegalArgumentException(type + " relationships are told apart by " + type.keyProperties()
                    + "; a steward claims them");
        }
        if (!to.isEmpty()) {
            cypher.run(WriterStatements.stewardRelationships(type, false), Map.of("from", from, "to", to,
                    "key", Map.of(), "created", Map.of(), "props", Map.of(), "now", now, "steward", SOURCE));
        }
    }

    /**
     * Writes one relationship (ends by element id; {@code key} its key properties) as the stewards'
     * from now on: with {@code created} if it is new and {@code props} either way; {@code props}
     * removes the properties it maps to null.
     */
    public Written claim(RelType type, String from, String to, Map<String, ?> key, Map<String, ?> created,
            Map<String, ?> props, OffsetDateTime now) {
        if (!key.keySet().equals(Set.copyOf(type.keyProperties()))) {
            throw new IllegalArgumentException(type + " is keyed by " + type.keyProperties() + ", not " + key.keySet());
        }
        return cypher.write(WriterStatements.stewardRelationships(type, true), Map.of("from", from, "to", List.of(to),
                        "key", key, "created", created, "props", props, "now", now, "steward", SOURCE),
                record -> new Written(record.get("a").asNode(), record.get("r").asRelationship().asMap(),
                        record.get("b").asNode()))
                .orElseThrow(() -> new IllegalStateException("no node " + from + " or " + to + " to claim " + type + " between"));
    }
}
