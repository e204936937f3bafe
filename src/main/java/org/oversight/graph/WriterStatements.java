package org.oversight.graph;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Cypher the {@link GraphWriter} runs, generated once per label or relationship type from the
 * model enums. Only enum names are spliced in (labels and types cannot be parameters); every
 * value travels as a parameter.
 *
 * <p>The writer reads what the graph holds of a part's rows first and writes only the rows that
 * are new or differ: a row the graph already holds as the same source described it costs a read,
 * not a write, so a re-import that changes nothing changes nothing. That a snapshot still contains
 * an unchanged row is known from the snapshot's own ids at reconciliation
 * ({@link SnapshotReconciler}), not from a stamp on every row.
 */
final class WriterStatements {

    /**
     * Writer statements seek by unique id, whatever the statistics say: without this Neo4j replans
     * them every few seconds while an import changes the counts, which cost a third of import time.
     * The hints say {@code USING INDEX SEEK}: a plain index hint is also met by an index scan, and
     * a plan made while the graph was small, then kept, scanned every account of a 100k graph per
     * row; for a part of 10,000 rows the planner may also choose a scan of the whole id index into
     * a hash join, once per part, which made imports slower with size.
     */
    private static final String PLAN_ONCE = "CYPHER replan=skip\n";

    /**
     * What describing a node again clears, whether an import or a steward describes it: it is
     * current ({@code staleSince}, {@code deletedAt}), no longer a stub, and so no longer outside
     * every imported scope ({@code external}).
     */
    private static final String DESCRIBED = "REMOVE n.staleSince, n.deletedAt, n.stub, n.external";

    private WriterStatements() {
    }

    /**
     * What the graph holds of the nodes named in {@code $ids}, for the writer to tell new, changed
     * and unchanged rows apart: the values of the properties the rows give ({@code $keys}, in
     * order) and the bookkeeping that decides a write; no more, as a re-import reads every row.
     */
    static String heldNodes(NodeLabel label) {
        return PLAN_ONCE + """
                UNWIND $ids AS id
                MATCH (n:`%1$s` {id: id}) USING INDEX SEEK n:`%1$s`(id)
                RETURN n.id AS id, elementId(n) AS element, [k IN $keys | n[k]] AS values, n.source AS source,
                       n.sourceScope AS scope, n.staleSince IS NOT NULL AS stale, n.deletedAt IS NOT NULL AS deleted,
                       n.stub IS NOT NULL AS stub, labels(n) AS labels
                """.formatted(label.keyLabel().cypherName());
    }

    /**
     * Nodes the graph did not hold a moment ago in this transaction. CREATE, not MERGE: the id
     * constraint still guards them, and a node another import created meanwhile fails the part,
     * which is then retried and finds it held ({@link Parts}).
     */
    static String createNodes(NodeLabel label) {
        String labels = label.isSubLabel()
                ? "`" + label.keyLabel().cypherName() + "`:`" + label.cypherName() + "`"
                : "`" + label.cypherName() + "`";
        return PLAN_ONCE + """
                UNWIND $rows AS row
                CREATE (n:%s {id: row.id})
                SET n += row.props, n.firstSeen = $now, n.lastSeen = $now,
                    n.source = $source, n.sourceScope = $scope, n.lastRunId = $runId
                %s
                RETURN n.id AS id, elementId(n) AS element
                """.formatted(labels, personKey(label));
    }

    /**
     * Held nodes whose description changed, that were stale, stubs or another source's. A stub
     * described at last is no longer {@code external} (outside every imported scope), whatever
     * the reference that created it said.
     */
    static String updateNodes(NodeLabel label) {
        return PLAN_ONCE + """
                UNWIND $rows AS row
                MATCH (n:`%1$s` {id: row.id}) USING INDEX SEEK n:`%1$s`(id)
                SET n += row.props, n.firstSeen = coalesce(n.firstSeen, $now), n.lastSeen = $now,
                    n.source = $source, n.sourceScope = $scope, n.lastRunId = $runId
                %2$s
                %3$s
                %4$s
                """.formatted(label.keyLabel().cypherName(), DESCRIBED, subLabelClause(label), personKey(label));
    }

    /** Nodes a source only points at are created as stubs when missing and otherwise left alone. */
    static String createReferences(NodeLabel label) {
        String subLabel = label.isSubLabel() ? "SET n:`" + label.cypherName() + "`" : "";
        return PLAN_ONCE + """
                UNWIND $rows AS row
                MERGE (n:`%1$s` {id: row.id})
                ON CREATE SET n += row.props, n.stub = true, n.firstSeen = $now, n.lastSeen = $now, n.source = $source
                %2$s
                RETURN n.id AS id, elementId(n) AS element
                """.formatted(label.keyLabel().cypherName(), subLabel);
    }

    static String existingIds(NodeLabel label) {
        return """
                UNWIND $ids AS id
                MATCH (n:`%1$s` {id: id}) USING INDEX SEEK n:`%1$s`(id)
                RETURN n.id AS id, elementId(n) AS element
                """.formatted(label.keyLabel().cypherName());
    }

    /** As {@link #heldNodes} for the relationships named in {@code $rows} ({@code i}, {@code from}, {@code to}, key {@code props}). */
    static String heldRelationships(RelType type, NodeLabel from, NodeLabel to) {
        return PLAN_ONCE + """
                UNWIND $rows AS row
                MATCH (a:`%1$s` {id: row.from}) USING INDEX SEEK a:`%1$s`(id)
                MATCH (b:`%2$s` {id: row.to}) USING INDEX SEEK b:`%2$s`(id)
                MATCH (a)-[r:`%3$s`%4$s]->(b)
                RETURN row.i AS i, [k IN $keys | r[k]] AS values, r.importSource AS source, r.importScope AS scope
                """.formatted(from.keyLabel().cypherName(), to.keyLabel().cypherName(), type.name(), relationshipKey(type));
    }

    /**
     * As {@link #heldRelationships}, for rows whose ends the import has already found or created
     * ({@code a} and {@code b} their element ids): a seek by element id costs about half an index
     * seek, measured here. The ids are checked too, so that an end deleted meanwhile (its element
     * id then free for another node) reads as no relationship rather than another's. Both ends are
     * found before the relationship (a subquery), so that it is sought between them: expanded
     * from one end, a team owning 100,000 identities cost 100,000 rows per row.
     */
    static String heldRelationshipsBetween(RelType type) {
        return PLAN_ONCE + """
                UNWIND $rows AS row
                MATCH (a) WHERE elementId(a) = row.a AND a.id = row.from
                MATCH (b) WHERE elementId(b) = row.b AND b.id = row.to
                CALL (row, a, b) {
                    MATCH (a)-[r:`%1$s`%2$s]->(b)
                    RETURN r
                }
                RETURN row.i AS i, [k IN $keys | r[k]] AS values, r.importSource AS source, r.importScope AS scope
                """.formatted(type.name(), relationshipKey(type));
    }

    /**
     * As {@link #writeRelationships}, between ends found by element id, ids checked; returns how
     * many rows found both ends (rows, not relationships: a key held twice in the graph merges
     * both), so that the writer can write the others by their ids instead.
     */
    static String writeRelationshipsBetween(RelType type) {
        return PLAN_ONCE + """
                UNWIND $rows AS row
                MATCH (a) WHERE elementId(a) = row.a AND a.id = row.from
                MATCH (b) WHERE elementId(b) = row.b AND b.id = row.to
                WITH row, a, b
                MERGE (a)-[r:`%1$s`%2$s]->(b)
                SET r += row.props, r.firstSeen = coalesce(r.firstSeen, $now), r.lastSeen = $now,
                    r.importSource = $source, r.importScope = $scope, r.lastRunId = $runId
                WITH DISTINCT row
                RETURN count(*) AS written
                """.formatted(type.name(), relationshipKey(type));
    }

    /** New and changed relationships; MERGE, as two imports may add the same relationship between existing nodes. */
    static String writeRelationships(RelType type, NodeLabel from, NodeLabel to) {
        return PLAN_ONCE + """
                UNWIND $rows AS row
                MATCH (a:`%1$s` {id: row.from}) USING INDEX SEEK a:`%1$s`(id)
                MATCH (b:`%2$s` {id: row.to}) USING INDEX SEEK b:`%2$s`(id)
                MERGE (a)-[r:`%3$s`%4$s]->(b)
                SET r += row.props, r.firstSeen = coalesce(r.firstSeen, $now), r.lastSeen = $now,
                    r.importSource = $source, r.importScope = $scope, r.lastRunId = $runId
                """.formatted(from.keyLabel().cypherName(), to.keyLabel().cypherName(), type.name(), relationshipKey(type));
    }

    /**
     * A node as a steward describes it ({@code $id}): created with {@code firstSeen} and the
     * steward's {@code source} (and the mutation's defaults, {@code $created}), or taken as it is,
     * keeping the source that described it; either way {@code lastSeen}, and described again as
     * for an import ({@link #DESCRIBED}). The mutation then sets its own properties.
     */
    static String stewardDescribes(NodeLabel label) {
        requireKeyLabel(label);
        return """
                MERGE (n:`%s` {id: $id})
                ON CREATE SET n += $created, n.firstSeen = $now, n.source = $steward
                SET n.lastSeen = $now
                %s
                RETURN elementId(n) AS element
                """.formatted(label.cypherName(), DESCRIBED);
    }

    /**
     * A node a steward edits without describing it (one attribute, such as a human's status):
     * {@code lastSeen} only; a stale node stays stale, a stub a stub.
     */
    static String stewardEdits(NodeLabel label) {
        requireKeyLabel(label);
        return """
                MATCH (n:`%s` {id: $id})
                SET n.lastSeen = $now
                RETURN elementId(n) AS element
                """.formatted(label.cypherName());
    }

    /**
     * Relationships a steward writes from {@code $from} to each of {@code $to} (element ids), with
     * the type's key properties from {@code $key}: created with {@code firstSeen} and the
     * steward's {@code importSource} (and {@code $created}), {@code $props} and {@code lastSeen}
     * either way. A relationship an import wrote stays that import's, as a node stays its source's,
     * unless the steward {@code claims} it: then it is the stewards' from now on, without the
     * import's scope and run, so that no snapshot of that import removes it.
     */
    static String stewardRelationships(RelType type, boolean claims) {
        String key = type.keyProperties().stream().map(p -> "`" + p + "`: $key.`" + p + "`")
                .collect(Collectors.joining(", ", " {", "}"));
        return """
                MATCH (a) WHERE elementId(a) = $from
                UNWIND $to AS to
                MATCH (b) WHERE elementId(b) = to
                MERGE (a)-[r:`%s`%s]->(b)
                ON CREATE SET r += $created, r.firstSeen = $now, r.importSource = $steward
                SET r += $props, r.lastSeen = $now
                %s
                RETURN a, r, b
                """.formatted(type.name(), type.keyProperties().isEmpty() ? "" : key,
                claims ? "SET r.importSource = $steward REMOVE r.importScope, r.lastRunId" : "");
    }

    /** Stewards write nodes by the label that holds their id; a sub-label is the business of its source. */
    private static void requireKeyLabel(NodeLabel label) {
        if (label.isSubLabel() || label.isOversightRecord()) {
            throw new IllegalArgumentException("stewards do not describe " + label + " nodes");
        }
    }

    private static String relationshipKey(RelType type) {
        return type.keyProperties().isEmpty() ? "" : type.keyProperties().stream()
                .map(p -> "`" + p + "`: row.props.`" + p + "`")
                .collect(Collectors.joining(", ", " {", "}"));
    }

    /** What a source and scope wrote of a label and still holds current: read by the (source, sourceScope) index. */
    static String currentNodeIds(NodeLabel label, boolean scoped) {
        return PLAN_ONCE + """
                MATCH (n:`%s`)%s
                WHERE n.source = $source AND %s AND n.staleSince IS NULL AND n.stub IS NULL
                RETURN n.id AS id
                """.formatted(label.keyLabel().cypherName(), sourceSeek("n", label, scoped), scopeIs("n.sourceScope", scoped));
    }

    /** How many nodes {@link #currentNodeIds} would return: when the snapshot holds as many, none is gone. */
    static String currentNodeCount(NodeLabel label, boolean scoped) {
        return PLAN_ONCE + """
                MATCH (n:`%s`)%s
                WHERE n.source = $source AND %s AND n.staleSince IS NULL AND n.stub IS NULL
                RETURN count(n) AS current
                """.formatted(label.keyLabel().cypherName(), sourceSeek("n", label, scoped), scopeIs("n.sourceScope", scoped));
    }

    static String markStale(NodeLabel label) {
        return PLAN_ONCE + """
                UNWIND $ids AS id
                MATCH (n:`%1$s` {id: id}) USING INDEX SEEK n:`%1$s`(id)
                WHERE n.staleSince IS NULL
                SET n.staleSince = $now
                RETURN count(n) AS stale
                """.formatted(label.keyLabel().cypherName());
    }

    static String markDeletedNodes(NodeLabel label, boolean scoped) {
        return PLAN_ONCE + """
                MATCH (n:`%s`)%s
                WHERE n.source = $source AND %s
                  AND n.staleSince <= $deleteStaleBefore AND n.deletedAt IS NULL
                WITH n LIMIT $limit
                SET n.deletedAt = $now
                RETURN count(n) AS deleted
                """.formatted(label.keyLabel().cypherName(), sourceSeek("n", label, scoped), scopeIs("n.sourceScope", scoped));
    }

    /** The relationships of a type a source and scope wrote, with what tells them apart, by the (importSource, importScope) index. */
    static String currentRelationships(RelType type, boolean scoped) {
        String key = type.keyProperties().stream().map(p -> "r.`" + p + "`").collect(Collectors.joining(", ", "[", "]"));
        return PLAN_ONCE + """
                MATCH (a)-[r:`%s`]->(b)%s
                WHERE r.importSource = $source AND %s
                RETURN elementId(r) AS relationship, labels(a) AS fromLabels, a.id AS from, labels(b) AS toLabels,
                       b.id AS to, %s AS key
                """.formatted(type.name(), importSeek(type, scoped), scopeIs("r.importScope", scoped), key);
    }

    /** How many relationships {@link #currentRelationships} would return. */
    static String currentRelationshipCount(RelType type, boolean scoped) {
        return PLAN_ONCE + """
                MATCH ()-[r:`%s`]->()%s
                WHERE r.importSource = $source AND %s
                RETURN count(r) AS current
                """.formatted(type.name(), importSeek(type, scoped), scopeIs("r.importScope", scoped));
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
     * The rule by which a person's account belongs to a person: the human whose id is the
     * account's e-mail address or user principal name, lower-cased. Kept on the account as
     * {@code personKey} (indexed) so that a new human finds its accounts by a seek; an account
     * re-classified as non-human loses it.
     */
    private static String personKey(NodeLabel label) {
        if (label == NodeLabel.HUMAN_ACCOUNT) {
            return "SET n.personKey = toLower(coalesce(n.email, n.upn))";
        }
        return label == NodeLabel.NON_HUMAN_IDENTITY ? "REMOVE n.personKey" : "";
    }

    /**
     * Reconciliation of a scope seeks the (source, sourceScope) index, whatever plan the graph's
     * size once suggested: kept from a small graph, a label scan made every AWS account's
     * reconciliation at 1M take 0.65 s. Without a scope the index cannot serve (it holds no
     * absent values).
     */
    private static String sourceSeek(String variable, NodeLabel label, boolean scoped) {
        return scoped ? " USING INDEX SEEK %s:`%s`(source, sourceScope)".formatted(variable, label.keyLabel().cypherName()) : "";
    }

    private static String importSeek(RelType type, boolean scoped) {
        return scoped ? " USING INDEX SEEK r:`%s`(importSource, importScope)".formatted(type.name()) : "";
    }

    /** Scoped imports seek the composite index by equality; imports without a scope match the absent property. */
    private static String scopeIs(String property, boolean scoped) {
        return scoped ? property + " = $scope" : property + " IS NULL";
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

    /** The other sub-labels of a sub-label's key label: a node carries at most one of them. */
    static java.util.List<NodeLabel> siblings(NodeLabel label) {
        return Arrays.stream(NodeLabel.values())
                .filter(other -> other.isSubLabel() && other.keyLabel() == label.keyLabel() && other != label)
                .toList();
    }
}
