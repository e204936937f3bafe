package org.oversight.graph;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outcome of writing one {@link GraphBatch}, also recorded as an {@code ImportRun} node.
 *
 * <p>An input that holds several scopes (a merged export of several AWS accounts) is written as
 * one run per scope; its report sums theirs and lists them in {@code runs}, and has no run id or
 * scope of its own.
 *
 * @param nodes         counts per node label
 * @param relationships counts per relationship type
 * @param runs          with an input of several scopes, the report of each; otherwise empty. A warning
 *                      every run gives (each reads the whole input) is listed once
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
        List<ImportWarning> warnings,
        List<ImportReport> runs) {

    public ImportReport {
        runs = List.copyOf(runs);
    }

    public ImportReport(String runId, String source, String scope, boolean snapshot, String origin, String sha256,
            OffsetDateTime startedAt, Duration duration, Map<String, ChangeCounts> nodes,
            Map<String, ChangeCounts> relationships, List<ImportWarning> warnings) {
        this(runId, source, scope, snapshot, origin, sha256, startedAt, duration, nodes, relationships, warnings,
                List.of());
    }

    /** The report of an input of several scopes, from the report of each scope's run. */
    public static ImportReport ofRuns(List<ImportReport> runs) {
        ImportReport first = runs.getFirst();
        Map<String, ChangeCounts> nodes = new TreeMap<>();
        Map<String, ChangeCounts> relationships = new TreeMap<>();
        Set<ImportWarning> warnings = new LinkedHashSet<>();
        Duration duration = Duration.ZERO;
        for (ImportReport run : runs) {
            run.nodes().forEach((label, counts) -> nodes.merge(label, counts, ChangeCounts::plus));
            run.relationships().forEach((type, counts) -> relationships.merge(type, counts, ChangeCounts::plus));
            warnings.addAll(run.warnings());
            duration = duration.plus(run.duration());
        }
        return new ImportReport(null, first.source(), null, first.snapshot(), first.origin(), first.sha256(),
                first.startedAt(), duration, nodes, relationships, List.copyOf(warnings), runs);
    }

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
