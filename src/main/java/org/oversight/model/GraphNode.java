package org.oversight.model;

import java.time.OffsetDateTime;

/**
 * An entity of the graph as the API shows it. Implementations are records named like their
 * GraphQL type, which is how the {@code Node} interface and the {@code Owner} union resolve.
 */
public sealed interface GraphNode permits Human, Team, Identity, Credential, Group, Policy, AiSystem, Agent, Model,
        Dataset, Vendor, Control, Evidence, Risk, Framework, Requirement, MappingSet {

    String id();

    Provenance provenance();

    // Bean-style names so GraphQL resolves the Node fields source, firstSeen ... on every type.

    default String getSource() {
        return provenance().source();
    }

    default OffsetDateTime getFirstSeen() {
        return provenance().firstSeen();
    }

    default OffsetDateTime getLastSeen() {
        return provenance().lastSeen();
    }

    default OffsetDateTime getStaleSince() {
        return provenance().staleSince();
    }
}
