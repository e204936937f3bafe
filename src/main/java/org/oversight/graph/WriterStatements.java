package org.oversight.graph;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Cypher the {@link GraphWriter} runs, generated once per label or relationship type from the
 * model enums. Only enum names are spliced in (labels and types cannot be parameters); every
 * value travels as a parameter.
 */
final class WriterStatements {

    /** A property changed when exactly one side is null or both differ. */
    private static final String CHANGED = """
            any(k IN keys(row.props) WHERE coalesce(before[k] <> row.props[k], (before[k] IS NULL) <> (row.props[k] IS NULL)))""";

    private WriterStatements() {
    }

    static String upsertNodes(NodeLabel label) {
        return """
                UNWIND $rows AS row
                MERGE (n:`%s` {id: row.id})
                WITH n, row, n.firstSeen IS NULL OR coalesce(n.stub, false) AS created, properties(n) AS before
                SET n += row.props, n.firstSeen = coalesce(n.firstSeen, $now), n.lastSeen = $now,
                    n.source = $source, n.sourceScope = $scope, n.lastRunId = $runId
                REMOVE n.staleSince, n.deletedAt, n.stub
                %s
                WITH created, before.staleSince IS NOT NULL OR %s AS changed
                RETURN count(CASE WHEN created THEN 1 END) AS created,
                       count(CASE WHEN NOT created AND changed THEN 1 END) AS updated,
                       count(*) AS seen
                """.formatted(label.keyLabel().cypherName(), subLabelClause(label), CHANGED);
    }

    static String upsertReferences(NodeLabel label) {
        String subLabel = label.isSubLabel()
                ? "FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | SET n:`" + label.cypherName() + "`)"
                : "";
        return """
                UNWIND $rows AS row
                MERGE (n:`%s` {id: row.id})
                WITH n, row, n.firstSeen IS NULL AS created
                SET n += CASE WHEN created THEN row.props ELSE {} END,
                    n.stub = CASE WHEN created THEN true ELSE n.stub END,
                    n.firstSeen = coalesce(n.firstSeen, $now),
                    n.lastSeen = coalesce(n.lastSeen, $now),
                    n.source = coalesce(n.source, $source)
                %s
                RETURN count(CASE WHEN created THEN 1 END) AS created, 0 AS updated, count(*) AS seen
                """.formatted(label.keyLabel().cypherName(), subLabel);
    }

    static String existingIds(NodeLabel label) {
        return """
                UNWIND $ids AS id
                MATCH (n:`%s` {id: id})
                RETURN n.id AS id
                """.formatted(label.keyLabel().cypherName());
    }

    static String upsertRelationships(RelType type, NodeLabel from, NodeLabel to) {
        String key = type.keyProperties().stream()
                .map(p -> "`" + p + "`: row.props.`" + p + "`")
                .collect(Collectors.joining(", ", " {", "}"));
        return """
                UNWIND $rows AS row
                MATCH (a:`%s` {id: row.from})
                MATCH (b:`%s` {id: row.to})
                MERGE (a)-[r:`%s`%s]->(b)
                WITH r, row, r.firstSeen IS NULL AS created, properties(r) AS before
                SET r += row.props, r.firstSeen = coalesce(r.firstSeen, $now), r.lastSeen = $now,
                    r.importSource = $source, r.importScope = $scope, r.lastRunId = $runId
                WITH created, %s AS changed
                RETURN count(CASE WHEN created THEN 1 END) AS created,
                       count(CASE WHEN NOT created AND changed THEN 1 END) AS updated,
                       count(*) AS seen
                """.formatted(from.keyLabel().cypherName(), to.keyLabel().cypherName(), type.name(),
                type.keyProperties().isEmpty() ? "" : key, CHANGED);
    }

    static String markStaleNodes(NodeLabel label) {
        return """
                MATCH (n:`%s`)
                WHERE n.source = $source AND coalesce(n.sourceScope, '') = coalesce($scope, '')
                  AND n.lastRunId <> $runId AND n.staleSince IS NULL
                WITH n LIMIT $limit
                SET n.staleSince = $now
                RETURN count(n) AS stale
                """.formatted(label.keyLabel().cypherName());
    }

    static String markDeletedNodes(NodeLabel label) {
        return """
                MATCH (n:`%s`)
                WHERE n.source = $source AND coalesce(n.sourceScope, '') = coalesce($scope, '')
                  AND n.staleSince <= $deleteStaleBefore AND n.deletedAt IS NULL
                WITH n LIMIT $limit
                SET n.deletedAt = $now
                RETURN count(n) AS deleted
                """.formatted(label.keyLabel().cypherName());
    }

    /**
     * Links people's accounts to the human with the same e-mail address or user principal name,
     * whichever import brought the account or the human first.
     */
    static String resolveAccounts() {
        return """
                MATCH (a:HumanAccount)
                WHERE coalesce(a.email, a.upn) IS NOT NULL AND NOT (a)-[:BELONGS_TO]->(:Human)
                MATCH (h:Human {id: toLower(coalesce(a.email, a.upn))})
                MERGE (a)-[r:BELONGS_TO]->(h)
                ON CREATE SET r.firstSeen = $now, r.lastSeen = $now, r.importSource = 'resolved', r.lastRunId = $runId
                RETURN count(r) AS linked
                """;
    }

    static String removeUnseenRelationships(RelType type) {
        return """
                MATCH ()-[r:`%s`]->()
                WHERE r.importSource = $source AND coalesce(r.importScope, '') = coalesce($scope, '')
                  AND r.lastRunId <> $runId
                WITH r LIMIT $limit
                DELETE r
                RETURN count(*) AS removed
                """.formatted(type.name());
    }

    /** A sub-label is set and its siblings removed: an account can be re-classified by its source. */
    private static String subLabelClause(NodeLabel label) {
        if (!label.isSubLabel()) {
            return "";
        }
        String siblings = Arrays.stream(NodeLabel.values())
                .filter(other -> other.isSubLabel() && other.keyLabel() == label.keyLabel() && other != label)
                .map(other -> "n:`" + other.cypherName() + "`")
                .collect(Collectors.joining(", "));
        return "SET n:`" + label.cypherName() + "`" + (siblings.isEmpty() ? "" : " REMOVE " + siblings);
    }
}
