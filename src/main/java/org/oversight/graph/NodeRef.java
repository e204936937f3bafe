package org.oversight.graph;

import java.util.Objects;

/** A node by label and id: how relationships name their endpoints. */
public record NodeRef(NodeLabel label, String id) {

    public NodeRef {
        Objects.requireNonNull(label, "label");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A " + label + " reference needs an id");
        }
    }

    @Override
    public String toString() {
        return label + ":" + id;
    }
}
