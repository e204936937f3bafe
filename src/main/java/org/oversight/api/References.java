package org.oversight.api;

import java.util.List;
import java.util.Map;

import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.graph.NodeLabel;
import org.oversight.model.GraphNode;
import org.oversight.model.GraphNodes;
import org.springframework.stereotype.Component;

/**
 * Finds what an argument refers to, by id among the labels it may have, naming the argument when
 * nothing is found: stewardship writes check their references with it, analytics their subjects.
 */
@Component
public class References {

    /** A node found by id, with the element id the same transaction can address it by. */
    public record Found(GraphNode node, String elementId) {
    }

    private final CypherClient cypher;
    private final CypherQueries queries;

    References(CypherClient cypher, CypherQueries queries) {
        this.cypher = cypher;
        this.queries = queries;
    }

    public Found require(String field, String id, NodeLabel label) {
        return require(field, id, List.of(label));
    }

    public Found require(String field, String id, List<NodeLabel> labels) {
        List<String> names = labels.stream().map(NodeLabel::cypherName).toList();
        return cypher.first(queries.get("queries/find-node"), Map.of("id", id, "labels", names),
                        record -> new Found(GraphNodes.toRecord(record.get("n").asNode()),
                                record.get("elementId").asString()))
                .orElseThrow(() -> new NotFoundException(field, String.join(" or ", names), id));
    }
}
