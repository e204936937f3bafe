package org.oversight.model;

import java.time.OffsetDateTime;

/**
 * Bookkeeping the writer keeps on every node.
 *
 * @param lastSeen when an import last wrote it; the API's {@code lastSeen} also counts the last
 *                 snapshot of its source and scope that contained it unchanged
 * @param stub     a node only pointed at, which no source has described yet
 */
public record Provenance(String source, String sourceScope, OffsetDateTime firstSeen, OffsetDateTime lastSeen,
        OffsetDateTime staleSince, boolean stub) {

    static Provenance of(Props p) {
        return new Provenance(p.string("source"), p.string("sourceScope"), p.time("firstSeen"), p.time("lastSeen"),
                p.time("staleSince"), Boolean.TRUE.equals(p.bool("stub")));
    }
}
