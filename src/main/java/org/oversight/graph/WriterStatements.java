package org.oversight.graph;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Cypher the {@link GraphWriter} runs, generated once per label or relationship type from the
 * model enums. Only enum names are spliced in (labels and types cannot be parameters); every
 * value travels as a parameter.
 *
 * <p>Upserts write only the rows that are new or differ from the graph: a row the graph already
 * holds as the same source described it costs a read, not a write, so a re-import that changes
 * nothing changes nothing. That a snapshot still contains an unchanged row is known from the
 * snapshot's own ids at reconciliation ({@link SnapshotReconciler}), not from a stamp on every row.
 */
final class WriterStatements {

    /**
     * Writer statements seek by unique id, whatever the statistics say: without this Neo4j replans
     * them every few seconds while an import changes the counts, which cost a third of import time.
     * The index hints keep a seek per row: for a part of 10,000 rows the planner otherwise scans
     * the whole id index into a hash join, once per part, which made imports slower with size.
     */
    private static final String PLAN_ONCE = "CYPHER replan=skip\n";

    private WriterStatements() {
    }

    /** A property of {@code row.props} changed when exactly one side is null or both differ. */
    private static String changed(String before) {
        return "any(k IN keys(row.props) WHERE coalesce(%1$s[k] <> row.props[k], (%1$s[k] IS NULL) <> (row.props[k] IS NULL)))"
                .formatted(before);
    }

    static String upsertNodes(NodeLabel label) {
        return PLAN_ONCE + """
                UNWIND $rows AS row
                OPTIONAL MATCH (before:`%1$s` {id: row.id}) USING INDEX before:`%1$s`(id)
                WITH row, before
                WHERE before IS NULL OR before.stub IS NOT NULL OR before.staleSince IS NOT NULL OR before.deletedAt IS NOT NULL
                   OR coalesce(before.source, '') <> $source OR coalesce(before.sourceScope, '') <> coalesce($scope, '')
                   %2$s OR %3$s
                MERGE (n:`%1$s` {id: row.id})
                WITH n, row, before IS NULL OR before.stub IS NOT NULL AS created,
                     before IS NOT NULL AND (before.staleSince IS NOT NULL OR %3$s) AS changed
                SET n += row.props, n.firstSeen = coalesce(n.firstSeen, $now), n.lastSeen = $now,
                    n.source = $source, n.sourceScope = $scope, n.lastRunId = $runId
                REMOVE n.staleSince, n.deletedAt, n.stub
                %4$s
                RETURN count(CASE WHEN created THEN 1 END) AS created,
                       count(CASE WHEN NOT created AND changed THEN 1 END) AS updated
                """.formatted(label.keyLabel().cypherName(), subLabelDiffers(label), changed("before"), subLabelClause(label));
    }

    /** Nodes a source only points at are created as stubs when missing and otherwise left alone. */
    static String upsertReferences(NodeLabel label) {
        String subLabel = label.isSubLabel() ? "SET n:`" + label.cypherName() + "`" : "";
        return PLAN_ONCE + """
                UNWIND $rows AS row
                OPTIONAL MATCH (before:`%1$s` {id: row.id}) USING INDEX before:`%1$s`(id)
                WITH row WHERE before IS NULL
                MERGE (n:`%1$s` {id: row.id})
                ON CREATE SET n += row.props, n.stub = true, n.firstSeen = $now, n.lastSeen = $now, n.source = $source
                %2$s
                RETURN count(*) AS created, 0 AS updated
                """.formatted(label.keyLabel().cypherName(), subLabel);
    }

    static String existingIds(NodeLabel label) {
        return """
                UNWIND $ids AS id
                MATCH (n:`%1$s` {id: id}) USING INDEX n:`%1$s`(id)
                RETURN n.id AS id
                """.formatted(label.keyLabel().cypherName());
    }

    static String upsertRelationships(RelType type, NodeLabel from, NodeLabel to) {
        String key = type.keyProperties().isEmpty() ? "" : type.keyProperties().stream()
                .map(p -> "`" + p + "`: row.props.`" + p + "`")
                .collect(Collectors.joining(", ", " {", "}"));
        return PLAN_ONCE + """
                UNWIND $rows AS row
                MATCH (a:`%1$s` {id: row.from}) USING INDEX a:`%1$s`(id)
                MATCH (b:`%2$s` {id: row.to}) USING INDEX b:`%2$s`(id)
                OPTIONAL MATCH (a)-[before:`%3$s`%4$s]->(b)
                WITH a, b, row, before
                WHERE before IS NULL OR coalesce(before.importSource, '') <> $source
                   OR coalesce(before.importScope, '') <> coalesce($scope, '') OR %5$s
                MERGE (a)-[r:`%3$s`%4$s]->(b)
                WITH r, row, before IS NULL AS created, before IS NOT NULL AND %5$s AS changed
                SET r += row.props, r.firstSeen = coalesce(r.firstSeen, $now), r.lastSeen = $now,
                    r.importSource = $source, r.importScope = $scope, r.lastRunId = $runId
                RETURN count(CASE WHEN created THEN 1 END) AS created,
                       count(CASE WHEN NOT created AND changed THEN 1 END) AS updated
                """.formatted(from.keyLabel().cypherName(), to.keyLabel().cypherName(), type.name(), key, changed("before"));
    }

    /** What a source and scope wrote of a label and still holds current: read by the (source, sourceScope) index. */
    static String currentNodeIds(NodeLabel label, boolean scoped) {
        return PLAN_ONCE + """
                MATCH (n:`%s`)
                WHERE n.source = $source AND %s AND n.staleSince IS NULL AND n.stub IS NULL
                RETURN n.id AS id
                """.formatted(label.keyLabel().cypherName(), scopeIs("n.sourceScope", scoped));
    }

    /** How many nodes {@link #currentNodeIds} would return: when the snapshot holds as many, none is gone. */
    static String currentNodeCount(NodeLabel label, boolean scoped) {
        return PLAN_ONCE + """
                MATCH (n:`%s`)
                WHERE n.source = $source AND %s AND n.staleSince IS NULL AND n.stub IS NULL
                RETURN count(n) AS current
                """.formatted(label.keyLabel().cypherName(), scopeIs("n.sourceScope", scoped));
    }

    static String markStale(NodeLabel label) {
        return PLAN_ONCE + """
                UNWIND $ids AS id
                MATCH (n:`%1$s` {id: id}) USING INDEX n:`%1$s`(id)
                WHERE n.staleSince IS NULL
                SET n.staleSince = $now
                RETURN count(n) AS stale
                """.formatted(label.keyLabel().cypherName());
    }

    static String markDeletedNodes(NodeLabel label, boolean scoped) {
        return PLAN_ONCE + """
                MATCH (n:`%s`)
                WHERE n.source = $source AND %s
                  AND n.staleSince <= $deleteStaleBefore AND n.deletedAt IS NULL
                WITH n LIMIT $limit
                SET n.deletedAt = $now
                RETURN count(n) AS deleted
                """.formatted(label.keyLabel().cypherName(), scopeIs("n.sourceScope", scoped));
    }

    /** The relationships of a type a source and scope wrote, with what tells them apart, by the (importSource, importScope) index. */
    static String currentRelationships(RelType type, boolean scoped) {
        String key = type.keyProperties().stream().map(p -> "r.`" + p + "`").collect(Collectors.joining(", ", "[", "]"));
        return PLAN_ONCE + """
                MATCH (a)-[r:`%s`]->(b)
                WHERE r.importSource = $source AND %s
                RETURN elementId(r) AS relationship, labels(a) AS fromLabels, a.id AS from, labels(b) AS toLabels,
                       b.id AS to, %s AS key
                """.formatted(type.name(), scopeIs("r.importScope", scoped), key);
    }

    /** How many relationships {@link #currentRelationships} would return. */
    static String currentRelationshipCount(RelType type, boolean scoped) {
        return PLAN_ONCE + """
                MATCH ()-[r:`%s`]->()
                WHERE r.importSource = $source AND %s
                RETURN count(r) AS current
                """.formatted(type.name(), scopeIs("r.importScope", scoped));
    }

    static String removeRelationships() {
        return PLAN_ONCE + """
                UNWIND $relationships AS relationship
                MATCH ()-[r]->() WHERE elementId(r) = relationship
                DELETE r
                RETURN count(*) AS removed
                """;
    }

    /**
     * Links people's accounts to the human with the same e-mail address or user principal name,
     * whichever import brought the account or the human first: every unlinked account.
     */
    static String resolveAllAccounts() {
        return """
                MATCH (a:HumanAccount)
                WHERE coalesce(a.email, a.upn) IS NOT NULL AND NOT (a)-[:BELONGS_TO]->(:Human)
                """ + LINK_ACCOUNT;
    }

    /** As {@link #resolveAllAccounts()}, for the accounts of one import ({@code $accounts}). */
    static String resolveAccounts() {
        return PLAN_ONCE + """
                UNWIND $accounts AS id
                MATCH (a:Identity {id: id}) USING INDEX a:Identity(id)
                WHERE a:HumanAccount AND coalesce(a.email, a.upn) IS NOT NULL AND NOT (a)-[:BELONGS_TO]->(:Human)
                """ + LINK_ACCOUNT;
    }

    private static final String LINK_ACCOUNT = """
            MATCH (h:Human {id: toLower(coalesce(a.email, a.upn))}) USING INDEX h:Human(id)
            MERGE (a)-[r:BELONGS_TO]->(h)
            ON CREATE SET r.firstSeen = $now, r.lastSeen = $now, r.importSource = 'resolved', r.lastRunId = $runId
            RETURN count(r) AS linked
            """;

    /** Scoped imports seek the composite index by equality; imports without a scope match the absent property. */
    private static String scopeIs(String property, boolean scoped) {
        return scoped ? property + " = $scope" : property + " IS NULL";
    }

    private static String subLabelDiffers(NodeLabel label) {
        if (!label.isSubLabel()) {
            return "";
        }
        return "OR NOT before:`" + label.cypherName() + "`" + siblings(label).stream()
                .map(other -> " OR before:`" + other.cypherName() + "`").collect(Collectors.joining());
    }

    /** A sub-label is set and its siblings removed: an account can be re-classified by its source. */
    private static String subLabelClause(NodeLabel label) {
        if (!label.isSubLabel()) {
            return "";
        }
        String siblings = siblings(label).stream().map(other -> "n:`" + other.cypherName() + "`")
                .collect(Collectors.joining(", "));
        return "SET n:`" + label.cypherName() + "`" + (siblings.isEmpty() ? "" : " REMOVE " + siblings);
    }

    private static java.util.List<NodeLabel> siblings(NodeLabel label) {
        return Arrays.stream(NodeLabel.values())
                .filter(other -> other.isSubLabel() && other.keyLabel() == label.keyLabel() && other != label)
                .toList();
    }
}
