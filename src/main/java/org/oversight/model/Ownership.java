package org.oversight.model;

import java.time.OffsetDateTime;

/** One OWNED_BY claim with its provenance; {@code owner} is a {@link Human} or a {@link Team}. */
public record Ownership(GraphNode subject, GraphNode owner, String role, String source, Double confidence,
        OffsetDateTime since, OffsetDateTime attestedAt, String attestedBy) {

    public static Ownership from(GraphNode subject, GraphNode owner, Props edge) {
        return new Ownership(subject, owner, edge.string("role"), edge.string("source"), edge.decimal("confidence"),
                edge.time("since"), edge.time("attestedAt"), edge.string("attestedBy"));
    }
}
