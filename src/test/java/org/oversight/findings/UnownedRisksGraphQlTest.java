package org.oversight.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.oversight.sample.SampleFiles;
import org.oversight.sample.SampleFiles.Planted;
import org.springframework.graphql.test.tester.GraphQlTester;

/** {@code unownedRisks} over HTTP on the sample, checked against the problems the sample files say they plant. */
class UnownedRisksGraphQlTest extends OversightIntegrationTest {

    private static final String PAGE = """
            query($after: String, $filter: UnownedRiskFilter) {
              unownedRisks(first: 25, after: $after, filter: $filter) {
                totalCount pageInfo { hasNextPage endCursor }
                nodes { id rule { id severity } subject { id } reason path { nodes { id } edges { type from to } } }
              } }
            """;

    @Test
    void theSampleShowsExactlyItsPlantedProblems() {
        Set<String> planted = SampleFiles.plantedLines().stream().map(p -> p.rule() + " " + p.subject())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(planted).hasSizeGreaterThan(60);

        List<Map<String, Object>> findings = all(null);

        Set<String> found = findings.stream().map(f -> rule(f) + " " + subject(f)).collect(Collectors.toSet());
        assertThat(found).as("findings the sample does not plant").isSubsetOf(planted);
        assertThat(planted).as("planted problems no rule finds").isSubsetOf(found);
        assertThat(findings).hasSameSizeAs(planted);
    }

    @Test
    void everyFindingSaysWhyAndShowsItsSubjectFirst() {
        for (Map<String, Object> finding : all(null)) {
            assertThat((String) finding.get("reason")).as(finding.get("id").toString()).isNotBlank();
            @SuppressWarnings("unchecked")
            Map<String, List<Map<String, String>>> path = (Map<String, List<Map<String, String>>>) finding.get("path");
            assertThat(path.get("nodes").getFirst().get("id")).isEqualTo(subject(finding));
            Set<String> drawn = path.get("nodes").stream().map(n -> n.get("id")).collect(Collectors.toSet());
            assertThat(path.get("edges")).allSatisfy(edge -> assertThat(drawn).contains(edge.get("from"), edge.get("to")));
        }
    }

    @Test
    void findingsComeMostSevereFirstAndPagesVisitEachOnce() {
        List<Map<String, Object>> findings = all(null);
        List<String> severities = findings.stream().map(f -> ((Map<?, ?>) f.get("rule")).get("severity").toString()).toList();
        assertThat(severities).isSortedAccordingTo((a, b) -> Severity.valueOf(a).compareTo(Severity.valueOf(b)));
        assertThat(findings.stream().map(f -> f.get("id")).distinct()).hasSameSizeAs(findings);
    }

    @Test
    void theSummaryCountsEveryRuleAndSeverity() {
        GraphQlTester.Response response = graphQl().document("""
                { unownedRisks(first: 0) { totalCount nodes { id }
                    summary { total bySeverity { severity count } byRule { rule { id severity } count } } } }
                """).execute();
        Map<String, Long> plantedByRule = SampleFiles.plantedLines().stream()
                .collect(Collectors.groupingBy(Planted::rule, Collectors.counting()));

        response.path("unownedRisks.nodes").entityList(Object.class).hasSize(0);
        response.path("unownedRisks.totalCount").entity(Integer.class).isEqualTo(plantedByRule.values().stream().mapToInt(Long::intValue).sum());
        response.path("unownedRisks.summary.total").entity(Integer.class).isEqualTo(plantedByRule.values().stream().mapToInt(Long::intValue).sum());
        List<Map<String, Object>> byRule = response.path("unownedRisks.summary.byRule").entityList(mapType()).get();
        assertThat(byRule.stream().collect(Collectors.toMap(r -> ((Map<?, ?>) r.get("rule")).get("id").toString(),
                r -> ((Number) r.get("count")).longValue()))).isEqualTo(plantedByRule);
        int sumOfSeverities = response.path("unownedRisks.summary.bySeverity[*].count").entityList(Integer.class).get()
                .stream().mapToInt(Integer::intValue).sum();
        assertThat(sumOfSeverities).isEqualTo(plantedByRule.values().stream().mapToInt(Long::intValue).sum());
    }

    @Test
    void filtersSelectByRuleProviderAiSystemAndOwner() {
        List<String> leftBy = SampleFiles.plantedLines().stream()
                .filter(p -> p.rule().equals("owner-left") && p.ids().contains("yusuf.demir@kestrel.example"))
                .map(Planted::subject).toList();
        List<Map<String, Object>> yusuf = all(Map.of("rule", "owner-left", "owner", "yusuf.demir@kestrel.example"));
        assertThat(yusuf).extracting(UnownedRisksGraphQlTest::subject).containsExactlyInAnyOrderElementsOf(leftBy);

        List<Map<String, Object>> aws = all(Map.of("provider", "aws"));
        assertThat(aws).isNotEmpty().allSatisfy(f -> assertThat(subject(f)).matches("arn:aws:.*|aws-key:.*|cred:.*"));
        List<Map<String, Object>> everything = all(null);
        long awsIdentities = everything.stream().filter(f -> subject(f).startsWith("arn:aws:")).count();
        assertThat(aws.stream().filter(f -> subject(f).startsWith("arn:aws:")).count()).isEqualTo(awsIdentities);

        List<Map<String, Object>> fraud = all(Map.of("aiSystem", "ai:fraud-detection"));
        assertThat(fraud).extracting(UnownedRisksGraphQlTest::subject)
                .contains("ai:fraud-detection", "agent:fraud-transaction-scorer", "k8s:prod-eu-1:risk-prod:fraud-scorer")
                .doesNotContain("ai:code-assistant", "arn:aws:iam::111122223333:role/temp-admin-migration");

        List<Map<String, Object>> critical = all(Map.of("severity", "CRITICAL"));
        assertThat(critical).isNotEmpty().allSatisfy(f -> assertThat(((Map<?, ?>) f.get("rule")).get("severity")).isEqualTo("CRITICAL"));
    }

    @Test
    void anUnknownRuleInTheFilterIsRefusedNamingTheField() {
        graphQl().document("{ unownedRisks(filter: {rule: \"no-such-rule\"}) { totalCount } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).contains("no-such-rule");
                    assertThat(error.getExtensions()).containsEntry("field", "filter.rule");
                }));
    }

    @Test
    void everyRuleNamesRequirementsOfTheLoadedCatalogs() {
        GraphQlTester.Response response = graphQl().document("""
                { findingRules { id title severity remediation breaks { id title framework { id } } } }
                """).execute();
        List<Map<String, Object>> rules = response.path("findingRules").entityList(mapType()).get();
        assertThat(rules).extracting(r -> r.get("id")).containsExactlyInAnyOrder("orphaned-identity",
                "privileged-identity-without-owner", "owner-left", "dormant-privileged-identity", "stale-credential",
                "non-expiring-secret", "expired-active-credential", "unused-credential",
                "ai-system-without-accountable-owner", "agent-without-owner", "agent-without-identity",
                "agent-on-behalf-of-leaver", "high-risk-without-oversight", "self-approved-ai-system", "untreated-risk",
                "control-only-expired-evidence", "conflicting-ownership", "stale-in-source", "attestation-overdue");
        assertThat(rules).allSatisfy(rule -> {
            assertThat((List<?>) rule.get("breaks")).as(rule.get("id").toString()).isNotEmpty();
            assertThat((String) rule.get("remediation")).isNotBlank();
        });
    }

    @Test
    void aRequirementListsTheFindingsThatBreakIt() {
        GraphQlTester.Response response = graphQl().document("""
                { requirement(id: "EU_AI_ACT:Art.14(1)") { findings { totalCount nodes { rule { id } subject { id } } } } }
                """).execute();
        response.path("requirement.findings.nodes[*].rule.id").entityList(String.class)
                .satisfies(rules -> assertThat(rules).isNotEmpty().containsOnly("high-risk-without-oversight"));
        response.path("requirement.findings.nodes[*].subject.id").entityList(String.class).contains("ai:kyc-document-review");
    }

    /** Every finding matching the filter, page by page. */
    private List<Map<String, Object>> all(Map<String, Object> filter) {
        List<Map<String, Object>> findings = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            GraphQlTester.Response page = graphQl().document(PAGE).variable("after", after).variable("filter", filter).execute();
            findings.addAll(page.path("unownedRisks.nodes").entityList(mapType()).get());
            more = page.path("unownedRisks.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("unownedRisks.pageInfo.endCursor").entity(String.class).get();
        }
        return findings;
    }

    private static String rule(Map<String, Object> finding) {
        return ((Map<?, ?>) finding.get("rule")).get("id").toString();
    }

    private static String subject(Map<String, Object> finding) {
        return ((Map<?, ?>) finding.get("subject")).get("id").toString();
    }

    @SuppressWarnings("unchecked")
    private static Class<Map<String, Object>> mapType() {
        return (Class<Map<String, Object>>) (Class<?>) Map.class;
    }
}
