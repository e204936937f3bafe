package org.oversight.model;

/** A framework whose requirements controls are measured against (ISO42001, EU_AI_ACT ...). */
public record Framework(String id, Provenance provenance, String name, String version, String publisher,
        String licence, String sourceUri) implements GraphNode {

    static Framework from(String id, Props p) {
        return new Framework(id, Provenance.of(p), p.string("name"), p.string("version"), p.string("publisher"),
                p.string("licence"), p.string("sourceUri"));
    }
}
