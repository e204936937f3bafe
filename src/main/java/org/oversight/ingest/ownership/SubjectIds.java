package org.oversight.ingest.ownership;

import java.util.Optional;

import org.oversight.graph.NodeLabel;

/** What kind of thing an id names, by the id conventions of docs/graph-model.md. */
final class SubjectIds {

    private SubjectIds() {
    }

    static Optional<NodeLabel> labelOf(String id) {
        if (id.startsWith("ai:")) {
            return Optional.of(NodeLabel.AI_SYSTEM);
        }
        if (id.startsWith("agent:")) {
            return Optional.of(NodeLabel.AGENT);
        }
        if (id.startsWith("model:")) {
            return Optional.of(NodeLabel.MODEL);
        }
        if (id.startsWith("control:")) {
            return Optional.of(NodeLabel.CONTROL);
        }
        if (id.startsWith("risk:")) {
            return Optional.of(NodeLabel.RISK);
        }
        if (id.startsWith("aws-key:") || id.startsWith("cred:") || id.matches(".*(/access-key/\\d|/password|:secret:.+|:cert:.+|:federated:.+|:token:.+)$")) {
            return Optional.of(NodeLabel.CREDENTIAL);
        }
        if (id.startsWith("arn:aws:iam::") || id.startsWith("entra:") || id.startsWith("k8s:") || id.startsWith("github:")) {
            return Optional.of(NodeLabel.IDENTITY);
        }
        return Optional.empty();
    }
}
