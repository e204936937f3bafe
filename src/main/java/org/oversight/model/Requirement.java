package org.oversight.model;

import java.util.List;

/**
 * One requirement of a framework: a clause, control, article, paragraph, subcategory ...
 *
 * @param dutyOf the public body a provision binds (the Commission, the AI Office, Member States,
 *               authorities), which no operator can meet; null for operators' obligations
 */
public record Requirement(String id, Provenance provenance, String framework, String ref, String title, String text,
        String kind, List<String> appliesToRiskClasses, List<String> appliesToRoles, String dutyOf)
        implements GraphNode {

    static Requirement from(String id, Props p) {
        return new Requirement(id, Provenance.of(p), p.string("framework"), p.string("ref"), p.string("title"),
                p.string("text"), p.string("kind"), p.strings("appliesToRiskClasses"), p.strings("appliesToRoles"),
                p.string("dutyOf"));
    }

    /** Whether an organisation operating AI systems can be bound by it, and coverage assesses it. */
    public boolean operatorObligation() {
        return dutyOf == null;
    }
}
