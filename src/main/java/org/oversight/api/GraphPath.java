package org.oversight.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.oversight.model.GraphNode;
import org.oversight.model.GraphNodes;

/**
 * Nodes and relationships a UI can draw: the evidence of a finding, merged from the paths a rule
 * returns. Bookkeeping properties of relationships (import runs, timestamps) are left out.
 */
public record GraphPath(List<GraphNode> nodes, List<Edge> edges) {

    /** One relationship as stored: from its start node to its end node, with its own properties. */
    public record Edge(String type, String from, String to, List<Property> properties) {
    }

    /** A property of a relationship, as text. */
    public record Property(String key, String value) {
    }

    private static final List<String> BOOKKEEPING = List.of("firstSeen", "lastSeen", "importSource", "importScope",
            "lastRunId");

    /** The subject first, then every node and relationship of the paths, each once. */
    public static GraphPath of(Node subject, Value paths) {
        return of(subject, paths, GraphNodes::toRecord);
    }

    /**
     * As {@link #of(Node, Value)}, with nodes made into records by {@code records}: whoever builds
     * many paths over the same nodes can hand out one record per node.
     */
    public static GraphPath of(Node subject, Value paths, Function<Node, GraphNode> records) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        add(subject, nodes, ids, records);
        Map<String, Edge> edges = new LinkedHashMap<>();
        List<Path> all = paths == null || paths.isNull() ? List.of() : paths.asList(Value::asPath);
        for (Path path : all) {
            path.nodes().forEach(node -> add(node, nodes, ids, records));
            for (Relationship relationship : path.relationships()) {
                String from = ids.get(relationship.startNodeElementId());
                String to = ids.get(relationship.endNodeElementId());
                if (from != null && to != null) {
                    edges.putIfAbsent(relationship.elementId(), new Edge(relationship.type(), from, to,
                            properties(relationship.asMap())));
                }
            }
        }
        return new GraphPath(new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()));
    }

    private static void add(Node node, Map<String, GraphNode> nodes, Map<String, String> ids,
            Function<Node, GraphNode> records) {
        if (nodes.containsKey(node.elementId())) {
            return;
        }
        try {
            GraphNode record = records.apply(node);
            nodes.put(node.elementId(), record);
            ids.put(node.elementId(), record.id());
        } catch (IllegalArgumentException e) {
            // a node the API has no type for (an import run ...): nothing a UI could show
        }
    }

    private static List<Property> properties(Map<String, Object> values) {
        List<Property> properties = new ArrayList<>();
        new TreeMap<>(values).forEach((key, value) -> {
            if (!BOOKKEEPING.contains(key) && value != null) {
                properties.add(new Property(key, String.valueOf(value)));
            }
        });
        return properties;
    }
}
