package org.oversight.model;

/** A group of identities in a provider. */
public record Group(String id, Provenance provenance, String name, String provider) implements GraphNode {

    static Group from(String id, Props p) {
        return new Group(id, Provenance.of(p), p.string("name"), p.string("provider"));
    }
}
