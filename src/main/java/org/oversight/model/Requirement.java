package org.oversight.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One requirement of a framework: a clause, control, article, paragraph, subcategory ...
 *
 * @param appliesToRiskClasses the EU AI Act risk classes it binds; null = every class
 * @param appliesToRoles       the operator roles it binds; null = every role
 * @param appliesWhen          conditions it binds under, as alternatives each of which is a
 *                             conjunction ("PUBLIC_BODY and INTERACTS_WITH_PEOPLE"); null = always
 * @param appliesFrom          the date from which it applies; null when the framework states none
 * @param appliesFromAnnexI    where the date differs for high-risk systems of Annex I (EU AI Act
 *                             Chapter III Sections 1 to 3), that date
 * @param dutyOf               who a provision binds when it is not an operator: a public body, or
 *                             NONE for provisions that bind no one (scope, definitions); null for
 *                             operators' obligations
 */
public record Requirement(String id, Provenance provenance, String framework, String ref, String title, String text,
        String kind, List<String> appliesToRiskClasses, List<String> appliesToRoles, List<String> appliesWhen,
        LocalDate appliesFrom, LocalDate appliesFromAnnexI, String dutyOf)
        implements GraphNode {

    static Requirement from(String id, Props p) {
        return new Requirement(id, Provenance.of(p), p.string("framework"), p.string("ref"), p.string("title"),
                p.string("text"), p.string("kind"), p.strings("appliesToRiskClasses"), p.strings("appliesToRoles"),
                p.strings("appliesWhen"), p.date("appliesFrom"), p.date("appliesFromAnnexI"), p.string("dutyOf"));
    }

    /** Whether an organisation operating AI systems can be bound by it, and coverage assesses it. */
    public boolean operatorObligation() {
        return dutyOf == null;
    }
}
