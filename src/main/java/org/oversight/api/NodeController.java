package org.oversight.api;

import java.util.List;
import java.util.Map;

import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.model.GraphNode;
import org.oversight.model.GraphNodes;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node} and {@code search}: finding any entity by id or by words. */
@Controller
class NodeController {

    static final int MAX_SEARCH_HITS = 100;

    private final CypherClient cypher;
    private final CypherQueries queries;

    NodeController(CypherClient cypher, CypherQueries queries) {
        this.cypher = cypher;
        this.queries = queries;
    }

    @QueryMapping
    GraphNode node(@Argument String id) {
        return cypher.first(queries.get("queries/node"), Map.of("id", id), record -> GraphNodes.toRecord(record.get("n").asNode()))
                .orElse(null);
    }

    @QueryMapping
    List<SearchHit> search(@Argument String text, @Argument Integer first) {
        int limit = first == null ? 20 : first;
        if (limit < 1 || limit > MAX_SEARCH_HITS) {
            throw new InvalidInputException("first", "must be between 1 and " + MAX_SEARCH_HITS + ", was " + limit);
        }
        String query = SearchText.toLucene(text);
        if (query.isEmpty()) {
            throw new InvalidInputException("text", "must contain a letter or digit");
        }
        return cypher.list(queries.get("queries/search"), Map.of("text", query, "limit", limit), record -> new SearchHit(
                GraphNodes.toRecord(record.get("node").asNode()), record.get("score").asDouble()));
    }

    record SearchHit(GraphNode node, double score) {
    }
}
