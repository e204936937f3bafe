package org.oversight.model;

/** An AI system in the inventory. */
public record AiSystem(String id, Provenance provenance, String name, String description, String purpose,
        String lifecycle, String euRiskClass, String role, Boolean inScope, Integer reviewCadenceDays)
        implements GraphNode {

    static AiSystem from(String id, Props p) {
        return new AiSystem(id, Provenance.of(p), p.string("name"), p.string("description"), p.string("purpose"),
                p.string("lifecycle"), p.string("euRiskClass"), p.string("role"), p.bool("inScope"),
                p.integer("reviewCadenceDays"));
    }
}
