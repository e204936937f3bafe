package org.oversight.applicability;

import java.util.function.Function;
import java.util.function.Predicate;

import org.oversight.model.AiSystem;

/**
 * A condition under which a requirement binds, told from what is recorded of an AI system. Each
 * answers true, false, or null when the system does not record what the condition needs: a
 * requirement is never left out because something is unknown.
 */
public enum Condition {

    AS_PROVIDER("role", "the organisation is its provider", s -> s.role() == null ? null : s.role().equals("PROVIDER")),
    AS_DEPLOYER("role", "the organisation is its deployer", s -> s.role() == null ? null : s.role().equals("DEPLOYER")),
    PROVIDER_OUTSIDE_UNION("establishedInUnion", "its provider is established outside the Union",
            s -> s.establishedInUnion() == null ? null : !s.establishedInUnion()),
    PUBLIC_BODY("deployerKind", "the deployer is a body governed by public law", s -> deployerIs(s, "PUBLIC_BODY")),
    PUBLIC_SERVICE("deployerKind", "the deployer is a private entity providing public services", s -> deployerIs(s, "PUBLIC_SERVICE")),
    ANNEX_I("euHighRiskBasis", "it is high-risk under Annex I (a product or safety component)", s -> basisIs(s, "ANNEX_I")),
    ANNEX_III("euAnnexIIIPoint", "it is listed in Annex III", s -> basisIs(s, "ANNEX_III")),
    ANNEX_III_EXCEPT_POINT_2("euAnnexIIIPoint", "it is listed in Annex III other than point 2 (critical infrastructure)",
            s -> pointIs(s, point -> !point.startsWith("2"))),
    ANNEX_III_POINT_2("euAnnexIIIPoint", "it is listed in Annex III point 2 (critical infrastructure)",
            s -> pointIs(s, point -> point.startsWith("2"))),
    ANNEX_III_POINTS_1_6_7("euAnnexIIIPoint", "it is listed in Annex III point 1, 6 or 7 (biometrics, law enforcement, migration)",
            s -> pointIs(s, point -> point.matches("[167].*"))),
    ANNEX_III_5B("euAnnexIIIPoint", "it is listed in Annex III point 5(b) (creditworthiness or credit scoring)", s -> pointIs(s, "5(b)"::equals)),
    ANNEX_III_5C("euAnnexIIIPoint", "it is listed in Annex III point 5(c) (life and health insurance pricing)", s -> pointIs(s, "5(c)"::equals)),
    INTERACTS_WITH_PEOPLE("functions", "it interacts directly with natural persons", s -> does(s, "INTERACTS_WITH_PEOPLE")),
    SYNTHETIC_CONTENT("functions", "it generates synthetic audio, image, video or text", s -> does(s, "SYNTHETIC_CONTENT")),
    EMOTION_RECOGNITION("functions", "it recognises emotions", s -> does(s, "EMOTION_RECOGNITION")),
    BIOMETRIC_CATEGORISATION("functions", "it categorises people by biometric data", s -> does(s, "BIOMETRIC_CATEGORISATION")),
    DEEP_FAKE("functions", "it generates or manipulates deep fakes", s -> does(s, "DEEP_FAKE")),
    PUBLIC_INTEREST_TEXT("functions", "it generates text published to inform the public on matters of public interest",
            s -> does(s, "PUBLIC_INTEREST_TEXT")),
    WORKPLACE_USE("functions", "it is used at the workplace by the deployer as employer", s -> does(s, "WORKPLACE_USE")),
    REAL_TIME_REMOTE_BIOMETRIC_IDENTIFICATION("functions", "it performs real-time remote biometric identification in public spaces",
            s -> does(s, "REAL_TIME_REMOTE_BIOMETRIC_IDENTIFICATION")),
    POST_REMOTE_BIOMETRIC_IDENTIFICATION("functions", "it performs post-remote biometric identification",
            s -> does(s, "POST_REMOTE_BIOMETRIC_IDENTIFICATION")),
    REAL_WORLD_TESTING("functions", "it is tested in real-world conditions outside a regulatory sandbox", s -> does(s, "REAL_WORLD_TESTING")),
    CONSEQUENTIAL_DECISION("functions", "it makes, or materially influences, a consequential decision about a consumer",
            s -> does(s, "CONSEQUENTIAL_DECISION")),
    HEALTH_CARE_SERVICE("functions", "it is used in providing health care services or treatment", s -> does(s, "HEALTH_CARE_SERVICE"));

    private final String recordedAs;
    private final String description;
    private final Function<AiSystem, Boolean> test;

    Condition(String recordedAs, String description, Function<AiSystem, Boolean> test) {
        this.recordedAs = recordedAs;
        this.description = description;
        this.test = test;
    }

    /** The AI system's field that tells it, for saying what to record when it cannot be told. */
    public String recordedAs() {
        return recordedAs;
    }

    /** "the deployer is a body governed by public law": reads after "applies if". */
    public String description() {
        return description;
    }

    /** True or false, or null when the system does not record what it takes to tell. */
    public Boolean holdsFor(AiSystem system) {
        return test.apply(system);
    }

    private static Boolean deployerIs(AiSystem system, String kind) {
        return system.deployerKind() == null ? null : system.deployerKind().equals(kind);
    }

    /**
     * Annex I or III as recorded; a system classified without HIGH and with no Annex III point
     * recorded is listed in neither (a provider that deems an Annex III system not high-risk records
     * its point); a high-risk system with no basis recorded is unknown.
     */
    private static Boolean basisIs(AiSystem system, String basis) {
        if (system.highRiskBasis() != null) {
            return system.highRiskBasis().equals(basis);
        }
        return !system.riskClasses().isEmpty() && !system.riskClasses().contains("HIGH") ? Boolean.FALSE : null;
    }

    /**
     * Whether its Annex III point is one of those asked for; with no point recorded, false when the
     * system is not in Annex III, else unknown.
     */
    private static Boolean pointIs(AiSystem system, Predicate<String> asked) {
        if (system.euAnnexIIIPoint() != null) {
            return asked.test(system.euAnnexIIIPoint());
        }
        return Boolean.FALSE.equals(basisIs(system, "ANNEX_III")) ? Boolean.FALSE : null;
    }

    private static Boolean does(AiSystem system, String function) {
        return system.functions() == null ? null : system.functions().contains(function);
    }
}
