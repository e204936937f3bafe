package org.oversight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The shipped real exports posted to {@code /api/imports/{source}} as a user would: the report
 * counts what the file holds, the inventory grows by it, the same file again creates nothing, and
 * a truncated copy is refused saying where it broke, writing nothing.
 */
class RealExportsApiTest extends OversightIntegrationTest {

    private static final Path EXPORTS = Path.of("src/test/resources/ingest");
    private static final List<String> SOURCES = List.of("aws-iam", "scim", "hr-csv", "ownership-csv", "entra",
            "kubernetes", "cyclonedx");

    @AfterEach
    void removeImportedData() {
        cypher.run("MATCH (n) WHERE n.source IN $sources DETACH DELETE n", Map.of("sources", SOURCES));
        cypher.run("MATCH ()-[r]->() WHERE r.importSource IN $sources DELETE r", Map.of("sources", SOURCES));
    }

    private WebTestClient.BodyContentSpec post(String sourceAndQuery, Path file) throws IOException {
        return http().post().uri("/api/imports/" + sourceAndQuery
                        + (sourceAndQuery.contains("?") ? "&" : "?") + "filename=" + file.getFileName())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(Files.readAllBytes(file))
                .exchange().expectStatus().isOk().expectBody();
    }

    private int inventory(String field) {
        return graphQl().document("{ inventory { " + field + " } }").execute()
                .path("inventory." + field.replaceAll("\\(.*", "")).entity(Integer.class).get();
    }

    private long count(String query) {
        return cypher.first(query, Map.of(), r -> r.get(0).asLong()).orElseThrow();
    }

    @Test
    void awsAuthorizationDetailsCountUsersPlusRolesAndReimportCreatesNothing() throws IOException {
        Path export = EXPORTS.resolve("aws-iam/cloudsplaining-test-authz-details.json");
        int before = inventory("identities(provider: \"aws\")");

        post("aws-iam", export)
                .jsonPath("$.scope").isEqualTo("012345678901")
                .jsonPath("$.nodes.Identity.created").isEqualTo(3 + 3)
                .jsonPath("$.nodes.Group.created").isEqualTo(2)
                // AWS-managed policies the sample's accounts also use exist already and are updated.
                .jsonPath("$.nodes.Policy").value(policy -> {
                    Map<?, ?> counts = (Map<?, ?>) policy;
                    assertThat((Integer) counts.get("created") + (Integer) counts.get("updated")).isEqualTo(32 + 6);
                })
                .jsonPath("$.relationships.MEMBER_OF.created").isEqualTo(3);
        assertThat(inventory("identities(provider: \"aws\")")).isEqualTo(before + 3 + 3);

        post("aws-iam", export)
                .jsonPath("$.nodes.Identity.created").isEqualTo(0)
                .jsonPath("$.nodes.Identity.updated").isEqualTo(0)
                .jsonPath("$.nodes.Policy.created").isEqualTo(0)
                .jsonPath("$.relationships.HAS_POLICY.created").isEqualTo(0);
        assertThat(inventory("identities(provider: \"aws\")")).isEqualTo(before + 3 + 3);
    }

    @Test
    void aTruncatedExportIsRefusedWithWhereItBrokeAndWritesNothing() throws IOException {
        byte[] export = Files.readAllBytes(EXPORTS.resolve("aws-iam/cloudsplaining-test-authz-details.json"));
        int before = inventory("identities");
        long runs = count("MATCH (r:ImportRun) WHERE r.status <> 'REFUSED' RETURN count(r)");

        http().post().uri("/api/imports/aws-iam?filename=cut.json").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Arrays.copyOf(export, export.length / 2)).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.file").isEqualTo("cut.json")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("line").contains("column"));

        assertThat(inventory("identities")).isEqualTo(before);
        assertThat(count("MATCH (r:ImportRun) WHERE r.status <> 'REFUSED' RETURN count(r)")).isEqualTo(runs);
        assertThat(count("MATCH (r:ImportRun {status: 'REFUSED', origin: 'cut.json'}) WHERE r.error CONTAINS 'line' RETURN count(r)"))
                .isEqualTo(1);
    }

    @Test
    void theCredentialReportAddsKeysToTheAccountsUsers() throws IOException {
        post("aws-iam", EXPORTS.resolve("aws-iam/cloudmapper-demo-iam-get-account-authorization-details.json"));
        post("aws-iam", EXPORTS.resolve("aws-iam/cloudmapper-demo-iam-get-credential-report.json"))
                .jsonPath("$.nodes.Credential.created").isEqualTo(6)
                .jsonPath("$.relationships.HAS_CREDENTIAL.created").isEqualTo(6);
        assertThat(count("MATCH (:Identity {source: 'aws-iam'})-[:HAS_CREDENTIAL]->(c:Credential) RETURN count(c)"))
                .isEqualTo(6);
    }

    @Test
    void kubernetesManifestsInATarGzAreOneSnapshotOfTheCluster() throws IOException {
        Path manifests = EXPORTS.resolve("kubernetes");
        byte[] archive = TestArchives.tarGz(manifests, name -> name.endsWith(".yaml") && !name.startsWith("mixed"));

        http().post().uri("/api/imports/kubernetes?filename=manifests.tar.gz&snapshot=true&cluster=monitoring-test")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(archive).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.scope").isEqualTo("monitoring-test")
                .jsonPath("$.nodes.Identity.created").isEqualTo(3)
                .jsonPath("$.nodes.Policy.created").isEqualTo(5)
                .jsonPath("$.relationships.HAS_POLICY.created").isEqualTo(5)
                .jsonPath("$.warnings").isEmpty();
        assertThat(inventory("identities(provider: \"kubernetes\", kind: SERVICE_ACCOUNT)"))
                .isGreaterThanOrEqualTo(3);

        http().post().uri("/api/imports/kubernetes?filename=manifests.tar.gz").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(archive).exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.field").isEqualTo("cluster");
    }

    @Test
    void entraPowerShellExportsInUtf16AreRead() throws IOException {
        Path entra = EXPORTS.resolve("entra");
        byte[] archive = TestArchives.tarGz(entra, name -> name.equals("scubagear-MockApplications.json")
                || name.equals("scubagear-MockServicePrincipals.json"));

        http().post().uri("/api/imports/entra?filename=entra.tar.gz&tenant=11111111-1111-1111-1111-111111111111")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(archive).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.nodes.Identity.created").isEqualTo(3 + 6)
                .jsonPath("$.nodes.Credential.created").isEqualTo(14)
                .jsonPath("$.relationships.HAS_CREDENTIAL.created").isEqualTo(14);
        assertThat(count("MATCH (c:Credential {source: 'entra', kind: 'CLIENT_SECRET'}) RETURN count(c)")).isEqualTo(6);
        assertThat(count("MATCH (n {source: 'entra'}) WHERE any(k IN keys(n) WHERE k IN ['secretText', 'hint', 'key']) "
                + "RETURN count(n)")).isZero();
    }

    @Test
    void anEntraSecretPastItsEndDateReadsExpiredThoughNoStatusIsStored() throws IOException {
        post("entra?tenant=22222222-2222-2222-2222-222222222222", EXPORTS.resolve("entra/graph-v1-servicePrincipals.json"));
        String expired = "entra:5b1f0a1e-2c3d-4e5f-8a9b-0c1d2e3f4a01:secret:c0ffee00-1111-4222-8333-444455556666";

        // the export ended this secret on 2025-07-10; the import stored its end date, not a status
        assertThat(count("MATCH (c:Credential {source: 'entra'}) WHERE c.status IS NOT NULL RETURN count(c)")).isZero();
        assertThat(graphQl().document("{ node(id: \"" + expired + "\") { ... on Credential { status expiresAt } } }")
                .execute().path("node.status").entity(String.class).get()).isEqualTo("EXPIRED");
        assertThat(graphQl().document("{ credentials(first: 500, filter: {status: EXPIRED}) { nodes { id } } }")
                .execute().path("credentials.nodes[*].id").entityList(String.class).get()).contains(expired);
        assertThat(graphQl().document("{ credentials(first: 500, filter: {status: ACTIVE}) { nodes { id } } }")
                .execute().path("credentials.nodes[*].id").entityList(String.class).get()).doesNotContain(expired);
    }

    @Test
    void theCycloneDxMlBomYieldsItsModelWithTheModelCard() throws IOException {
        int models = inventory("models");
        post("cyclonedx?aiSystem=ai:image-generation", EXPORTS.resolve("cyclonedx/cyclonedx-valid-machine-learning-1.5.json"))
                .jsonPath("$.scope").isEqualTo("ai:image-generation")
                .jsonPath("$.nodes.Model.created").isEqualTo(1)
                .jsonPath("$.relationships.USES_MODEL.created").isEqualTo(1);
        assertThat(inventory("models")).isEqualTo(models + 1);
        assertThat(count("MATCH (:AiSystem {id: 'ai:image-generation'})-[:USES_MODEL]->(m:Model {source: 'cyclonedx'}) "
                + "WHERE m.hasModelCard AND size(m.performanceMetrics) > 0 RETURN count(m)")).isEqualTo(1);
    }

    @Test
    void scimUsersBecomeHumansWithTheirManager() throws IOException {
        int humans = inventory("humans");
        post("scim", EXPORTS.resolve("scim/list_response-user_and_manager.json"))
                .jsonPath("$.nodes.Human.created").isEqualTo(2)
                .jsonPath("$.relationships.REPORTS_TO.created").isEqualTo(1);
        assertThat(inventory("humans")).isEqualTo(humans + 2);
        graphQl().document("{ node(id: \"kim.lee@example.com\") { ... on Human { manager { id } } } }").execute()
                .path("node.manager.id").entity(String.class).isEqualTo("jsmith@example.com");

        http().post().uri("/api/imports/scim?filename=config.json").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Files.readAllBytes(EXPORTS.resolve("scim/rfc7643-8.5-service_provider_configuration.json")))
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.file").isEqualTo("config.json");
    }

    @Test
    void anHrFeedSentAsFormDataIsStillReadWhole() throws IOException {
        // curl --data-binary without a Content-Type sends form data; the body must still be the file.
        http().post().uri("/api/imports/hr-csv?filename=people.csv").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue(Files.readAllBytes(EXPORTS.resolve("hr-csv/people.csv"))).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.origin").isEqualTo("people.csv")
                .jsonPath("$.nodes.Human.created").value(created -> assertThat((Integer) created).isGreaterThanOrEqualTo(9));
    }

    @Test
    void declaredOwnershipFixesSampleOrphans() throws IOException {
        int ownerless = graphQl().document("{ identities(first: 0, filter: {ownerless: true}) { totalCount } }")
                .execute().path("identities.totalCount").entity(Integer.class).get();

        post("ownership-csv?scope=platform-sheet", EXPORTS.resolve("ownership-csv/ownership.csv"))
                .jsonPath("$.relationships.OWNED_BY.created").isEqualTo(4)
                // its one attestation gives no date: kept without one, never the import's
                .jsonPath("$.warnings[*].location").isEqualTo(List.of("ownership.csv, line 3"))
                .jsonPath("$.warnings[0].message").value(message -> assertThat((String) message)
                        .startsWith("attested_by without attested_at"));

        graphQl().document("{ identities(first: 0, filter: {ownerless: true}) { totalCount } }").execute()
                .path("identities.totalCount").entity(Integer.class).isEqualTo(ownerless - 2);
        graphQl().document("{ node(id: \"ai:code-assistant\") { ... on AiSystem { owners { role source owner { ... on Human { id } } } } } }")
                .execute().path("node.owners[?(@.source == 'DECLARED')].owner.id").entityList(String.class)
                .containsExactly("henrik.aalto@kestrel.example");
    }
}
