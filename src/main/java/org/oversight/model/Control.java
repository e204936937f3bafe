package org.oversight.model;

import java.time.OffsetDateTime;

/** An organisational control. */
public record Control(String id, Provenance provenance, String name, String description, String status,
        OffsetDateTime testedAt, Integer evidenceCadenceDays) implements GraphNode {

    static Control from(String id, Props p) {
        return new Control(id, Provenance.of(p), p.string("name"), p.string("description"), p.string("status"),
                p.time("testedAt"), p.integer("evidenceCadenceDays"));
    }
}
