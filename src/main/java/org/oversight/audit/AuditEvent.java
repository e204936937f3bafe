package org.oversight.audit;

import java.time.OffsetDateTime;

/** One entry of the audit chain: who did what to which subject, linked to the entry before it by hash. */
public record AuditEvent(String id, long sequence, String actor, String action, String subject, String summary,
        OffsetDateTime at, String previousHash, String hash) {

    /**
     * The text the hash covers: every field but the hash itself, in a fixed order, each on its own
     * line so no field can run into the next.
     */
    String hashed() {
        return String.join("\n", Long.toString(sequence), previousHash, at.toInstant().toString(), actor, action,
                subject == null ? "" : subject, summary);
    }
}
