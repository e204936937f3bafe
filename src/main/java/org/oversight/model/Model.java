package org.oversight.model;

/** A machine-learning model. */
public record Model(String id, Provenance provenance, String name, String version, String supplier, String license)
        implements GraphNode {

    static Model from(String id, Props p) {
        return new Model(id, Provenance.of(p), p.string("name"), p.string("version"), p.string("supplier"),
                p.string("license"));
    }
}
