package org.oversight.model;

import java.time.OffsetDateTime;

/** A person. */
public record Human(String id, Provenance provenance, String name, String email, String status, OffsetDateTime leftAt,
        String title, String department) implements GraphNode {

    static Human from(String id, Props p) {
        return new Human(id, Provenance.of(p), p.string("name"), p.string("email"), p.string("status"),
                p.time("leftAt"), p.string("title"), p.string("department"));
    }
}
