package org.oversight.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.http.MediaType;

/**
 * An AWS account export and an HR feed posted to the import API as a user would, then asked for
 * its findings: the identities whose owners left or that nobody owns are named, the team-owned
 * and the AWS-owned ones are not.
 */
class ImportedInventoryFindingsTest extends OversightIntegrationTest {

    private static final Path FILES = Path.of("src", "test", "resources", "findings");
    private static final String ACCOUNT = "arn:aws:iam::123456789012:";

    @AfterEach
    void removeImportedData() {
        cypher.run("MATCH (n) WHERE n.source IN ['aws-iam', 'hr-csv'] DETACH DELETE n", Map.of());
        cypher.run("MATCH (n) WHERE n.id ENDS WITH '@corp.example' OR n.id = 'team:payments' DETACH DELETE n", Map.of());
    }

    @Test
    void anAwsExportAndAnHrFeedGiveTheFindingsTheirOwnersWouldExpect() throws IOException {
        post("aws-iam", "aws-authorization-details.json");
        post("hr-csv", "hr-people.csv");

        Map<String, List<String>> rulesBySubject = graphQl().document("""
                        { unownedRisks(first: 500, filter: {provider: "aws"}) { nodes { rule { id } subject { id } } } }
                        """).execute().path("unownedRisks.nodes").entityList(Map.class).get().stream()
                .filter(f -> ((Map<?, ?>) f.get("subject")).get("id").toString().startsWith(ACCOUNT))
                .collect(Collectors.groupingBy(f -> ((Map<?, ?>) f.get("subject")).get("id").toString(),
                        Collectors.mapping(f -> ((Map<?, ?>) f.get("rule")).get("id").toString(), Collectors.toList())));

        assertThat(rulesBySubject).containsOnlyKeys(ACCOUNT + "role/ledger-export", ACCOUNT + "role/old-admin");
        assertThat(rulesBySubject.get(ACCOUNT + "role/ledger-export")).containsExactly("owner-left");
        assertThat(rulesBySubject.get(ACCOUNT + "role/old-admin")).containsExactlyInAnyOrder("orphaned-identity",
                "privileged-identity-without-owner", "dormant-privileged-identity");

        graphQl().document("""
                { unownedRisks(filter: {rule: "owner-left", owner: "bob@corp.example"}) {
                    nodes { reason suggestedOwners { owner { ... on Human { id } ... on Team { id } } reasons { kind } } } } }
                """).execute()
                .path("unownedRisks.nodes[0].reason").entity(String.class).satisfies(reason ->
                        assertThat(reason).contains("bob@corp.example left"))
                .path("unownedRisks.nodes[0].suggestedOwners[*].owner.id").entityList(String.class)
                .containsExactly("carol@corp.example", "team:payments");
    }

    private void post(String source, String file) throws IOException {
        http().post().uri("/api/imports/" + source + "?filename=" + file).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(Files.readAllBytes(FILES.resolve(file))).exchange().expectStatus().isOk();
    }
}
