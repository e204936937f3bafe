package org.oversight.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;

/**
 * Findings are kept per version of the graph: asked twice with nothing written between, the rules
 * ran once; after a mutation, or data added outside Oversight, the next request sees the change.
 */
class KeptFindingsTest extends OversightIntegrationTest {

    private static final String ORPHAN = "arn:aws:iam::111122223333:role/temp-admin-migration";

    private static final String FINDINGS = """
            query($filter: UnownedRiskFilter) { unownedRisks(first: 500, filter: $filter) {
              nodes { id } summary { total evaluatedAt } } }
            """;

    @Test
    void withNothingWrittenTheRulesAreNotRunAgain() {
        OffsetDateTime first = evaluatedAt(Map.of());
        OffsetDateTime second = evaluatedAt(Map.of("rule", "orphaned-identity"));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aMutationIsSeenByTheNextRequest() {
        Map<String, Object> orphans = Map.of("rule", "orphaned-identity");
        OffsetDateTime before = evaluatedAt(orphans);
        assertThat(ids(orphans)).contains("orphaned-identity:" + ORPHAN);
        try {
            graphQl().document("mutation { assignOwner(subject: \"%s\", owner: \"team:platform\", role: ACCOUNTABLE) { source } }"
                    .formatted(ORPHAN)).execute().path("assignOwner.source").entity(String.class).isEqualTo("DECLARED");

            assertThat(ids(orphans)).doesNotContain("orphaned-identity:" + ORPHAN);
            assertThat(evaluatedAt(orphans)).isAfter(before);
        } finally {
            graphQl().document("mutation { removeOwner(subject: \"%s\", owner: \"team:platform\", role: ACCOUNTABLE) { removed } }"
                    .formatted(ORPHAN)).execute();
        }
        assertThat(ids(orphans)).contains("orphaned-identity:" + ORPHAN);
    }

    @Test
    void dataAddedOutsideOversightIsSeenByTheNextRequest() {
        Map<String, Object> orphans = Map.of("rule", "orphaned-identity");
        assertThat(ids(orphans)).doesNotContain("orphaned-identity:test:written-by-a-script");
        try {
            cypher.run("CREATE (:Identity:NonHumanIdentity {id: 'test:written-by-a-script', status: 'ACTIVE', fixture: 'kept'})", Map.of());
            assertThat(ids(orphans)).contains("orphaned-identity:test:written-by-a-script");
        } finally {
            cypher.run("MATCH (n {fixture: 'kept'}) DETACH DELETE n", Map.of());
        }
        assertThat(ids(orphans)).doesNotContain("orphaned-identity:test:written-by-a-script");
    }

    private OffsetDateTime evaluatedAt(Map<String, Object> filter) {
        return OffsetDateTime.parse(graphQl().document(FINDINGS).variable("filter", filter).execute()
                .path("unownedRisks.summary.evaluatedAt").entity(String.class).get());
    }

    private List<String> ids(Map<String, Object> filter) {
        return graphQl().document(FINDINGS).variable("filter", filter).execute()
                .path("unownedRisks.nodes[*].id").entityList(String.class).get();
    }
}
