package org.oversight.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;

/**
 * A requirement that an open finding breaks cannot be FULL in that finding's scope: an AI system
 * approved by its own owner has its control for deployment approval meet A.6.2.5 only in part.
 */
class CoverageHonoursFindingsTest extends OversightIntegrationTest {

    private static final String SYSTEM = """
            CREATE (ann:Human {id: 'ann@coverage.test', status: 'ACTIVE', fixture: 'coverage'})
            CREATE (bob:Human {id: 'bob@coverage.test', status: 'ACTIVE', fixture: 'coverage'})
            CREATE (s:AiSystem {id: 'test:coverage-system', lifecycle: 'PRODUCTION', euRiskClass: 'MINIMAL', role: 'DEPLOYER', fixture: 'coverage'})
            CREATE (s)-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED', attestedAt: datetime()}]->(ann)
            CREATE (s)-[:APPROVED_BY {at: datetime() - duration('P3D')}]->(bob)
            CREATE (c:Control {id: 'control:COVERAGE-FINDINGS', status: 'IMPLEMENTED', fixture: 'coverage'})-[:APPLIES_TO]->(s)
            CREATE (:Evidence {id: 'evidence:coverage-findings', collectedAt: datetime() - duration('P1D'),
                               expiresAt: datetime() + duration('P90D'), fixture: 'coverage'})-[:EVIDENCES]->(c)
            WITH c
            MATCH (r:Requirement {id: 'ISO42001:A.6.2.5'})
            CREATE (c)-[:SATISFIES {relationship: 'EQUAL', strength: 9}]->(r)
            """;

    @AfterEach
    void removeFixtures() {
        cypher.run("MATCH (n {fixture: 'coverage'}) DETACH DELETE n", Map.of());
    }

    @Test
    void aFullRequirementIsPartialWhileAFindingInItsScopeBreaksIt() {
        cypher.run(SYSTEM, Map.of());
        Map<String, Object> before = deploymentApproval();
        assertThat(before.get("status")).isEqualTo("FULL");
        assertThat((List<?>) before.get("brokenBy")).isEmpty();

        cypher.run("""
                MATCH (s:AiSystem {id: 'test:coverage-system'}), (ann:Human {id: 'ann@coverage.test'})
                CREATE (s)-[:APPROVED_BY {at: datetime()}]->(ann)
                """, Map.of());
        Map<String, Object> after = deploymentApproval();

        assertThat(after.get("status")).isEqualTo("PARTIAL");
        assertThat(((List<?>) after.get("brokenBy")).stream().map(f -> String.valueOf(((Map<?, ?>) f).get("id"))).toList())
                .containsExactly("self-approved-ai-system:test:coverage-system");
        assertThat((String) after.get("reason")).contains("not FULL while 1 open finding breaks it (self-approved-ai-system");
    }

    @Test
    void findingsOfOtherAiSystemsDoNotTouchTheScope() {
        cypher.run(SYSTEM, Map.of());
        Map<String, Object> scoped = deploymentApproval();
        assertThat((List<?>) scoped.get("brokenBy")).isEmpty();

        List<String> organisationWide = graphQl().document("""
                { coverage(framework: "ISO42001") { requirements { requirement { id } brokenBy { id } } } }
                """).execute().path("coverage.requirements[?(@.requirement.id == 'ISO42001:A.6.2.5')].brokenBy[*].id")
                .entityList(String.class).get();
        assertThat(organisationWide).contains("self-approved-ai-system:ai:customer-support-assistant");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> deploymentApproval() {
        return (Map<String, Object>) graphQl().document("""
                { coverage(framework: "ISO42001", scope: "test:coverage-system") {
                    requirements { requirement { id } status reason brokenBy { id } } } }
                """).execute().path("coverage.requirements[?(@.requirement.id == 'ISO42001:A.6.2.5')]")
                .entityList(Object.class).get().getFirst();
    }
}
