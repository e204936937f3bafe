package org.oversight.graph;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The outcome of writing one {@link GraphBatch}, also recorded as an {@code ImportRun} node.
 *
 * @param nodes         counts per node label
 * @param relationships counts per relationship type
 */
public record ImportReport(
        String runId,
        String source,
        String scope,
        boolean snapshot,
        String origin,
        String sha256,
        OffsetDateTime startedAt,
        Duration duration,
        Map<String, ChangeCounts> nodes,
        Map<String, ChangeCounts> relationships,
        List<ImportWarning> warnings) {

    public ChangeCounts nodeCounts(NodeLabel label) {
        return nodes.getOrDefault(label.cypherName(), ChangeCounts.NONE);
    }

    public ChangeCounts relationshipCounts(RelType type) {
        return relationships.getOrDefault(type.name(), ChangeCounts.NONE);
    }

    public ChangeCounts totalNodes() {
        return nodes.values().stream().reduce(ChangeCounts.NONE, ChangeCounts::plus);
    }

    public ChangeCounts totalRelationships() {
        return relationships.values().stream().reduce(ChangeCounts.NONE, ChangeCounts::plus);
    }
}
