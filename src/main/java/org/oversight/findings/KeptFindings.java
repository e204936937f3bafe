package org.oversight.findings;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.graph.ImportActivity;
import org.oversight.graph.ImportReport;
import org.oversight.graph.LastTransaction;
import org.oversight.graph.WriteListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The findings of the graph as it is, evaluated once per version of the graph and kept: every
 * rule over a large graph takes seconds to minutes, a lookup in what was kept takes milliseconds.
 * They stay exact. A version is the embedded database's last committed transaction, which every
 * write moves, whoever makes it; with an external server, where that cannot be read, the audit
 * chain's sequence, which every completed import and every mutation advances, with the running
 * imports' heartbeats and the graph's counts of nodes and relationships (query
 * {@code findings/graph-version}). A request that finds the graph at another version has them
 * evaluated again (or waits for the evaluation under way), and so does one that finds the
 * evaluation older than {@code oversight.findings.max-age}, since rules compare dates with the
 * time of evaluation. After an import on this instance the next evaluation starts in the
 * background once imports pause (none has completed for {@link #QUIET}, none is being read on this
 * instance ({@link ImportActivity}) and none is RUNNING in the graph), so
 * whoever asks next finds it ready. Each instance keeps its own;
 * nothing is shared but the graph.
 */
@Component
class KeptFindings implements WriteListener, DisposableBean {

    /** Imports come in series: evaluate once they pause for this long, not after each. */
    static final Duration QUIET = Duration.ofSeconds(3);

    private static final Logger log = LoggerFactory.getLogger(KeptFindings.class);

    /** What the rules found at one version of the graph, in {@link FindingService#KEPT_ORDER}. */
    record Evaluation(Version version, OffsetDateTime evaluatedAt, List<KeptFinding> findings) {
    }

    /** @param transaction the database's last committed transaction, where it tells (embedded), else -1 */
    record Version(long transaction, long sequence, long nodes, long relationships, List<String> running) {
    }

    /** Found when first needed: the rules load from catalogs, which the graph writer (telling us of imports) loads. */
    private final ObjectProvider<RuleEvaluator> evaluator;
    private final ObjectProvider<LastTransaction> lastTransaction;
    private final ImportActivity activity;
    private final CypherClient cypher;
    private final CypherQueries queries;
    private final FindingParameters parameters;
    private final Duration maxAge;
    private final AtomicReference<Evaluation> latest = new AtomicReference<>();
    private final TransactionTemplate transaction;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("findings-refresh").daemon().factory());
    private ScheduledFuture<?> pending;

    KeptFindings(ObjectProvider<RuleEvaluator> evaluator, ObjectProvider<LastTransaction> lastTransaction,
            ImportActivity activity, CypherClient cypher, CypherQueries queries, FindingParameters parameters,
            FindingsProperties properties, PlatformTransactionManager transactions) {
        this.evaluator = evaluator;
        this.lastTransaction = lastTransaction;
        this.activity = activity;
        this.cypher = cypher;
        this.queries = queries;
        this.parameters = parameters;
        this.maxAge = properties.maxAge();
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
        // not spring.transaction.default-timeout, which bounds a query: on a large graph this takes minutes
        this.transaction.setTimeout((int) properties.evaluationTimeout().toSeconds());
    }

    /**
     * The findings of every rule with the given humans treated as leavers, not kept: a what-if is
     * an evaluation too, bounded like one rather than by the query timeout.
     */
    List<KeptFinding> whatIf(List<String> leaving) {
        return transaction.execute(status -> evaluator.getObject().whatIf(leaving));
    }

    /**
     * Every finding of the graph as it is now. Evaluations run one at a time on a thread of their
     * own, in a read transaction of their own (never the caller's, and bounded by
     * {@code oversight.findings.evaluation-timeout}, not the query timeout: on a large graph they
     * take minutes); a caller waits for the one it needs.
     */
    Evaluation current() {
        Evaluation kept = latest.get();
        if (valid(kept, version())) {
            return kept;
        }
        try {
            return background.submit(this::evaluateUnlessValid).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the findings were evaluated", e);
        }
    }

    private Evaluation evaluateUnlessValid() {
        return transaction.execute(status -> {
            // read before the rules run: whatever they read is at least as new as this version
            Version version = version();
            Evaluation kept = latest.get();
            if (valid(kept, version)) {
                return kept;
            }
            // an evaluation of another version is never served again: let it go before the rules
            // run, so that two evaluations of a large graph never share the heap
            latest.set(null);
            long start = System.nanoTime();
            Evaluation fresh = new Evaluation(version, parameters.now(), List.copyOf(evaluator.getObject().evaluate()));
            latest.set(fresh);
            log.debug("Findings evaluated at audit sequence {}: {} in {} ms", version.sequence(), fresh.findings().size(),
                    (System.nanoTime() - start) / 1_000_000);
            return fresh;
        });
    }

    private boolean valid(Evaluation kept, Version version) {
        return kept != null && kept.version().equals(version)
                && !kept.evaluatedAt().plus(maxAge).isBefore(parameters.now());
    }

    private Version version() {
        LastTransaction last = lastTransaction.getIfAvailable();
        long transaction = last == null ? -1 : last.id();
        return cypher.first(queries.get("queries/findings/graph-version"), Map.of(), record -> new Version(transaction,
                record.get("sequence").asLong(), record.get("nodes").asLong(), record.get("relationships").asLong(),
                record.get("running").asList(v -> v.asString()))).orElseThrow();
    }

    /** Told inside the import's last transaction: evaluate once it committed and imports pause. */
    @Override
    public void written(ImportReport report) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refreshSoon();
                }
            });
        } else {
            refreshSoon();
        }
    }

    private synchronized void refreshSoon() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = background.schedule(() -> {
            try {
                // an evaluation beside an import slows both and is stale when the import ends
                if (activity.busy() || !version().running().isEmpty()) {
                    refreshSoon();
                    return;
                }
                evaluateUnlessValid();
            } catch (RuntimeException e) {
                log.debug("Findings not evaluated ahead: {}", e.getMessage());
            }
        }, QUIET.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
