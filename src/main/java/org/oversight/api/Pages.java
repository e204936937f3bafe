package org.oversight.api;

import java.util.HashMap;
import java.util.Map;

import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.model.GraphNode;
import org.oversight.model.GraphNodes;
import org.springframework.stereotype.Component;

/**
 * Runs a connection query of {@code cypher/queries/}: {@code <name>} returns the {@code page},
 * {@code <name>-count} the {@code totalCount}, run only when the request selects it.
 */
@Component
public class Pages {

    private final CypherClient cypher;
    private final CypherQueries queries;

    Pages(CypherClient cypher, CypherQueries queries) {
        this.cypher = cypher;
        this.queries = queries;
    }

    public <T extends GraphNode> Connection<T> fetch(String query, PageRequest page, Map<String, ?> filters,
            Class<T> type) {
        Map<String, Object> parameters = new HashMap<>(filters);
        parameters.putAll(page.parameters());
        long total = !page.withTotal() ? 0 : cypher.first(queries.get(query + "-count"), parameters,
                record -> record.get("totalCount").asLong()).orElse(0L);
        return cypher.first(queries.get(query), parameters, record -> page.toConnection(
                        record.get("page").asList(value -> GraphNodes.toRecord(value.asNode(), type)), total, GraphNode::id))
                .orElseThrow();
    }

    public <T extends GraphNode> Connection<T> fetch(String query, PageRequest page, Class<T> type) {
        return fetch(query, page, Map.of(), type);
    }
}
