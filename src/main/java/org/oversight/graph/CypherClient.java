package org.oversight.graph;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.time.Duration;

import org.neo4j.driver.Record;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs parameterised Cypher and maps driver records, joining the surrounding Spring transaction
 * when there is one. Parameters go to the driver as they are; nothing is spliced into the text.
 * A statement outside any transaction gets one of its own, bounded by
 * {@code oversight.graphql.query-timeout}: Neo4j ends it when it runs longer.
 */
@Component
public class CypherClient {

    private final Neo4jClient neo4j;
    private final TransactionTemplate reads;
    private final TransactionTemplate writes;

    CypherClient(Neo4jClient neo4j, PlatformTransactionManager transactions,
            @Value("${oversight.graphql.query-timeout:30s}") Duration timeout) {
        this.neo4j = neo4j;
        this.reads = template(transactions, timeout, true);
        this.writes = template(transactions, timeout, false);
    }

    /**
     * Every record mapped, one at a time as the driver fetches them: the driver's own
     * {@code list(mapper)} holds every record of the result before it maps the first, which for a
     * rule over a million credentials is gigabytes of nodes the mapper reduces to ids.
     */
    public <T> List<T> list(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
        return bounded(reads, () -> neo4j.delegateTo(runner -> {
            var result = runner.run(cypher, asObjects(parameters));
            List<T> mapped = new ArrayList<>();
            while (result.hasNext()) {
                mapped.add(mapper.apply(result.next()));
            }
            return Optional.of(mapped);
        }).run().orElseThrow());
    }

    /** The first record mapped, or empty when the query returns none. */
    public <T> Optional<T> first(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
        return bounded(reads, () -> neo4j.delegateTo(runner -> {
            var result = runner.run(cypher, asObjects(parameters));
            return result.hasNext() ? Optional.of(mapper.apply(result.next())) : Optional.<T>empty();
        }).run());
    }

    /** As {@link #first}, for a statement that writes: outside a transaction it gets a read-write one. */
    public <T> Optional<T> write(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
        return bounded(writes, () -> neo4j.delegateTo(runner -> {
            var result = runner.run(cypher, asObjects(parameters));
            return result.hasNext() ? Optional.of(mapper.apply(result.next())) : Optional.<T>empty();
        }).run());
    }

    public ResultSummary run(String cypher, Map<String, ?> parameters) {
        return bounded(writes, () -> neo4j.delegateTo(runner -> Optional.of(runner.run(cypher, asObjects(parameters)).consume()))
                .run().orElseThrow());
    }

    /** In the surrounding transaction if there is one, else in a transaction of its own with the timeout. */
    private static <T> T bounded(TransactionTemplate template, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        return template.execute(status -> work.get());
    }

    private static TransactionTemplate template(PlatformTransactionManager transactions, Duration timeout, boolean readOnly) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setTimeout((int) Math.max(1, timeout.toSeconds()));
        template.setReadOnly(readOnly);
        return template;
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
