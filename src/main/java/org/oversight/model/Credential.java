package org.oversight.model;

import java.time.OffsetDateTime;

/**
 * A credential's metadata.
 *
 * @param statedStatus the status its provider states (AWS: Active or Inactive), or null where the
 *                     provider states none (Entra): it is then derived when read, see {@link #statusAt}
 */
public record Credential(String id, Provenance provenance, String name, String kind, OffsetDateTime createdAt,
        OffsetDateTime expiresAt, OffsetDateTime lastRotatedAt, OffsetDateTime lastUsedAt, String statedStatus,
        boolean revocationRequested) implements GraphNode {

    static Credential from(String id, Props p) {
        return new Credential(id, Provenance.of(p), p.string("name"), p.string("kind"), p.time("createdAt"),
                p.time("expiresAt"), p.time("lastRotatedAt"), p.time("lastUsedAt"), p.string("status"),
                p.time("revocationRequestedAt") != null);
    }

    /**
     * The status at a moment: the provider's where it states one; otherwise EXPIRED once
     * {@code expiresAt} has passed and ACTIVE before. An active credential an attestation decided
     * to revoke is PENDING_REVOCATION. A status that depends on time is never stored, as it would
     * go stale; the Cypher of listings and rules reads it the same way (docs/graph-model.md,
     * "Credential status").
     */
    public String statusAt(OffsetDateTime now) {
        String status = statedStatus != null ? statedStatus
                : expiresAt != null && expiresAt.isBefore(now) ? "EXPIRED" : "ACTIVE";
        return Revocation.status(status, revocationRequested);
    }
}
