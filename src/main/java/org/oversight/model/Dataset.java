package org.oversight.model;

/** A dataset a model was trained on. */
public record Dataset(String id, Provenance provenance, String name, String description, String license)
        implements GraphNode {

    static Dataset from(String id, Props p) {
        return new Dataset(id, Provenance.of(p), p.string("name"), p.string("description"), p.string("license"));
    }
}
