package org.oversight.graph;

import static org.oversight.graph.NodeLabel.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every relationship type of the graph model, with the labels it may connect and, where one pair
 * of nodes may hold several edges of the type, the properties that tell them apart (ownership
 * claims from different sources are separate edges: their disagreement is a finding).
 */
public enum RelType {
    MEMBER_OF(Map.of(HUMAN, Set.of(TEAM), IDENTITY, Set.of(GROUP))),
    REPORTS_TO(Map.of(HUMAN, Set.of(HUMAN))),
    LED_BY(Map.of(TEAM, Set.of(HUMAN))),
    BELONGS_TO(Map.of(IDENTITY, Set.of(HUMAN))),
    OWNED_BY(ownable(), List.of("source", "role")),
    HAS_CREDENTIAL(Map.of(IDENTITY, Set.of(CREDENTIAL))),
    HAS_POLICY(Map.of(IDENTITY, Set.of(POLICY), GROUP, Set.of(POLICY))),
    CAN_ASSUME(Map.of(IDENTITY, Set.of(IDENTITY))),
    PART_OF(Map.of(AGENT, Set.of(AI_SYSTEM), REQUIREMENT, Set.of(REQUIREMENT, FRAMEWORK))),
    ACTS_AS(Map.of(AGENT, Set.of(IDENTITY))),
    ACTS_ON_BEHALF_OF(Map.of(AGENT, Set.of(HUMAN))),
    USES_MODEL(Map.of(AGENT, Set.of(MODEL), AI_SYSTEM, Set.of(MODEL))),
    TRAINED_ON(Map.of(MODEL, Set.of(DATASET))),
    SUPPLIED_BY(Map.of(MODEL, Set.of(VENDOR), AI_SYSTEM, Set.of(VENDOR))),
    OVERSEEN_BY(Map.of(AI_SYSTEM, Set.of(HUMAN))),
    APPROVED_BY(Map.of(AI_SYSTEM, Set.of(HUMAN))),
    APPLIES_TO(Map.of(CONTROL, Set.of(AI_SYSTEM, AGENT, IDENTITY))),
    SATISFIES(Map.of(CONTROL, Set.of(REQUIREMENT))),
    EVIDENCES(Map.of(EVIDENCE, Set.of(CONTROL))),
    AFFECTS(Map.of(RISK, Set.of(AI_SYSTEM))),
    TREATED_BY(Map.of(RISK, Set.of(CONTROL))),
    MAPS_TO(Map.of(REQUIREMENT, Set.of(REQUIREMENT)), List.of("mappingSet")),
    /** A recorded decision whether a requirement applies, per AI system or organisation-wide (from the framework). */
    APPLICABILITY(Map.of(AI_SYSTEM, Set.of(REQUIREMENT), FRAMEWORK, Set.of(REQUIREMENT))),
    /** An ownership review item: the campaign it belongs to, what it reviews, whose ownership, who decides. */
    IN_CAMPAIGN(Map.of(ATTESTATION, Set.of(ATTESTATION_CAMPAIGN))),
    REVIEWS(Map.of(ATTESTATION, Set.of(IDENTITY, CREDENTIAL, AI_SYSTEM, AGENT, MODEL, CONTROL, RISK))),
    CONCERNS(Map.of(ATTESTATION, Set.of(HUMAN, TEAM))),
    ASSIGNED_TO(Map.of(ATTESTATION, Set.of(HUMAN, TEAM))),
    DECIDED_BY(Map.of(ATTESTATION, Set.of(HUMAN))),
    REASSIGNED_TO(Map.of(ATTESTATION, Set.of(HUMAN, TEAM)));

    private final Map<NodeLabel, Set<NodeLabel>> endpoints;
    private final List<String> keyProperties;

    RelType(Map<NodeLabel, Set<NodeLabel>> endpoints) {
        this(endpoints, List.of());
    }

    RelType(Map<NodeLabel, Set<NodeLabel>> endpoints, List<String> keyProperties) {
        this.endpoints = endpoints;
        this.keyProperties = keyProperties;
    }

    private static Map<NodeLabel, Set<NodeLabel>> ownable() {
        Set<NodeLabel> owners = Set.of(HUMAN, TEAM);
        return Map.of(IDENTITY, owners, CREDENTIAL, owners, AI_SYSTEM, owners, AGENT, owners,
                MODEL, owners, CONTROL, owners, RISK, owners);
    }

    /** Whether the model allows this type between the two labels (sub-labels count as their key label). */
    public boolean connects(NodeLabel from, NodeLabel to) {
        return endpoints.getOrDefault(from.keyLabel(), Set.of()).contains(to.keyLabel());
    }

    public Map<NodeLabel, Set<NodeLabel>> endpoints() {
        return endpoints;
    }

    /** Properties that, with both endpoints, identify one edge of this type. */
    public List<String> keyProperties() {
        return keyProperties;
    }

    public static Optional<RelType> fromName(String name) {
        for (RelType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
