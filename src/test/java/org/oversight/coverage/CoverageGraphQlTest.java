package org.oversight.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Coverage, applicability and the Statement of Applicability over GraphQL and HTTP, on the sample. */
class CoverageGraphQlTest extends OversightIntegrationTest {

    private static final String CONTROL = "control:COVERAGE-TEST";

    @AfterEach
    void removeTestData() {
        cypher.run("MATCH (c:Control {id: $id}) OPTIONAL MATCH (e:Evidence)-[:EVIDENCES]->(c) DETACH DELETE c, e",
                Map.of("id", CONTROL));
        cypher.run("MATCH ()-[a:APPLICABILITY {importSource: 'steward'}]->() DELETE a", Map.of());
    }

    /** On a day after every EU AI Act date of application: these tests are about whom obligations bind. */
    private static final String AS_OF = "2030-01-01";

    private GraphQlTester.Response coverage(String framework, String scope) {
        return graphQl().document("""
                query($framework: ID!, $scope: ID, $asOf: Date) { coverage(framework: $framework, scope: $scope, asOf: $asOf) {
                    total full partial gap notApplicable percentage
                    requirements { requirement { id kind } status justification reason
                        why { control { id } evidence relationship contributes steps { kind from to relationship strength provider } } } } }
                """).variable("framework", framework).variable("scope", scope).variable("asOf", AS_OF).execute();
    }

    private Map<String, Object> requirement(String framework, String scope, String id) {
        List<Object> rows = coverage(framework, scope).path("coverage.requirements[?(@.requirement.id == '" + id + "')]")
                .entityList(Object.class).get();
        assertThat(rows).as("%s in the %s coverage of %s", id, framework, scope).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> row = (Map<String, Object>) rows.getFirst();
        return row;
    }

    private String status(String id) {
        return (String) requirement("ISO42001", null, id).get("status");
    }

    private void mutate(String document) {
        graphQl().document(document).execute().path("$").hasValue();
    }

    @Test
    void isoCoverageGivesEveryAnnexAControlAStatusAndWhy() {
        GraphQlTester.Response response = coverage("ISO42001", null);
        List<Object> annexA = response.path("coverage.requirements[?(@.requirement.kind == 'CONTROL')]")
                .entityList(Object.class).get();
        assertThat(annexA).hasSize(38).allSatisfy(row ->
                assertThat((String) ((Map<?, ?>) row).get("reason")).as("every status says why").isNotBlank());
        int total = response.path("coverage.total").entity(Integer.class).get();
        int sum = response.path("coverage.full").entity(Integer.class).get()
                + response.path("coverage.partial").entity(Integer.class).get()
                + response.path("coverage.gap").entity(Integer.class).get()
                + response.path("coverage.notApplicable").entity(Integer.class).get();
        assertThat(sum).isEqualTo(total);
        // A FULL path says which control, with what relationship, from which provider; the sample's
        // open findings on roles and responsibilities keep A.3.2 itself at PARTIAL.
        Map<String, Object> full = requirement("ISO42001", null, "ISO42001:A.3.2");
        assertThat(full.get("status")).isEqualTo("PARTIAL");
        assertThat((String) full.get("reason")).contains("not FULL while").contains("open findings break it");
        assertThat((List<?>) full.get("why")).isNotEmpty().first().satisfies(path -> {
            Map<?, ?> why = (Map<?, ?>) path;
            assertThat(why.get("contributes")).isEqualTo("FULL");
            assertThat(why.get("evidence")).isEqualTo("IN_DATE");
            Map<?, ?> step = (Map<?, ?>) ((List<?>) why.get("steps")).getFirst();
            assertThat(step.get("kind")).isEqualTo("SATISFIES");
            assertThat(step.get("relationship")).isIn("EQUAL", "SUPERSET_OF");
            assertThat(step.get("provider")).isEqualTo("sample");
        });
        // The sample records A.10.4 as not applicable organisation-wide, with its reason.
        Map<String, Object> customers = requirement("ISO42001", null, "ISO42001:A.10.4");
        assertThat(customers.get("status")).isEqualTo("NOT_APPLICABLE");
        assertThat((String) customers.get("justification")).contains("business customers");
    }

    @Test
    void coverageFollowsTheControlItsLinkAndItsEvidence() {
        String requirement = coverage("ISO42001", null)
                .path("coverage.requirements[?(@.status == 'GAP' && @.requirement.kind == 'CONTROL')].requirement.id")
                .entityList(String.class).get().getFirst();
        mutate("mutation { upsertControl(input: {id: \"" + CONTROL + "\", name: \"Coverage test\", status: IMPLEMENTED, evidenceCadenceDays: 365}) { id } }");
        mutate("mutation { linkControl(control: \"" + CONTROL + "\", requirement: \"" + requirement + "\", relationship: EQUAL, strength: 8) { relationship } }");
        assertThat(status(requirement)).as("implemented but not evidenced").isEqualTo("PARTIAL");

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        graphQl().document("""
                mutation($collected: DateTime!, $expires: DateTime) { addEvidence(control: "%s", kind: TEST_REPORT,
                    uri: "https://grc.example/coverage-test.pdf", collectedAt: $collected, expiresAt: $expires) { id } }
                """.formatted(CONTROL)).variable("collected", now.minusDays(10).toString())
                .variable("expires", now.plusDays(100).toString()).execute().path("addEvidence.id").hasValue();
        assertThat(status(requirement)).as("EQUAL link, in-date evidence").isEqualTo("FULL");

        mutate("mutation { linkControl(control: \"" + CONTROL + "\", requirement: \"" + requirement + "\", relationship: INTERSECTS_WITH, strength: 5) { relationship } }");
        assertThat(status(requirement)).isEqualTo("PARTIAL");

        mutate("mutation { linkControl(control: \"" + CONTROL + "\", requirement: \"" + requirement + "\", relationship: SUPERSET_OF, strength: 8) { relationship } }");
        assertThat(status(requirement)).isEqualTo("FULL");
        cypher.run("MATCH (e:Evidence)-[:EVIDENCES]->(:Control {id: $id}) SET e.expiresAt = $expired",
                Map.of("id", CONTROL, "expired", now.minusDays(1)));
        Map<String, Object> stale = requirement("ISO42001", null, requirement);
        assertThat(stale.get("status")).as("evidence expired").isEqualTo("PARTIAL");
        assertThat(((Map<?, ?>) ((List<?>) stale.get("why")).getFirst()).get("evidence")).isEqualTo("STALE");

        mutate("mutation { unlinkControl(control: \"" + CONTROL + "\", requirement: \"" + requirement + "\") }");
        assertThat(status(requirement)).isEqualTo("GAP");
    }

    @Test
    void controlStatementsAreCheckedBeforeAnythingIsWritten() {
        mutate("mutation { upsertControl(input: {id: \"" + CONTROL + "\", name: \"Coverage test\"}) { status } }");
        assertField("mutation { linkControl(control: \"" + CONTROL + "\", requirement: \"ISO42001:A.99\", relationship: EQUAL) { strength } }",
                "requirement", "NOT_FOUND");
        assertField("mutation { linkControl(control: \"" + CONTROL + "\", requirement: \"ISO42001:A.2.2\", relationship: INDETERMINATE) { strength } }",
                "relationship", "BAD_REQUEST");
        assertField("mutation { linkControl(control: \"" + CONTROL + "\", requirement: \"ISO42001:A.2.2\", relationship: EQUAL, strength: 11) { strength } }",
                "strength", "BAD_REQUEST");
        assertField("mutation { addEvidence(control: \"" + CONTROL + "\", kind: POLICY, uri: \"https://grc.example/p.pdf\", "
                + "collectedAt: \"2026-01-10T00:00:00Z\", expiresAt: \"2026-01-01T00:00:00Z\") { id } }", "expiresAt", "BAD_REQUEST");
        assertThat(cypher.first("MATCH (c:Control {id: $id}) RETURN COUNT { (c)--() } AS edges", Map.of("id", CONTROL),
                r -> r.get("edges").asLong())).contains(0L);
    }

    private void assertField(String document, String field, String classification) {
        graphQl().document(document).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getExtensions()).containsEntry("field", field)
                        .containsEntry("classification", classification)));
    }

    @Test
    void euAiActObligationsApplyByRiskClassAndRole() {
        List<String> provider = ids("EU_AI_ACT", "ai:credit-scoring");       // HIGH, PROVIDER
        List<String> deployer = ids("EU_AI_ACT", "ai:kyc-document-review");  // HIGH, DEPLOYER
        List<String> chatbot = ids("EU_AI_ACT", "ai:customer-support-assistant"); // LIMITED, DEPLOYER
        List<String> minimal = ids("EU_AI_ACT", "ai:code-assistant");        // MINIMAL, DEPLOYER

        for (int article = 9; article <= 15; article++) {
            String prefix = "EU_AI_ACT:Art." + article + "(";
            assertThat(provider).as("Art.%d for a high-risk provider", article).anyMatch(id -> id.startsWith(prefix));
            assertThat(deployer).as("Art.%d for a deployer", article).noneMatch(id -> id.startsWith(prefix));
            assertThat(chatbot).noneMatch(id -> id.startsWith(prefix));
        }
        // the provider duties of Chapter III Section 3 and 5, the importer's, the distributor's and the GPAI providers'
        List<String> providerArticles = List.of("EU_AI_ACT:Art.18", "EU_AI_ACT:Art.19", "EU_AI_ACT:Art.20",
                "EU_AI_ACT:Art.21", "EU_AI_ACT:Art.43", "EU_AI_ACT:Art.47", "EU_AI_ACT:Art.48", "EU_AI_ACT:Art.49(1)");
        List<String> othersArticles = List.of("EU_AI_ACT:Art.23", "EU_AI_ACT:Art.24", "EU_AI_ACT:Art.53",
                "EU_AI_ACT:Art.54", "EU_AI_ACT:Art.55");
        assertThat(provider).containsAll(providerArticles).contains("EU_AI_ACT:Art.25")
                .doesNotContainAnyElementsOf(othersArticles)
                .as("an authorised representative binds providers established outside the Union only")
                .doesNotContain("EU_AI_ACT:Art.22");
        assertThat(deployer).doesNotContainAnyElementsOf(providerArticles).doesNotContainAnyElementsOf(othersArticles)
                .contains("EU_AI_ACT:Art.25");
        assertThat(minimal).doesNotContainAnyElementsOf(providerArticles).doesNotContainAnyElementsOf(othersArticles)
                .doesNotContain("EU_AI_ACT:Art.25");
        assertThat(deployer).anyMatch(id -> id.startsWith("EU_AI_ACT:Art.26(")).anyMatch(id -> id.startsWith("EU_AI_ACT:Art.27("));
        assertThat(provider).noneMatch(id -> id.startsWith("EU_AI_ACT:Art.26("));
        assertThat(chatbot).as("a chatbot's deployer has no Art. 50 duty; its provider informs users (50(1))")
                .noneMatch(id -> id.startsWith("EU_AI_ACT:Art.50(")).noneMatch(id -> id.startsWith("EU_AI_ACT:Art.26("));
        assertThat(minimal).noneMatch(id -> id.startsWith("EU_AI_ACT:Art.50(")).contains("EU_AI_ACT:Art.4");
        assertThat(ids("EU_AI_ACT", null)).as("organisation-wide, every obligation is listed")
                .contains("EU_AI_ACT:Art.9(1)", "EU_AI_ACT:Art.26(1)", "EU_AI_ACT:Art.50(1)");

        Map<String, Object> oversight = requirement("EU_AI_ACT", "ai:credit-scoring", "EU_AI_ACT:Art.14(1)");
        assertThat(oversight.get("status")).as("human oversight control applies to credit scoring").isEqualTo("FULL");
        // Incident reporting is only planned in the sample: a gap that says why.
        Map<String, Object> incidents = requirement("EU_AI_ACT", "ai:credit-scoring", "EU_AI_ACT:Art.73(1)");
        assertThat(incidents.get("status")).isEqualTo("GAP");
        assertThat((String) incidents.get("reason")).contains("control:AI-GOV-12 (PLANNED)");
    }

    @Test
    void dutiesOfPublicBodiesAreNeverAssessed() {
        List<String> duties = List.of("Art.5(5)", "Art.5(6)", "Art.5(7)", "Art.11(3)", "Art.15(2)", "Art.27(5)",
                "Art.50(7)", "Art.73(7)", "Art.73(8)", "Art.73(11)");
        List<String> ids = duties.stream().map(ref -> "EU_AI_ACT:" + ref).toList();
        for (String scope : java.util.Arrays.asList(null, "ai:credit-scoring", "ai:kyc-document-review")) {
            assertThat(ids("EU_AI_ACT", scope)).as("coverage of %s", scope).doesNotContainAnyElementsOf(ids)
                    .contains(scope == null || scope.equals("ai:credit-scoring") ? "EU_AI_ACT:Art.73(1)" : "EU_AI_ACT:Art.26(1)");
        }
        var answer = graphQl().document("""
                { duty: requirement(id: "EU_AI_ACT:Art.73(8)") { dutyOf operatorObligation }
                  obligation: requirement(id: "EU_AI_ACT:Art.73(1)") { dutyOf operatorObligation } }
                """).execute();
        answer.path("duty.dutyOf").entity(String.class).isEqualTo("AUTHORITIES");
        answer.path("duty.operatorObligation").entity(Boolean.class).isEqualTo(false);
        answer.path("obligation.dutyOf").valueIsNull();
        answer.path("obligation.operatorObligation").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void notApplicableNeedsAJustificationAndHoldsOnlyInItsScope() {
        graphQl().document("mutation { setApplicability(requirement: \"ISO42001:A.7.4\", scope: \"ai:fraud-detection\", applicable: false) { applicable } }")
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("field", "justification")));

        graphQl().document("""
                mutation { setApplicability(requirement: "ISO42001:A.7.4", scope: "ai:fraud-detection", applicable: false,
                    justification: "Rules engine only; no training data") { applicable justification scope { id } } }
                """).execute().path("setApplicability.scope.id").entity(String.class).isEqualTo("ai:fraud-detection");

        assertThat(requirement("ISO42001", "ai:fraud-detection", "ISO42001:A.7.4").get("status")).isEqualTo("NOT_APPLICABLE");
        assertThat(requirement("ISO42001", "ai:credit-scoring", "ISO42001:A.7.4").get("status")).isNotEqualTo("NOT_APPLICABLE");
        graphQl().document("{ coverage(framework: \"ISO42001\", scope: \"ai:nope\") { total } }").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("field", "scope")));
    }

    @Test
    void gapsListWhatIsNotFullyMetGapsFirst() {
        List<String> statuses = graphQl().document("{ gaps(framework: \"NIST_CSF_2\") { status requirement { id } } }")
                .execute().path("gaps[*].status").entityList(String.class).get();
        assertThat(statuses).isNotEmpty().containsOnly("GAP", "PARTIAL");
        assertThat(statuses.indexOf("PARTIAL")).isGreaterThan(statuses.lastIndexOf("GAP"));
    }

    @Test
    void theStatementOfApplicabilityDownloadsAsCsvThatReadsBackTheSame() {
        List<Map<String, Object>> entries = graphQl().document("""
                { statementOfApplicability { requirement { id } applicable justification implemented status reason controls { id } } }
                """).execute().path("statementOfApplicability").entityList(Object.class).get().stream()
                .map(e -> (Map<String, Object>) e).toList();
        assertThat(entries).hasSize(38);

        String csv = http().get().uri("/api/soa.csv").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectHeader().value("Content-Disposition", value -> assertThat(value).contains("statement-of-applicability"))
                .expectBody(String.class).returnResult().getResponseBody();
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> iterator = CsvMapper.builder().build().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            rows = iterator.readAll();
        }
        assertThat(rows).hasSameSizeAs(entries);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> entry = entries.get(i);
            Map<String, String> row = rows.get(i);
            assertThat(row.get("requirement")).isEqualTo(((Map<?, ?>) entry.get("requirement")).get("id"));
            assertThat(Boolean.parseBoolean(row.get("applicable"))).isEqualTo(entry.get("applicable"));
            assertThat(Boolean.parseBoolean(row.get("implemented"))).isEqualTo(entry.get("implemented"));
            assertThat(row.get("status")).isEqualTo(entry.get("status"));
            assertThat(row.get("reason")).isEqualTo(entry.get("reason"));
            assertThat(row.get("justification")).isEqualTo(entry.get("justification") == null ? "" : entry.get("justification"));
            List<Object> controls = ((List<?>) entry.get("controls")).stream().map(c -> ((Map<?, ?>) c).get("id")).map(Object.class::cast).toList();
            assertThat(row.get("controls").isEmpty() ? List.of() : List.of(row.get("controls").split("; ")))
                    .containsExactlyElementsOf(controls.stream().map(Object::toString).toList());
        }
        http().get().uri("/api/soa.json?scope=ai:credit-scoring").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.scope").isEqualTo("ai:credit-scoring")
                .jsonPath("$.entries.length()").isEqualTo(38);
        http().get().uri("/api/soa.csv?scope=ai:nope").exchange().expectStatus().isNotFound();
    }

    private List<String> ids(String framework, String scope) {
        return coverage(framework, scope).path("coverage.requirements[*].requirement.id").entityList(String.class).get();
    }
}
