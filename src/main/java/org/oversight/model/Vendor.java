package org.oversight.model;

/** A supplier of models or AI systems. */
public record Vendor(String id, Provenance provenance, String name, String url) implements GraphNode {

    static Vendor from(String id, Props p) {
        return new Vendor(id, Provenance.of(p), p.string("name"), p.string("url"));
    }
}
