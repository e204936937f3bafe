package org.oversight.graph;

import java.util.Optional;

/**
 * Every node label of the graph model (docs/graph-model.md). Writer Cypher names labels only
 * through these constants, never through input, so generated statements stay injection-free.
 */
public enum NodeLabel {
    HUMAN("Human"),
    TEAM("Team"),
    IDENTITY("Identity"),
    NON_HUMAN_IDENTITY("NonHumanIdentity", IDENTITY),
    HUMAN_ACCOUNT("HumanAccount", IDENTITY),
    CREDENTIAL("Credential"),
    GROUP("Group"),
    POLICY("Policy"),
    AI_SYSTEM("AiSystem"),
    AGENT("Agent"),
    MODEL("Model"),
    DATASET("Dataset"),
    VENDOR("Vendor"),
    CONTROL("Control"),
    EVIDENCE("Evidence"),
    RISK("Risk"),
    FRAMEWORK("Framework"),
    REQUIREMENT("Requirement"),
    MAPPING_SET("MappingSet"),
    IMPORT_RUN("ImportRun"),
    AUDIT_EVENT("AuditEvent"),
    ATTESTATION_CAMPAIGN("AttestationCampaign"),
    ATTESTATION("Attestation");

    private final String cypherName;
    private final NodeLabel keyLabel;

    NodeLabel(String cypherName) {
        this(cypherName, null);
    }

    NodeLabel(String cypherName, NodeLabel keyLabel) {
        this.cypherName = cypherName;
        this.keyLabel = keyLabel;
    }

    /** The label as written in Cypher, e.g. {@code AiSystem}. */
    public String cypherName() {
        return cypherName;
    }

    /**
     * The label that carries the id constraint. Sub-kinds such as {@code NonHumanIdentity} are a
     * second label on an {@code Identity} node and are looked up through it.
     */
    public NodeLabel keyLabel() {
        return keyLabel == null ? this : keyLabel;
    }

    /** Records Oversight keeps of its own work (imports, the audit trail, reviews); no import may write them. */
    public boolean isOversightRecord() {
        return this == IMPORT_RUN || this == AUDIT_EVENT || this == ATTESTATION_CAMPAIGN || this == ATTESTATION;
    }

    public boolean isSubLabel() {
        return keyLabel != null;
    }

    public static Optional<NodeLabel> fromCypherName(String name) {
        for (NodeLabel label : values()) {
            if (label.cypherName.equals(name)) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return cypherName;
    }
}
