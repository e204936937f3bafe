package org.oversight.audit;

import static org.oversight.graph.CypherClient.parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.oversight.graph.ChangeCounts;
import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.graph.ImportReport;
import org.oversight.graph.WriteListener;
import org.oversight.security.Caller;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the audit chain in the transaction of the change it records, so a change and its
 * record commit together or not at all. Appends lock the chain's head first: instances sharing a
 * database write one chain. Every write of the graph writer (imports, catalogs, the sample) is
 * recorded here too.
 */
@Component
public class AuditTrail implements WriteListener {

    private final CypherClient cypher;
    private final CypherQueries queries;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;

    AuditTrail(CypherClient cypher, CypherQueries queries, Clock clock) {
        this.cypher = cypher;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * Records that the current caller did {@code action} to {@code subject}. The summary holds
     * what changed, never a secret; its keys are sorted so the hashed text is stable.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEvent record(String action, String subject, Map<String, ?> summary) {
        OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        var head = cypher.first(queries.get("mutations/audit-lock"), Map.of("now", at), r -> Map.entry(
                r.get("sequence").asLong(), r.get("hash").asString())).orElseThrow(() ->
                new IllegalStateException("The audit chain has no head; the schema migrations did not run"));
        String text = json.writeValueAsString(new TreeMap<>(summary == null ? Map.of() : summary));
        AuditEvent event = new AuditEvent(null, head.getKey() + 1, Caller.current().name(), action, subject, text, at,
                head.getValue(), null);
        String hash = hash(event);
        cypher.run(queries.get("mutations/audit-append"), parameters("sequence", event.sequence(),
                "previousHash", event.previousHash(), "hash", hash, "actor", event.actor(), "action", action,
                "subject", subject, "summary", text, "at", at));
        return event;
    }

    /** Every write of the graph writer, in its transaction. */
    @Override
    public void written(ImportReport report) {
        record("import", report.runId(), parameters("source", report.source(), "scope", report.scope(),
                "origin", report.origin(), "sha256", report.sha256(), "snapshot", report.snapshot(),
                "nodes", counts(report.totalNodes()), "relationships", counts(report.totalRelationships()),
                "warnings", report.warnings().size()));
    }

    private static Map<String, Long> counts(ChangeCounts counts) {
        return new TreeMap<>(Map.of("created", counts.created(), "updated", counts.updated(), "unchanged", counts.unchanged(),
                "stale", counts.stale(), "deleted", counts.deleted(), "removed", counts.removed()));
    }

    static String hash(AuditEvent event) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(event.hashed().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
