package org.oversight.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.oversight.QueryPlans;
import org.oversight.graph.CypherQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The plans of the key read queries: pages seek the id index in order, lookups seek a key index,
 * and no label or whole-graph scan appears where an index exists.
 */
class QueryPlansTest extends OversightIntegrationTest {

    private static final List<String> SCANS = List.of("AllNodesScan", "NodeByLabelScan");

    @Autowired
    CypherQueries queries;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void pagesSeekTheIdIndexOnTheFirstPageAndAfterACursor() {
        for (String name : List.of("identities", "credentials", "humans", "teams", "agents", "ai-systems", "models", "controls",
                "risks")) {
            for (String after : List.of("", "m")) {
                Map<String, Object> parameters = new java.util.HashMap<>(Map.of("after", after, "limit", 51, "withTotal", false));
                for (String filter : List.of("provider", "kind", "status", "ownerless", "team")) {
                    parameters.put(filter, null);
                }
                List<String> operators = operators("queries/" + name, parameters);
                assertThat(operators).as("%s after '%s'", name, after).noneMatch(SCANS::contains)
                        .anyMatch(op -> op.startsWith("NodeIndexSeekByRange") || op.startsWith("NodeUniqueIndexSeekByRange"));
            }
        }
    }

    @Test
    void aPageWithAFilterStillSeeksInsteadOfScanning() {
        List<String> operators = operators("queries/identities", Map.of("after", "", "limit", 51, "withTotal", false,
                "provider", "aws", "kind", "IAM_ROLE", "status", "ACTIVE", "ownerless", true));
        assertThat(operators).noneMatch(SCANS::contains);
    }

    @Test
    void anUnfilteredCountComesFromTheCountStore() {
        for (String name : List.of("agents", "ai-systems", "models", "controls", "risks", "teams")) {
            assertThat(operators("queries/" + name + "-count", Map.of())).as(name).contains("NodeCountFromCountStore");
        }
    }

    @Test
    void lookupsByIdSeekTheirKeyIndex() {
        assertThat(operators("queries/node", Map.of("id", "ai:credit-scoring"))).noneMatch(SCANS::contains);
        assertThat(operators("queries/find-node", Map.of("id", "ai:credit-scoring", "labels", List.of("AiSystem"))))
                .noneMatch(SCANS::contains);
        assertThat(operators("queries/accountability/up", Map.of("elementId", "4:x:1"))).noneMatch(SCANS::contains);
        assertThat(operators("queries/accountability/owners", Map.of("elementId", "4:x:1"))).noneMatch(SCANS::contains);
    }

    private List<String> operators(String query, Map<String, Object> parameters) {
        return QueryPlans.operators(neo4j, queries.get(query), parameters);
    }
}
