package org.oversight.graph;

import static org.oversight.graph.NodeLabel.*;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The closed vocabularies of the graph model: which values an enumerated property may take, per
 * label and per relationship type. Importers check input against them, and a test keeps them equal
 * to the enums of {@code schema.graphqls}.
 */
public final class PropertyDomains {

    /** In order of precedence: an AI system's primary class is the first of its classes here. */
    public static final List<String> EU_RISK_CLASSES = List.of("PROHIBITED", "HIGH", "LIMITED", "MINIMAL", "GPAI",
            "GPAI_SYSTEMIC");

    /** An AI system's primary EU risk class: the first of its classes in the order of {@link #EU_RISK_CLASSES}. */
    public static String primaryEuRiskClass(Collection<?> classes) {
        return EU_RISK_CLASSES.stream().filter(classes::contains).findFirst().orElse(null);
    }

    /** What an AI system does or where it is used, as regulations' conditions name it. */
    public static final List<String> AI_FUNCTIONS = List.of("INTERACTS_WITH_PEOPLE", "SYNTHETIC_CONTENT",
            "EMOTION_RECOGNITION", "BIOMETRIC_CATEGORISATION", "DEEP_FAKE", "PUBLIC_INTEREST_TEXT", "WORKPLACE_USE",
            "REAL_TIME_REMOTE_BIOMETRIC_IDENTIFICATION", "POST_REMOTE_BIOMETRIC_IDENTIFICATION", "REAL_WORLD_TESTING",
            "CONSEQUENTIAL_DECISION", "HEALTH_CARE_SERVICE");

    public static final List<String> PROVIDERS = List.of("aws", "entra", "kubernetes", "github", "okta", "other");

    private static final Map<NodeLabel, Map<String, List<String>>> NODE_DOMAINS = Map.of(
            HUMAN, Map.of("status", List.of("ACTIVE", "LEAVER", "SUSPENDED")),
            IDENTITY, Map.of(
                    "kind", List.of("IAM_ROLE", "IAM_USER", "SERVICE_PRINCIPAL", "APPLICATION", "MANAGED_IDENTITY",
                            "SERVICE_ACCOUNT", "API_CLIENT", "BOT", "USER_ACCOUNT"),
                    "status", List.of("ACTIVE", "DISABLED", "DELETED"),
                    "provider", PROVIDERS),
            CREDENTIAL, Map.of(
                    "kind", List.of("ACCESS_KEY", "CLIENT_SECRET", "CERTIFICATE", "FEDERATED", "API_KEY", "TOKEN",
                            "SSH_KEY", "PASSWORD"),
                    "status", List.of("ACTIVE", "INACTIVE", "EXPIRED", "REVOKED")),
            AI_SYSTEM, Map.of(
                    "lifecycle", List.of("PLANNED", "DEVELOPMENT", "VALIDATION", "PRODUCTION", "RETIRED"),
                    "euRiskClass", EU_RISK_CLASSES,
                    "euRiskClasses", EU_RISK_CLASSES,
                    "role", List.of("PROVIDER", "DEPLOYER", "IMPORTER", "DISTRIBUTOR"),
                    "euHighRiskBasis", List.of("ANNEX_I", "ANNEX_III"),
                    "euAnnexIIIPoint", List.of("1(a)", "1(b)", "1(c)", "2", "3(a)", "3(b)", "3(c)", "3(d)", "4(a)",
                            "4(b)", "5(a)", "5(b)", "5(c)", "5(d)", "6(a)", "6(b)", "6(c)", "6(d)", "6(e)", "7(a)",
                            "7(b)", "7(c)", "7(d)", "8(a)", "8(b)"),
                    "deployerKind", List.of("PUBLIC_BODY", "PUBLIC_SERVICE", "PRIVATE"),
                    "functions", AI_FUNCTIONS),
            AGENT, Map.of("autonomy", List.of("ASSISTIVE", "SUPERVISED", "AUTONOMOUS")),
            CONTROL, Map.of("status", List.of("PLANNED", "IMPLEMENTED", "NOT_IMPLEMENTED")),
            EVIDENCE, Map.of("kind", List.of("MODEL_CARD", "DECISION_LOG", "CHANGE_RECORD", "AUDIT_LOG", "TEST_REPORT",
                    "POLICY", "IMPACT_ASSESSMENT")),
            RISK, Map.of("status", List.of("OPEN", "TREATED", "ACCEPTED", "CLOSED")),
            REQUIREMENT, Map.of("kind", List.of("CLAUSE", "OBJECTIVE", "CONTROL", "CHAPTER", "SECTION", "ARTICLE",
                    "PARAGRAPH", "ANNEX", "FUNCTION", "CATEGORY", "SUBCATEGORY"),
                    "dutyOf", List.of("COMMISSION", "AI_OFFICE", "MEMBER_STATES", "AUTHORITIES", "EU_BODIES",
                            "NOTIFIED_BODIES", "NONE")),
            MAPPING_SET, Map.of(
                    "method", List.of("HUMAN", "EXTRACTED", "AUTOMATED"),
                    "status", List.of("DRAFT", "PUBLISHED", "DEPRECATED")));

    /** NIST IR 8477 relationships a link may state (RELATED for untyped concept links). */
    public static final List<String> RELATIONSHIPS = List.of("EQUAL", "SUBSET_OF", "SUPERSET_OF", "INTERSECTS_WITH",
            "NOT_RELATED", "RELATED");

    private static final Map<RelType, Map<String, List<String>>> RELATIONSHIP_DOMAINS = Map.of(
            RelType.OWNED_BY, Map.of(
                    "role", List.of("ACCOUNTABLE", "RESPONSIBLE", "TECHNICAL"),
                    "source", List.of("DECLARED", "HR", "TAG", "SOURCE_OWNER", "CREATOR", "INFERRED")),
            RelType.MAPS_TO, Map.of(
                    "relationship", RELATIONSHIPS,
                    "rationale", List.of("SYNTACTIC", "SEMANTIC", "FUNCTIONAL")),
            RelType.SATISFIES, Map.of("relationship", RELATIONSHIPS));

    private PropertyDomains() {
    }

    /** Allowed values of an enumerated node property, or null when the property is free. */
    public static List<String> allowed(NodeLabel label, String property) {
        return NODE_DOMAINS.getOrDefault(label.keyLabel(), Map.of()).get(property);
    }

    /** Allowed values of an enumerated relationship property, or null when the property is free. */
    public static List<String> allowed(RelType type, String property) {
        return RELATIONSHIP_DOMAINS.getOrDefault(type, Map.of()).get(property);
    }

    public static Map<NodeLabel, Map<String, List<String>>> nodeDomains() {
        return NODE_DOMAINS;
    }

    public static Map<RelType, Map<String, List<String>>> relationshipDomains() {
        return RELATIONSHIP_DOMAINS;
    }
}
