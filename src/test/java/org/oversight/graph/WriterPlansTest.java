package org.oversight.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.oversight.QueryPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The writer's statements seek per row: a scan in one of them costs the whole label on every part
 * of every import, which at 100k identities turned one import from a second into minutes.
 */
class WriterPlansTest extends OversightIntegrationTest {

    private static final List<String> SCANS = List.of("AllNodesScan", "NodeByLabelScan", "NodeIndexScan", "UnionNodeByLabelsScan",
            "IntersectionNodeByLabelsScan", "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan");

    @Autowired
    Neo4jClient neo4j;

    private final Map<String, Object> context = Map.of("runId", "run:plan", "now", OffsetDateTime.now(), "source", "plan",
            "scope", "s");

    @Test
    void linkingAccountsToPeopleSeeksByIdAndPersonKey() {
        for (String statement : List.of(AccountLinks.UNLINK_MOVED_ACCOUNTS, AccountLinks.LINK_ACCOUNTS, AccountLinks.LINK_HUMANS)) {
            assertThat(operators(statement, with("ids", List.of("a")))).noneMatch(SCANS::contains);
        }
    }

    @Test
    void readingAndWritingRowsSeeksTheIdIndex() {
        Map<String, Object> node = Map.of("id", "x", "props", Map.of("name", "x"));
        Map<String, Object> rel = Map.of("i", 0, "from", "a", "to", "b", "props", Map.of("source", "s", "role", "r"));
        for (NodeLabel label : List.of(NodeLabel.HUMAN_ACCOUNT, NodeLabel.CREDENTIAL)) {
            assertThat(operators(WriterStatements.heldNodes(label), with("ids", List.of("x"), "keys", List.of("name"))))
                    .noneMatch(SCANS::contains);
            assertThat(operators(WriterStatements.updateNodes(label), with("rows", List.of(node)))).noneMatch(SCANS::contains);
        }
        assertThat(operators(WriterStatements.heldRelationships(RelType.OWNED_BY, NodeLabel.IDENTITY, NodeLabel.HUMAN),
                with("rows", List.of(rel), "keys", List.of("role", "source")))).noneMatch(SCANS::contains);
        assertThat(operators(WriterStatements.writeRelationships(RelType.OWNED_BY, NodeLabel.IDENTITY, NodeLabel.HUMAN),
                with("rows", List.of(rel)))).noneMatch(SCANS::contains);
    }

    @Test
    void relationshipsBetweenEndsTheImportFoundSeekTheirElementIds() {
        Map<String, Object> rel = Map.of("i", 0, "from", "a", "to", "b", "a", "4:x:1", "b", "4:x:2",
                "props", Map.of("source", "s", "role", "r"));
        List<String> read = operators(WriterStatements.heldRelationshipsBetween(RelType.OWNED_BY),
                with("rows", List.of(rel), "keys", List.of("role", "source")));
        List<String> write = operators(WriterStatements.writeRelationshipsBetween(RelType.OWNED_BY), with("rows", List.of(rel)));
        // sought between both ends: expanded from one, a team owning 100,000 identities costs 100,000 rows per row
        assertThat(read).contains("NodeByElementIdSeek", "Expand(Into)").doesNotContain("Expand(All)").noneMatch(SCANS::contains);
        assertThat(write).contains("NodeByElementIdSeek").doesNotContain("Expand(All)").noneMatch(SCANS::contains);
    }

    @Test
    void reconcilingAScopeSeeksItsSourceIndex() {
        Map<String, Object> parameters = with("limit", 10, "deleteStaleBefore", OffsetDateTime.now());
        for (NodeLabel label : List.of(NodeLabel.IDENTITY, NodeLabel.POLICY)) {
            assertThat(operators(WriterStatements.currentNodeCount(label, true), parameters)).noneMatch(SCANS::contains);
            assertThat(operators(WriterStatements.currentNodeIds(label, true), parameters)).noneMatch(SCANS::contains);
            assertThat(operators(WriterStatements.markDeletedNodes(label, true), parameters)).noneMatch(SCANS::contains);
        }
        assertThat(operators(WriterStatements.currentRelationshipCount(RelType.HAS_CREDENTIAL, true), parameters))
                .noneMatch(SCANS::contains);
        assertThat(operators(WriterStatements.currentRelationships(RelType.OWNED_BY, true), parameters)).noneMatch(SCANS::contains);
    }

    private Map<String, Object> with(Object... namesAndValues) {
        Map<String, Object> parameters = new java.util.HashMap<>(context);
        parameters.putAll(CypherClient.parameters(namesAndValues));
        return parameters;
    }

    private List<String> operators(String statement, Map<String, Object> parameters) {
        return QueryPlans.operators(neo4j, statement, parameters);
    }
}
