package org.oversight.model;

import java.time.OffsetDateTime;

/** Evidence that a control operates. */
public record Evidence(String id, Provenance provenance, String name, String kind, String uri,
        OffsetDateTime collectedAt, OffsetDateTime expiresAt, String sha256) implements GraphNode {

    static Evidence from(String id, Props p) {
        return new Evidence(id, Provenance.of(p), p.string("name"), p.string("kind"), p.string("uri"),
                p.time("collectedAt"), p.time("expiresAt"), p.string("sha256"));
    }
}
