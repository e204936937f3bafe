package org.oversight.model;

/** An AI agent. */
public record Agent(String id, Provenance provenance, String name, String description, String autonomy)
        implements GraphNode {

    static Agent from(String id, Props p) {
        return new Agent(id, Provenance.of(p), p.string("name"), p.string("description"), p.string("autonomy"));
    }
}
