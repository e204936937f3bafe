package org.oversight.model;

/** A team of people. */
public record Team(String id, Provenance provenance, String name, String description) implements GraphNode {

    static Team from(String id, Props p) {
        return new Team(id, Provenance.of(p), p.string("name"), p.string("description"));
    }
}
