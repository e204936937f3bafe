package org.oversight.applicability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Whom each EU AI Act obligation binds and from when, as an analyst reads it over GraphQL: AI
 * systems recorded through {@code upsertAiSystem}, assessed through {@code coverage} and
 * {@code obligationsTimeline}. The expected sets are written out from the Regulation, not computed.
 */
class EuAiActApplicabilityGraphQlTest extends OversightIntegrationTest {

    private static final String PREFIX = "ai:applicability-";
    /** After every date of application: these assertions are about whom, not when. */
    private static final String LATER = "2030-01-01";

    @AfterEach
    void removeSystems() {
        cypher.run("MATCH (s:AiSystem) WHERE s.id STARTS WITH $prefix DETACH DELETE s", Map.of("prefix", PREFIX));
    }

    private String system(String name, Map<String, Object> attributes) {
        String id = PREFIX + name;
        Map<String, Object> input = new java.util.HashMap<>(attributes);
        input.put("id", id);
        input.put("name", name);
        graphQl().document("mutation($input: UpsertAiSystemInput!) { upsertAiSystem(input: $input) { id } }")
                .variable("input", input).execute().path("upsertAiSystem.id").entity(String.class).isEqualTo(id);
        return id;
    }

    /** A system whose every condition is recorded: private deployer, provider in the Union, no Art. 50 function. */
    private String recorded(String riskClass, String role) {
        Map<String, Object> attributes = new java.util.HashMap<>(Map.of("euRiskClass", riskClass, "role", role,
                "deployerKind", "PRIVATE", "establishedInUnion", true, "functions", List.of()));
        if (riskClass.equals("HIGH")) {
            attributes.put("euAnnexIIIPoint", "4(a)");   // recruitment: Annex III, not point 2, not 5(b)/(c)
        }
        return system((riskClass + "-" + role).toLowerCase(), attributes);
    }

    private GraphQlTester.Response coverage(String scope, String asOf) {
        return graphQl().document("""
                query($scope: ID, $asOf: Date) { coverage(framework: "EU_AI_ACT", scope: $scope, asOf: $asOf) {
                    asOf notYetApplicable total
                    requirements { requirement { ref } applicability { status appliesFrom reason } } } }
                """).variable("scope", scope).variable("asOf", asOf).execute();
    }

    private List<String> refs(String scope, String asOf) {
        return coverage(scope, asOf).path("coverage.requirements[*].requirement.ref").entityList(String.class).get();
    }

    private static Set<String> articles(List<String> refs) {
        return refs.stream().map(ref -> ref.contains("(") ? ref.substring(0, ref.indexOf('(')) : ref)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> articles(String numbers) {
        return Arrays.stream(numbers.split(" ")).map(n -> "Art." + n).collect(Collectors.toCollection(TreeSet::new));
    }

    private Map<String, Object> row(String scope, String asOf, String ref) {
        List<Object> rows = coverage(scope, asOf).path("coverage.requirements[?(@.requirement.ref == '" + ref + "')]")
                .entityList(Object.class).get();
        assertThat(rows).as("%s for %s", ref, scope).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> row = (Map<String, Object>) ((Map<String, Object>) rows.getFirst()).get("applicability");
        return row;
    }

    @Test
    void eachClassAndRoleIsBoundByExactlyItsArticles() {
        // Art. 4 binds providers and deployers; Art. 5 every operator; the rest by class and role.
        Map<String, String> expected = Map.ofEntries(
                Map.entry("HIGH PROVIDER", "4 5 8 9 10 11 12 13 14 15 16 17 18 19 20 21 25 43 47 48 49 72 73"),
                Map.entry("HIGH DEPLOYER", "4 5 25 26 86"),
                Map.entry("HIGH IMPORTER", "5 23 25"),
                Map.entry("HIGH DISTRIBUTOR", "5 24 25"),
                Map.entry("GPAI PROVIDER", "4 5 52 53"),
                Map.entry("GPAI_SYSTEMIC PROVIDER", "4 5 52 53 55"));
        for (String riskClass : List.of("PROHIBITED", "HIGH", "LIMITED", "MINIMAL", "GPAI", "GPAI_SYSTEMIC")) {
            for (String role : List.of("PROVIDER", "DEPLOYER", "IMPORTER", "DISTRIBUTOR")) {
                String scope = recorded(riskClass, role);
                String fallback = role.equals("PROVIDER") || role.equals("DEPLOYER") ? "4 5" : "5";
                GraphQlTester.Response answer = coverage(scope, LATER);
                assertThat(articles(answer.path("coverage.requirements[*].requirement.ref").entityList(String.class).get()))
                        .as("%s %s", riskClass, role)
                        .isEqualTo(articles(expected.getOrDefault(riskClass + " " + role, fallback)));
                assertThat(answer.path("coverage.requirements[*].applicability.status").entityList(String.class).get())
                        .as("every condition of %s %s is recorded", riskClass, role).containsOnly("APPLIES");
            }
        }
    }

    @Test
    void conditionsBindWhereTheSystemMeetsThem() {
        String publicCredit = system("public-credit", Map.of("euRiskClass", "HIGH", "role", "DEPLOYER",
                "deployerKind", "PUBLIC_BODY", "euAnnexIIIPoint", "5(b)", "functions", List.of()));
        assertThat(refs(publicCredit, LATER)).contains("Art.26(8)", "Art.27(1)", "Art.27(4)", "Art.49(3)", "Art.26(11)", "Art.86")
                .doesNotContain("Art.26(7)", "Art.26(10)", "Art.27(5)");

        String privateRecruiting = system("private-recruiting", Map.of("euRiskClass", "HIGH", "role", "DEPLOYER",
                "deployerKind", "PRIVATE", "euAnnexIIIPoint", "4(a)", "functions", List.of("WORKPLACE_USE")));
        assertThat(refs(privateRecruiting, LATER)).as("no rights impact assessment for a private recruiter")
                .contains("Art.26(7)").noneMatch(ref -> ref.startsWith("Art.27")).doesNotContain("Art.26(8)", "Art.49(3)");
        graphQl().document("""
                mutation($scope: ID) { setApplicability(requirement: "EU_AI_ACT:Art.27(1)", scope: $scope, applicable: true,
                    justification: "Group policy: every recruiting system gets a rights impact assessment") { applicable } }
                """).variable("scope", privateRecruiting).execute().path("setApplicability.applicable").entity(Boolean.class).isEqualTo(true);
        assertThat(row(privateRecruiting, LATER, "Art.27(1)")).as("a steward's decision overrides the tags")
                .containsEntry("status", "APPLIES").containsEntry("appliesFrom", "2027-12-02")
                .containsEntry("reason", "Applies by decision: Group policy: every recruiting system gets a rights impact assessment");

        String gridOperator = system("grid", Map.of("euRiskClass", "HIGH", "role", "DEPLOYER",
                "deployerKind", "PUBLIC_BODY", "euAnnexIIIPoint", "2", "functions", List.of()));
        assertThat(refs(gridOperator, LATER)).as("critical infrastructure is excepted from Art. 27, 49(3) and 86")
                .contains("Art.26(8)").noneMatch(ref -> ref.startsWith("Art.27")).doesNotContain("Art.49(3)", "Art.86");

        String abroad = system("abroad", Map.of("euRiskClasses", List.of("GPAI", "HIGH"), "role", "PROVIDER",
                "establishedInUnion", false, "euHighRiskBasis", "ANNEX_I", "functions", List.of()));
        assertThat(refs(abroad, LATER)).as("high-risk and built on its own general-purpose model, from outside the Union")
                .contains("Art.9(1)", "Art.22", "Art.53", "Art.54").doesNotContain("Art.55", "Art.49(1)");
        assertThat(row(abroad, LATER, "Art.22").get("reason").toString())
                .contains("providers of HIGH systems", "its provider is established outside the Union");

        String chatbot = system("chatbot", Map.of("euRiskClass", "LIMITED", "role", "PROVIDER", "establishedInUnion", true,
                "functions", List.of("INTERACTS_WITH_PEOPLE", "SYNTHETIC_CONTENT")));
        assertThat(refs(chatbot, LATER)).contains("Art.50(1)", "Art.50(2)", "Art.50(5)")
                .doesNotContain("Art.50(3)", "Art.50(4)", "Art.50(6)", "Art.50(7)");

        String notHighAfterAll = system("annex-iii-not-high", Map.of("euRiskClass", "MINIMAL", "role", "PROVIDER",
                "euAnnexIIIPoint", "3(a)", "establishedInUnion", true, "functions", List.of()));
        assertThat(refs(notHighAfterAll, LATER)).as("Art. 6(3)-(4): document the assessment and register")
                .contains("Art.6", "Art.49(2)").doesNotContain("Art.49(1)");
    }

    @Test
    void aConditionTheSystemDoesNotRecordIsShownUnconfirmedNeverDropped() {
        String scope = system("unrecorded", Map.of("euRiskClass", "HIGH", "role", "DEPLOYER"));
        Map<String, Object> impact = row(scope, LATER, "Art.27(1)");
        assertThat(impact.get("status")).isEqualTo("UNCONFIRMED");
        assertThat(impact.get("reason").toString()).contains("the deployer is a body governed by public law", "5(b)")
                .endsWith("unconfirmed until the system records its deployerKind and euAnnexIIIPoint");
        assertThat(row(scope, LATER, "Art.26(1)").get("status")).isEqualTo("APPLIES");

        graphQl().document("mutation { upsertAiSystem(input: {id: \"" + scope + "\", name: \"unrecorded\", deployerKind: PRIVATE,"
                + " euAnnexIIIPoint: \"5(c)\"}) { euHighRiskBasis } }").execute()
                .path("upsertAiSystem.euHighRiskBasis").entity(String.class).isEqualTo("ANNEX_III");
        assertThat(row(scope, LATER, "Art.27(1)").get("status")).as("life and health insurance pricing").isEqualTo("APPLIES");
    }

    @Test
    void obligationsApplyFromTheirDateAsAmendedAndNotBefore() {
        String scope = recorded("HIGH", "PROVIDER");
        List<String> dayBefore = refs(scope, "2027-12-01");
        assertThat(dayBefore).contains("Art.4", "Art.5(1)", "Art.5(1)(ba)", "Art.43", "Art.47", "Art.48", "Art.49(1)",
                "Art.72(1)", "Art.73(1)").noneMatch(ref -> ref.matches("Art\\.(8|9|1\\d|2[0-5])(\\(.*)?"));
        // Art. 8, 9 (8 paragraphs that bind), 10 (6), 11 (2), 12 (3), 13 (3), 14 (5), 15 (4), 16 (12), 17 (3), 18-21, 25
        coverage(scope, "2027-12-01").path("coverage.notYetApplicable").entity(Integer.class).isEqualTo(52);
        assertThat(row(scope, "2027-12-02", "Art.9(1)").get("appliesFrom")).isEqualTo("2027-12-02");
        assertThat(refs(scope, "2026-08-01")).doesNotContain("Art.43", "Art.47", "Art.72(1)", "Art.5(1)(ba)")
                .contains("Art.4", "Art.5(1)");

        String product = system("annex-i", Map.of("euRiskClass", "HIGH", "role", "PROVIDER", "euHighRiskBasis", "ANNEX_I",
                "establishedInUnion", true, "functions", List.of()));
        assertThat(row(product, LATER, "Art.9(1)").get("appliesFrom")).as("Annex I products").isEqualTo("2028-08-02");
        assertThat(refs(product, "2028-01-01")).doesNotContain("Art.9(1)").contains("Art.43");

        GraphQlTester.Response timeline = graphQl().document("""
                query($id: ID!) { obligationsTimeline(aiSystem: $id, framework: "EU_AI_ACT") {
                    date inForce obligations { requirement { ref } applicability { status appliesFrom } } } }
                """).variable("id", scope).execute();
        assertThat(timeline.path("obligationsTimeline[*].date").entityList(String.class).get())
                .containsExactly("2025-02-02", "2026-08-02", "2026-12-02", "2027-12-02");
        timeline.path("obligationsTimeline[0].inForce").entity(Boolean.class).isEqualTo(true);
        assertThat(timeline.path("obligationsTimeline[2].obligations[*].requirement.ref").entityList(String.class).get())
                .containsExactly("Art.5(1)(ba)", "Art.5(1)(bb)");
        assertThat(timeline.path("obligationsTimeline[3].obligations[*].requirement.ref").entityList(String.class).get())
                .contains("Art.9(1)", "Art.14(1)", "Art.16(a)", "Art.21").doesNotContain("Art.43");
        graphQl().document("{ obligationsTimeline(aiSystem: \"ai:nope\") { date } }").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("field", "aiSystem")));
    }

    @Test
    void aMinimalRiskDeployerOfTheSampleIsBoundOnlyByLiteracyAndTheProhibitions() {
        assertThat(refs("ai:code-assistant", LATER)).containsExactly("Art.4", "Art.5(1)", "Art.5(1)(ba)", "Art.5(1)(bb)");
        assertThat(refs("ai:code-assistant", "2026-12-01")).containsExactly("Art.4", "Art.5(1)");
    }

    @Test
    void classesArePrimaryFirstAndAnnexPointsAreChecked() {
        graphQl().document("""
                mutation { upsertAiSystem(input: {id: "ai:applicability-two", name: "two", euRiskClasses: [GPAI, HIGH]}) {
                    euRiskClass euRiskClasses } }
                """).execute().path("upsertAiSystem.euRiskClass").entity(String.class).isEqualTo("HIGH")
                .path("upsertAiSystem.euRiskClasses").entityList(String.class).containsExactly("GPAI", "HIGH");
        graphQl().document("""
                mutation { upsertAiSystem(input: {id: "ai:applicability-bad", name: "bad", euAnnexIIIPoint: "9(z)"}) { id } }
                """).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getExtensions()).containsEntry("field", "input.euAnnexIIIPoint")));
        assertThat(cypher.list("MATCH (s:AiSystem {id: 'ai:applicability-bad'}) RETURN s", Map.of(), r -> r)).isEmpty();
    }
}
