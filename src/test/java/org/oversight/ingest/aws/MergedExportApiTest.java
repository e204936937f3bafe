package org.oversight.ingest.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.ingest.aws.AwsIamFixtures.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.OversightIntegrationTest;
import org.oversight.graph.GraphDigest;
import org.oversight.ingest.Json;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A merged export of two AWS accounts, sent as a user would: each account becomes its own scope
 * in one request, counted exactly, with the principal of a third account that a trust policy names
 * kept apart as external; a snapshot of one account alone then leaves the other as it was.
 */
class MergedExportApiTest extends OversightIntegrationTest {

    private static final String ROLES = "identities(provider: \"aws\", kind: IAM_ROLE)";

    @TempDir
    Path folder;

    @Autowired
    GraphDigest digest;

    @AfterEach
    void removeImportedData() {
        cypher.run("MATCH (n) WHERE n.source = 'aws-iam' DETACH DELETE n", Map.of());
        cypher.run("MATCH ()-[r]->() WHERE r.importSource = 'aws-iam' DELETE r", Map.of());
    }

    @Test
    void eachAccountIsItsOwnSnapshotAndTheirTrustedPartnerIsNoneOfTheirs() throws IOException {
        int rolesBefore = inventory(ROLES);
        int identitiesBefore = inventory("identities(provider: \"aws\")");

        Map<String, Object> report = post("aws-iam?snapshot=true", mergedTwoAccounts(folder));
        assertThat(report.get("scope")).isNull();
        List<Map<String, Object>> runs = runs(report);
        assertThat(runs).extracting(run -> run.get("scope")).containsExactly(FIRST_ACCOUNT, SECOND_ACCOUNT);
        assertThat(runs).allSatisfy(run -> assertThat(run.get("runId")).isNotNull());
        assertThat(created(runs.get(0), "Group")).isEqualTo(2);
        assertThat(created(runs.get(1), "Group")).isEqualTo(1);
        assertThat(created(report, "Group")).isEqualTo(3);

        // 3 users and 3 roles, 1 user and 2 roles: the partner role GOAT trusts is not one of them
        assertThat(inventory(ROLES)).isEqualTo(rolesBefore + 3 + 2);
        assertThat(inventory("identities(provider: \"aws\")")).isEqualTo(identitiesBefore + 6 + 3);
        assertThat(accountsOfRoles("{provider: \"aws\", kind: IAM_ROLE}"))
                .containsEntry(FIRST_ACCOUNT, 3L).containsEntry(SECOND_ACCOUNT, 2L).doesNotContainKey("135792468024");
        assertThat(graphQl().document("{ identities(filter: {external: true}) { nodes { id external account } } }")
                .execute().path("identities.nodes[*].id").entityList(String.class).get()).containsExactly(PARTNER_ROLE);
        assertThat(graphQl().document("{ node(id: \"" + FIRST_ACCOUNTS_ROLE + "\") { ... on Identity { external canAssume { id } } } }")
                .execute().path("node.external").entity(Boolean.class).get()).isFalse();

        // nobody here answers for the partner's role: it is no orphan of ours, while the accounts' own roles are
        List<String> orphans = graphQl().document("""
                { unownedRisks(first: 500, filter: {rule: "orphaned-identity", provider: "aws"}) { nodes { subject { id } } } }
                """).execute().path("unownedRisks.nodes[*].subject.id").entityList(String.class).get();
        assertThat(orphans).doesNotContain(PARTNER_ROLE).contains("arn:aws:iam::" + SECOND_ACCOUNT + ":role/GOAT");

        // the same file again changes nothing in either account
        Map<String, Object> again = post("aws-iam?snapshot=true", mergedTwoAccounts(folder));
        assertThat(runs(again)).allSatisfy(run -> assertNothingWritten(run));

        // a snapshot of the first account alone, one role short: the role is stale, the second account untouched
        GraphDigest.Digest secondBefore = digest.of(SECOND_ACCOUNT);
        ObjectNode firstAlone = (ObjectNode) Json.readTree(file(CLOUDSPLAINING));
        ((ArrayNode) firstAlone.get("RoleDetailList")).remove(0);
        Path oneRoleShort = Files.writeString(folder.resolve("first-account.json"), Json.MAPPER.writeValueAsString(firstAlone));
        Map<String, Object> snapshot = post("aws-iam?snapshot=true", oneRoleShort);
        assertThat(snapshot.get("scope")).isEqualTo(FIRST_ACCOUNT);
        assertThat(((Map<?, ?>) ((Map<?, ?>) snapshot.get("nodes")).get("Identity")).get("stale")).isEqualTo(1);
        assertThat(digest.of(SECOND_ACCOUNT)).isEqualTo(secondBefore);
        assertThat(cypher.first("MATCH (n:Identity {sourceScope: $scope}) WHERE n.staleSince IS NOT NULL RETURN count(n)",
                Map.of("scope", SECOND_ACCOUNT), r -> r.get(0).asLong()).orElseThrow()).isZero();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String sourceAndQuery, Path file) throws IOException {
        var result = http().post().uri("/api/imports/" + sourceAndQuery + "&filename=" + file.getFileName())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Files.readAllBytes(file)).exchange()
                .expectBody(Map.class).returnResult();
        assertThat(result.getStatus().value()).as("status of the import, which answered %s", result.getResponseBody())
                .isEqualTo(200);
        return result.getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> runs(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("runs");
    }

    @SuppressWarnings("unchecked")
    private static int created(Map<String, Object> report, String label) {
        return (Integer) ((Map<String, Map<String, Object>>) report.get("nodes")).get(label).get("created");
    }

    @SuppressWarnings("unchecked")
    private static void assertNothingWritten(Map<String, Object> run) {
        for (String part : List.of("nodes", "relationships")) {
            ((Map<String, Map<String, Object>>) run.get(part)).forEach((kind, counts) -> {
                assertThat(counts.get("created")).as(run.get("scope") + " " + kind + " created").isEqualTo(0);
                assertThat(counts.get("updated")).as(run.get("scope") + " " + kind + " updated").isEqualTo(0);
            });
        }
    }

    private int inventory(String field) {
        return graphQl().document("{ inventory { " + field + " } }").execute()
                .path("inventory." + field.replaceAll("\\(.*", "")).entity(Integer.class).get();
    }

    /** How many identities the filter lists per account. */
    private Map<String, Long> accountsOfRoles(String filter) {
        List<String> accounts = graphQl().document("{ identities(first: 500, filter: " + filter + ") { nodes { account } } }")
                .execute().path("identities.nodes[*].account").entityList(String.class).get();
        return accounts.stream().collect(java.util.stream.Collectors.groupingBy(account -> account,
                java.util.stream.Collectors.counting()));
    }
}
