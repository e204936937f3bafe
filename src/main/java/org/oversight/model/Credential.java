package org.oversight.model;

import java.time.OffsetDateTime;

/** A credential's metadata. */
public record Credential(String id, Provenance provenance, String name, String kind, OffsetDateTime createdAt,
        OffsetDateTime expiresAt, OffsetDateTime lastRotatedAt, OffsetDateTime lastUsedAt, String status)
        implements GraphNode {

    static Credential from(String id, Props p) {
        return new Credential(id, Provenance.of(p), p.string("name"), p.string("kind"), p.time("createdAt"),
                p.time("expiresAt"), p.time("lastRotatedAt"), p.time("lastUsedAt"), Revocation.status(p));
    }
}
