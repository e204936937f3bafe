package org.oversight.model;

import java.util.List;

/** One requirement of a framework: a clause, control, article, paragraph, subcategory ... */
public record Requirement(String id, Provenance provenance, String framework, String ref, String title, String text,
        String kind, List<String> appliesToRiskClasses, List<String> appliesToRoles) implements GraphNode {

    static Requirement from(String id, Props p) {
        return new Requirement(id, Provenance.of(p), p.string("framework"), p.string("ref"), p.string("title"),
                p.string("text"), p.string("kind"), p.strings("appliesToRiskClasses"), p.strings("appliesToRoles"));
    }
}
