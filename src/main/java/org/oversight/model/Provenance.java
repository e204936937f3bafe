package org.oversight.model;

import java.time.OffsetDateTime;

/** Bookkeeping the writer keeps on every node. */
public record Provenance(String source, OffsetDateTime firstSeen, OffsetDateTime lastSeen, OffsetDateTime staleSince) {

    static Provenance of(Props p) {
        return new Provenance(p.string("source"), p.time("firstSeen"), p.time("lastSeen"), p.time("staleSince"));
    }
}
