package org.oversight.graph;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One part of an import, in a transaction of its own bounded by {@code oversight.import.transaction-timeout},
 * retried with backoff when the failure is transient (a deadlock, a cluster leader switch, a race
 * with another import to create the same node).
 */
@Component
public class Parts {

    static final int ATTEMPTS = 6;
    private static final String CREATED_MEANWHILE = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private static final Logger log = LoggerFactory.getLogger(Parts.class);

    private final TransactionTemplate transaction;
    private final CypherClient cypher;

    Parts(PlatformTransactionManager transactions, CypherClient cypher,
            @Value("${oversight.import.transaction-timeout:1h}") Duration timeout) {
        this.transaction = new TransactionTemplate(transactions);
        // imports are bounded by their own timeout, not by the one of queries
        this.transaction.setTimeout((int) timeout.toSeconds());
        this.cypher = cypher;
    }

    public <T> T inTransaction(Supplier<T> work) {
        long pause = 100;
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                log.info("A part of an import met a transient error ({}); trying again in {} ms", e.getMessage(), pause);
                sleep(pause);
                pause = Math.min(5_000, pause * 2);
            }
        }
    }

    /**
     * Runs a statement that changes at most {@code $limit} rows and returns how many in {@code column},
     * part after part, until a part changes fewer: reconciliation of any size in bounded transactions.
     */
    long repeat(String statement, Map<String, Object> parameters, String column, int limit) {
        Map<String, Object> bounded = new LinkedHashMap<>(parameters);
        bounded.put("limit", limit);
        long total = 0;
        while (true) {
            long changed = inTransaction(() -> cypher.first(statement, bounded, record -> record.get(column).asLong()).orElse(0L));
            total += changed;
            if (changed < limit) {
                return total;
            }
        }
    }

    /**
     * Transient: what Neo4j calls retryable, and a node another import created between this part's
     * read and its create (the id constraint refuses the second); the retry reads it as held.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetryableException
                    || cause instanceof Neo4jException neo4j && CREATED_MEANWHILE.equals(neo4j.code())) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a part of an import", e);
        }
    }
}
