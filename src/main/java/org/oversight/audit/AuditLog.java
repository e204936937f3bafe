package org.oversight.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.oversight.api.Connection;
import org.oversight.api.PageRequest;
import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.model.Props;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit chain: the log, its head, and a check that every link still holds. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    static final int VERIFY_BATCH = 5_000;

    /** The outcome of a check: OK, or the first sequence number whose event no longer fits the chain. */
    public record Verification(boolean ok, long checked, Long brokenAt, String reason, String headHash) {
    }

    /** The latest link, to anchor elsewhere (a ticket, a signed e-mail, a timestamping service). */
    public record Head(long sequence, String hash, OffsetDateTime at) {
    }

    private final CypherClient cypher;
    private final CypherQueries queries;

    AuditLog(CypherClient cypher, CypherQueries queries) {
        this.cypher = cypher;
        this.queries = queries;
    }

    public Connection<AuditEvent> events(String subject, String actor, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after);
        Map<String, Object> parameters = page.parameters();
        parameters.put("subject", subject);
        parameters.put("actor", actor);
        return cypher.first(queries.get("queries/audit-log"), parameters, record -> page.toConnection(
                record.get("page").asList(AuditLog::event), record.get("totalCount").asLong(), AuditEvent::id)).orElseThrow();
    }

    public Head head() {
        return cypher.first(queries.get("queries/audit-head"), Map.of(), r -> new Head(r.get("sequence").asLong(),
                r.get("hash").asString(), r.get("at").isNull() ? null : r.get("at").asZonedDateTime().toOffsetDateTime()))
                .orElseThrow();
    }

    /**
     * Recomputes every event's hash in sequence order and checks that each names the hash before
     * it, that no sequence number is missing, and that the head is the last event.
     */
    public Verification verify() {
        String previous = GENESIS;
        long expected = 1;
        long checked = 0;
        while (true) {
            List<AuditEvent> batch = cypher.list(queries.get("queries/audit-range"),
                    Map.of("from", expected, "limit", VERIFY_BATCH), r -> event(r.get("e")));
            for (AuditEvent event : batch) {
                if (event.sequence() != expected) {
                    return broken(checked, expected, "event " + expected + " is missing");
                }
                if (!event.previousHash().equals(previous)) {
                    return broken(checked, event.sequence(), "it does not name the hash of event " + (expected - 1));
                }
                if (!AuditTrail.hash(event).equals(event.hash())) {
                    return broken(checked, event.sequence(), "its content no longer matches its hash");
                }
                previous = event.hash();
                expected++;
                checked++;
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        Head head = head();
        if (head.sequence() != checked || !head.hash().equals(previous)) {
            return broken(checked, checked + 1, "the chain's head (" + head.sequence() + ") is not its last event");
        }
        return new Verification(true, checked, null, "all " + checked + " events are linked and unchanged", head.hash());
    }

    private static Verification broken(long checked, long at, String why) {
        return new Verification(false, checked, at, "broken at event " + at + ": " + why, null);
    }

    private static AuditEvent event(Value value) {
        Props p = new Props(value.asMap());
        return new AuditEvent(p.string("id"), value.get("sequence").asLong(), p.string("actor"), p.string("action"),
                p.string("subject"), p.string("summary"), p.time("at"), p.string("previousHash"), p.string("hash"));
    }
}
