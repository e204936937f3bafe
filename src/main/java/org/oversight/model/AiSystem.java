package org.oversight.model;

import java.util.List;

/**
 * An AI system in the inventory, with what the applicability of regulations needs to know of it.
 *
 * @param euRiskClass        its primary EU AI Act risk class (the first of {@code euRiskClasses}
 *                           in the order of the vocabulary: PROHIBITED, HIGH, LIMITED ...)
 * @param euRiskClasses      every class it carries, e.g. HIGH and GPAI for a high-risk system built
 *                           on the provider's own general-purpose model; null = only euRiskClass
 * @param euHighRiskBasis    ANNEX_I or ANNEX_III: why a high-risk system is high-risk
 * @param euAnnexIIIPoint    the Annex III point it falls under, e.g. 5(b)
 * @param deployerKind       PUBLIC_BODY, PUBLIC_SERVICE or PRIVATE
 * @param establishedInUnion whether the organisation, as its provider, is established in the Union
 * @param functions          what it does or where it is used as regulations name it; null = not
 *                           recorded, empty = none of them
 */
public record AiSystem(String id, Provenance provenance, String name, String description, String purpose,
        String lifecycle, String euRiskClass, List<String> euRiskClasses, String role, String euHighRiskBasis,
        String euAnnexIIIPoint, String deployerKind, Boolean establishedInUnion, List<String> functions,
        Boolean inScope, Integer reviewCadenceDays)
        implements GraphNode {

    static AiSystem from(String id, Props p) {
        return new AiSystem(id, Provenance.of(p), p.string("name"), p.string("description"), p.string("purpose"),
                p.string("lifecycle"), p.string("euRiskClass"), p.strings("euRiskClasses"), p.string("role"),
                p.string("euHighRiskBasis"), p.string("euAnnexIIIPoint"), p.string("deployerKind"),
                p.bool("establishedInUnion"), p.strings("functions"), p.bool("inScope"), p.integer("reviewCadenceDays"));
    }

    /** Every risk class it carries: the recorded list, else its one class, else none. */
    public List<String> riskClasses() {
        return euRiskClasses != null ? euRiskClasses : euRiskClass == null ? List.of() : List.of(euRiskClass);
    }

    /** ANNEX_I or ANNEX_III as recorded, ANNEX_III when only its Annex III point is, else null. */
    public String highRiskBasis() {
        return euHighRiskBasis != null ? euHighRiskBasis : euAnnexIIIPoint != null ? "ANNEX_III" : null;
    }
}
