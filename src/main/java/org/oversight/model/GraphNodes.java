package org.oversight.model;

import org.neo4j.driver.types.Node;
import org.oversight.graph.NodeLabel;

/** Maps Neo4j nodes to the API's records by their label. */
public final class GraphNodes {

    private GraphNodes() {
    }

    public static GraphNode toRecord(Node node) {
        String id = node.get("id").asString();
        Props p = new Props(node.asMap());
        for (String label : node.labels()) {
            NodeLabel known = NodeLabel.fromCypherName(label).orElse(null);
            if (known == null) {
                continue;
            }
            switch (known.keyLabel()) {
                case HUMAN: return Human.from(id, p);
                case TEAM: return Team.from(id, p);
                case IDENTITY: return Identity.from(id, p, !node.hasLabel(NodeLabel.HUMAN_ACCOUNT.cypherName()));
                case CREDENTIAL: return Credential.from(id, p);
                case GROUP: return Group.from(id, p);
                case POLICY: return Policy.from(id, p);
                case AI_SYSTEM: return AiSystem.from(id, p);
                case AGENT: return Agent.from(id, p);
                case MODEL: return Model.from(id, p);
                case DATASET: return Dataset.from(id, p);
                case VENDOR: return Vendor.from(id, p);
                case CONTROL: return Control.from(id, p);
                case EVIDENCE: return Evidence.from(id, p);
                case RISK: return Risk.from(id, p);
                case FRAMEWORK: return Framework.from(id, p);
                case REQUIREMENT: return Requirement.from(id, p);
                case MAPPING_SET: return MappingSet.from(id, p);
                default: break;
            }
        }
        throw new IllegalArgumentException("No API type for a node labelled " + node.labels());
    }

    public static <T extends GraphNode> T toRecord(Node node, Class<T> type) {
        return type.cast(toRecord(node));
    }
}
