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

    /** One relationship with the nodes at its ends, as a path or a lookup by element id returns it. */
    public record Link(Node start, Relationship relationship, Node end) {
    }

    /** The links of the paths a rule returns, in order. */
    public static List<Link> links(Value paths) {
        List<Link> links = new ArrayList<>();
        List<Path> all = paths == null || paths.isNull() ? List.of() : paths.asList(Value::asPath);
        for (Path path : all) {
            path.forEach(segment -> links.add(new Link(segment.start(), segment.relationship(), segment.end())));
        }
        return links;
    }

    /**
     * The subject first, then the nodes and relationships of the links, each once; nodes are made
     * into records by {@code records}, so whoever builds many paths can hand out one record per node.
     */
    public static GraphPath of(Node subject, List<Link> links, Function<Node, GraphNode> records) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        add(subject, nodes, ids, records);
        Map<String, Edge> edges = new LinkedHashMap<>();
        for (Link link : links) {
            add(link.start(), nodes, ids, records);
            add(link.end(), nodes, ids, records);
            Relationship relationship = link.relationship();
            String from = ids.get(relationship.startNodeElementId());
            String to = ids.get(relationship.endNodeElementId());
            if (from != null && to != null) {
                edges.putIfAbsent(relationship.elementId(), new Edge(relationship.type(), from, to,
                        properties(relationship.asMap())));
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
