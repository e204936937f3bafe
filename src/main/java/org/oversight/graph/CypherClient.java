package org.oversight.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Runs parameterised Cypher and maps driver records, joining the surrounding Spring transaction
 * when there is one. Parameters go to the driver as they are; nothing is spliced into the text.
 */
@Component
public class CypherClient {

    private final Neo4jClient neo4j;

    CypherClient(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public <T> List<T> list(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
        return neo4j.delegateTo(runner -> Optional.of(runner.run(cypher, asObjects(parameters)).list(mapper::apply)))
                .run().orElseThrow();
    }

    /** The first record mapped, or empty when the query returns none. */
    public <T> Optional<T> first(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
        return neo4j.delegateTo(runner -> {
            var result = runner.run(cypher, asObjects(parameters));
            return result.hasNext() ? Optional.of(mapper.apply(result.next())) : Optional.<T>empty();
        }).run();
    }

    public ResultSummary run(String cypher, Map<String, ?> parameters) {
        return neo4j.delegateTo(runner -> Optional.of(runner.run(cypher, asObjects(parameters)).consume()))
                .run().orElseThrow();
    }

    /** The columns a statement returns, from its plan alone: it is compiled, not run. */
    public List<String> columns(String cypher, Map<String, ?> parameters) {
        return neo4j.delegateTo(runner -> Optional.of(runner.run("EXPLAIN " + cypher, asObjects(parameters)).keys()))
                .run().orElseThrow();
    }

    /**
     * Parameters from alternating names and values. Unlike {@code Map.of} it takes nulls: the
     * queries read a null filter as "any".
     */
    public static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObjects(Map<String, ?> parameters) {
        return (Map<String, Object>) parameters;
    }
}
