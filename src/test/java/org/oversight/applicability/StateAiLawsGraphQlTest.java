package org.oversight.applicability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Whom the Colorado ADMT law (C.R.S. Part 17 as reenacted by SB 26-189) and the Texas Responsible AI
 * Governance Act bind and from when, as an analyst reads it over GraphQL, and how an ISO/IEC 42001
 * control reaches them through the authored crosswalks. The expected sets are written out from the
 * catalogs' statute sections, not computed.
 */
class StateAiLawsGraphQlTest extends OversightIntegrationTest {

    private static final String PREFIX = "ai:state-laws-";
    private static final String CONTROL = "control:STATE-LAWS-TEST";
    /** After both laws apply. */
    private static final String LATER = "2027-06-01";

    @AfterEach
    void removeTestData() {
        cypher.run("MATCH (s:AiSystem) WHERE s.id STARTS WITH $prefix DETACH DELETE s", Map.of("prefix", PREFIX));
        cypher.run("""
                MATCH (c:Control {id: $control}) OPTIONAL MATCH (e:Evidence)-[:EVIDENCES]->(c) DETACH DELETE c, e
                """, Map.of("control", CONTROL));
    }

    private String system(String name, String role, String deployerKind, List<String> functions) {
        String id = PREFIX + name;
        Map<String, Object> input = new HashMap<>(Map.of("id", id, "name", name, "role", role,
                "deployerKind", deployerKind, "functions", functions));
        graphQl().document("mutation($input: UpsertAiSystemInput!) { upsertAiSystem(input: $input) { id } }")
                .variable("input", input).execute().path("upsertAiSystem.id").entity(String.class).isEqualTo(id);
        return id;
    }

    private GraphQlTester.Response coverage(String framework, String scope, String asOf) {
        return graphQl().document("""
                query($framework: ID!, $scope: ID, $asOf: Date) { coverage(framework: $framework, scope: $scope, asOf: $asOf) {
                    notYetApplicable
                    requirements { requirement { id ref } status applicability { status appliesFrom }
                        why { control { id } evidence relationship contributes
                              steps { kind from to relationship mappingSet derived } } } } }
                """).variable("framework", framework).variable("scope", scope).variable("asOf", asOf).execute();
    }

    private List<String> refs(String framework, String scope, String asOf) {
        return coverage(framework, scope, asOf).path("coverage.requirements[*].requirement.ref").entityList(String.class).get();
    }

    @Test
    void sixFrameworksAreShippedEachWithItsVersion() {
        GraphQlTester.Response answer = graphQl().document("{ frameworks { id version } }").execute();
        assertThat(answer.path("frameworks[*].id").entityList(String.class).get())
                .containsExactlyInAnyOrder("ISO42001", "EU_AI_ACT", "NIST_AI_RMF", "NIST_CSF_2", "CO_AI_ACT", "TX_TRAIGA");
        assertThat(answer.path("frameworks[*].version").entityList(String.class).get()).hasSize(6).allSatisfy(v -> assertThat(v).isNotBlank());
        assertThat(answer.path("frameworks[?(@.id == 'CO_AI_ACT')].version").entityList(String.class).get())
                .singleElement().satisfies(v -> assertThat(v).contains("SB 26-189", "SB 24-205", "SB25B-004", "2027-01-01"));
        assertThat(answer.path("frameworks[?(@.id == 'TX_TRAIGA')].version").entityList(String.class).get())
                .singleElement().satisfies(v -> assertThat(v).contains("H.B. 149", "2026-01-01"));
    }

    @Test
    void coloradoBindsDevelopersAndDeployersOfCoveredAdmtFromItsDate() {
        String deployer = system("co-deployer", "DEPLOYER", "PRIVATE", List.of("CONSEQUENTIAL_DECISION"));
        assertThat(refs("CO_AI_ACT", deployer, LATER)).containsExactlyInAnyOrder(
                "6-1-1703", "6-1-1704(1)", "6-1-1704(3)", "6-1-1705(1)(a)(I)", "6-1-1705(1)(a)(II)");
        assertThat(coverage("CO_AI_ACT", deployer, LATER).path("coverage.requirements[*].applicability.status")
                .entityList(String.class).get()).containsOnly("APPLIES");

        String developer = system("co-developer", "PROVIDER", "PRIVATE", List.of("CONSEQUENTIAL_DECISION"));
        assertThat(refs("CO_AI_ACT", developer, LATER)).containsExactlyInAnyOrder(
                "6-1-1702(1)(a)", "6-1-1702(1)(b)", "6-1-1702(1)(c)", "6-1-1702(1)(d)", "6-1-1702(1)(e)",
                "6-1-1702(2)", "6-1-1702(4)");

        String chatbot = system("co-chatbot", "DEPLOYER", "PRIVATE", List.of("INTERACTS_WITH_PEOPLE"));
        assertThat(refs("CO_AI_ACT", chatbot, LATER)).as("the reenacted law has no general AI-interaction notice").isEmpty();
        String none = system("co-none", "PROVIDER", "PRIVATE", List.of());
        assertThat(refs("CO_AI_ACT", none, LATER)).as("nothing binds an AI system that decides nothing about consumers").isEmpty();

        GraphQlTester.Response dayBefore = coverage("CO_AI_ACT", deployer, "2026-12-31");
        dayBefore.path("coverage.requirements").entityList(Object.class).hasSize(0);
        dayBefore.path("coverage.notYetApplicable").entity(Integer.class).isEqualTo(5);
        assertThat(refs("CO_AI_ACT", deployer, "2027-01-01")).hasSize(5);

        GraphQlTester.Response timeline = graphQl().document("""
                query($id: ID!) { obligationsTimeline(aiSystem: $id, framework: "CO_AI_ACT") {
                    date obligations { requirement { ref } } } }
                """).variable("id", deployer).execute();
        assertThat(timeline.path("obligationsTimeline[*].date").entityList(String.class).get()).containsExactly("2027-01-01");
        assertThat(timeline.path("obligationsTimeline[0].obligations[*].requirement.ref").entityList(String.class).get())
                .containsExactlyInAnyOrder("6-1-1703", "6-1-1704(1)", "6-1-1704(3)", "6-1-1705(1)(a)(I)", "6-1-1705(1)(a)(II)");
    }

    @Test
    void texasBindsGovernmentalDisclosureAndProhibitionsFromJanuary2026() {
        List<String> everyone = List.of("552.052", "552.055", "552.056", "552.057",
                "552.105(e)(2)(A)", "552.105(e)(2)(B)", "552.105(e)(2)(C)", "552.105(e)(2)(D)");

        String agency = system("tx-agency", "DEPLOYER", "PUBLIC_BODY", List.of("INTERACTS_WITH_PEOPLE"));
        List<String> agencyRefs = refs("TX_TRAIGA", agency, LATER);
        assertThat(agencyRefs).containsAll(everyone).contains("552.051(b)", "552.051(d)", "552.053", "552.054")
                .doesNotContain("552.051(f)").hasSize(everyone.size() + 4);

        String business = system("tx-business", "DEPLOYER", "PRIVATE", List.of("INTERACTS_WITH_PEOPLE"));
        assertThat(refs("TX_TRAIGA", business, LATER)).as("a private chatbot owes no TRAIGA disclosure")
                .containsExactlyInAnyOrderElementsOf(everyone);

        String clinic = system("tx-clinic", "DEPLOYER", "PRIVATE", List.of("HEALTH_CARE_SERVICE"));
        assertThat(refs("TX_TRAIGA", clinic, LATER)).contains("552.051(f)", "552.051(d)").doesNotContain("552.051(b)");

        String developer = system("tx-developer", "PROVIDER", "PRIVATE", List.of());
        assertThat(refs("TX_TRAIGA", developer, LATER)).containsExactlyInAnyOrderElementsOf(everyone);

        assertThat(refs("TX_TRAIGA", agency, "2025-12-31")).isEmpty();
        assertThat(coverage("TX_TRAIGA", agency, "2026-01-01").path("coverage.requirements[*].applicability.appliesFrom")
                .entityList(String.class).get()).hasSize(everyone.size() + 4).containsOnly("2026-01-01");
        graphQl().document("""
                query($id: ID!) { obligationsTimeline(aiSystem: $id, framework: "TX_TRAIGA") { date } }
                """).variable("id", agency).execute().path("obligationsTimeline[*].date").entityList(String.class)
                .containsExactly("2026-01-01");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIsoControlMetWithEvidenceReachesColoradoAndTheTexasDefenceThroughTheCrosswalks() {
        String deployer = system("crosswalk", "PROVIDER", "PRIVATE", List.of("CONSEQUENTIAL_DECISION"));
        implementedControlWithEvidence(CONTROL, "Model cards for every customer release", "ISO42001:A.8.2", "ISO42001:A.6.2.4");

        assertPath(coverage("CO_AI_ACT", deployer, LATER), "CO_AI_ACT:6-1-1702(1)(d)", "ISO42001:A.8.2", "iso42001-to-co-ai-act");
        assertPath(coverage("TX_TRAIGA", deployer, LATER), "TX_TRAIGA:552.105(e)(2)(B)", "ISO42001:A.6.2.4", "iso42001-to-tx-traiga");
    }

    @SuppressWarnings("unchecked")
    private void assertPath(GraphQlTester.Response answer, String target, String isoElement, String mappingSet) {
        List<Object> rows = answer.path("coverage.requirements[?(@.requirement.id == '" + target + "')]").entityList(Object.class).get();
        assertThat(rows).as("%s is assessed", target).hasSize(1);
        Map<String, Object> row = (Map<String, Object>) rows.getFirst();
        assertThat(row.get("status")).isIn("FULL", "PARTIAL");
        List<Map<String, Object>> ours = ((List<Map<String, Object>>) row.get("why")).stream()
                .filter(path -> CONTROL.equals(((Map<?, ?>) path.get("control")).get("id")))
                .filter(path -> ((List<?>) path.get("steps")).size() == 2).toList();
        assertThat(ours).as("the test control's direct path to %s", target).singleElement().satisfies(path -> {
            assertThat(path.get("evidence")).isEqualTo("IN_DATE");
            assertThat(path.get("contributes")).isIn("FULL", "PARTIAL");
            List<Map<String, Object>> steps = (List<Map<String, Object>>) path.get("steps");
            assertThat(steps).hasSize(2);
            assertThat(steps.get(0)).containsEntry("kind", "SATISFIES").containsEntry("to", isoElement);
            assertThat(steps.get(1)).containsEntry("kind", "MAPS_TO").containsEntry("from", isoElement)
                    .containsEntry("to", target).containsEntry("mappingSet", mappingSet).containsEntry("derived", false);
        });
    }
}
