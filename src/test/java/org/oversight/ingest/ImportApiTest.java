package org.oversight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The import endpoint over HTTP with the graph bundle source: reports, idempotence, refusals. */
class ImportApiTest extends OversightIntegrationTest {

    private static final String BUNDLE = """
            nodes:
              Team:
                - {id: "team:import-api-test", name: Import API test}
              NonHumanIdentity:
                - {id: "import-api-test:role/a", name: a, provider: other, kind: BOT}
                - {id: "import-api-test:role/b", name: b, provider: other, kind: BOT}
            relationships:
              OWNED_BY:
                - {from: "NonHumanIdentity:import-api-test:role/a", to: "Team:team:import-api-test", role: ACCOUNTABLE, source: DECLARED}
            """;

    @AfterEach
    void removeTestData() {
        cypher.run("MATCH (n) WHERE n.id STARTS WITH 'import-api-test:' OR n.id = 'team:import-api-test' DETACH DELETE n",
                Map.of());
        cypher.run("MATCH (r:ImportRun {source: 'bundle'}) DELETE r", Map.of());
    }

    private WebTestClient.ResponseSpec post(String query, byte[] body, MediaType type) {
        return http().post().uri("/api/imports/" + query).contentType(type).bodyValue(body).exchange();
    }

    @Test
    void anImportReportsWhatItCreatedAndTheSameFileAgainChangesNothing() {
        byte[] body = BUNDLE.getBytes(StandardCharsets.UTF_8);
        post("bundle?filename=team.yaml", body, MediaType.APPLICATION_YAML).expectStatus().isOk().expectBody()
                .jsonPath("$.source").isEqualTo("bundle")
                .jsonPath("$.origin").isEqualTo("team.yaml")
                .jsonPath("$.sha256").value(sha -> assertThat((String) sha).hasSize(64))
                .jsonPath("$.nodes.Identity.created").isEqualTo(2)
                .jsonPath("$.nodes.Team.created").isEqualTo(1)
                .jsonPath("$.relationships.OWNED_BY.created").isEqualTo(1)
                .jsonPath("$.warnings").isEmpty();

        post("bundle?filename=team.yaml", body, MediaType.APPLICATION_YAML).expectStatus().isOk().expectBody()
                .jsonPath("$.nodes.Identity.created").isEqualTo(0)
                .jsonPath("$.nodes.Identity.updated").isEqualTo(0)
                .jsonPath("$.nodes.Identity.unchanged").isEqualTo(2)
                .jsonPath("$.relationships.OWNED_BY.unchanged").isEqualTo(1);
        graphQl().document("{ identities(first: 0, filter: {provider: \"other\"}) { totalCount } }").execute()
                .path("identities.totalCount").entity(Integer.class).isEqualTo(2);

        var runs = graphQl().document("""
                { importRuns(source: "bundle", first: 1) { totalCount pageInfo { hasNextPage endCursor }
                    nodes { source origin status snapshot nodes { name created unchanged } } } }
                """).execute();
        runs.path("importRuns.totalCount").entity(Integer.class).isEqualTo(2);
        runs.path("importRuns.nodes[0].origin").entity(String.class).isEqualTo("team.yaml");
        runs.path("importRuns.nodes[0].nodes[?(@.name == 'Identity')].unchanged").entityList(Integer.class)
                .containsExactly(2);
        String cursor = runs.path("importRuns.pageInfo.endCursor").entity(String.class).get();
        graphQl().document("query($after: String) { importRuns(source: \"bundle\", after: $after) { nodes { nodes { name created } } } }")
                .variable("after", cursor).execute()
                .path("importRuns.nodes[0].nodes[?(@.name == 'Identity')].created").entityList(Integer.class)
                .containsExactly(2);
    }

    @Test
    void aSnapshotWithoutAnIdentityMarksItStale() {
        post("bundle?scope=api-test", BUNDLE.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_YAML)
                .expectStatus().isOk();
        String withoutB = BUNDLE.replace("    - {id: \"import-api-test:role/b\", name: b, provider: other, kind: BOT}\n", "");
        post("bundle?scope=api-test&snapshot=true", withoutB.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_YAML)
                .expectStatus().isOk().expectBody()
                .jsonPath("$.snapshot").isEqualTo(true)
                .jsonPath("$.nodes.Identity.stale").isEqualTo(1);
        graphQl().document("{ node(id: \"import-api-test:role/b\") { staleSince } }").execute()
                .path("node.staleSince").hasValue();
    }

    @Test
    void aZipOfSeveralFilesIsOneImport() throws IOException {
        String people = BUNDLE.substring(0, BUNDLE.indexOf("  NonHumanIdentity:"));
        String rest = "nodes:\n" + BUNDLE.substring(BUNDLE.indexOf("  NonHumanIdentity:"));
        post("bundle", zip(Map.of("export/people.yaml", people, "export/identities.yaml", rest)),
                MediaType.parseMediaType("application/zip"))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.nodes.Team.created").isEqualTo(1)
                .jsonPath("$.relationships.OWNED_BY.created").isEqualTo(1);
    }

    @Test
    void aBrokenFileIsRefusedWithWhereItBrokeAndNothingIsWritten() {
        byte[] truncated = BUNDLE.substring(0, BUNDLE.indexOf("role/b") + 3).getBytes(StandardCharsets.UTF_8);
        post("bundle?filename=team.yaml", truncated, MediaType.APPLICATION_YAML).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Import refused; nothing was written")
                .jsonPath("$.file").isEqualTo("team.yaml")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("line"));

        byte[] badEnum = BUNDLE.replace("kind: BOT}\n            ", "kind: ROBOT}\n            ")
                .replace("kind: BOT}", "kind: ROBOT}").getBytes(StandardCharsets.UTF_8);
        post("bundle?filename=team.yaml", badEnum, MediaType.APPLICATION_YAML).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.record").isEqualTo("nodes.NonHumanIdentity[0]")
                .jsonPath("$.field").isEqualTo("kind");

        assertThat(cypher.first("MATCH (n) WHERE n.id STARTS WITH 'import-api-test:' OR n.id = 'team:import-api-test' "
                + "RETURN count(n) AS c", Map.of(), r -> r.get("c").asLong())).contains(0L);
        assertThat(cypher.first("MATCH (r:ImportRun {source: 'bundle'}) WHERE r.status <> 'REFUSED' RETURN count(r) AS c",
                Map.of(), r -> r.get("c").asLong())).contains(0L);
        graphQl().document("{ importRuns(source: \"bundle\") { nodes { status error origin } } }").execute()
                .path("importRuns.nodes[*].status").entityList(String.class).containsExactly("REFUSED", "REFUSED")
                .path("importRuns.nodes[0].error").entity(String.class).satisfies(error ->
                        assertThat(error).contains("team.yaml").contains("kind"));
    }

    @Test
    void unknownSourcesParametersAndOversizedBodiesAreRefused() {
        post("nope", new byte[] {1}, MediaType.APPLICATION_JSON).expectStatus().isNotFound().expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("bundle"));
        post("bundle?cluster=x", BUNDLE.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_YAML)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("cluster");
        post("bundle", new byte[5 * 1024 * 1024], MediaType.APPLICATION_OCTET_STREAM)
                .expectStatus().isEqualTo(413);
        http().get().uri("/api/imports").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.source == 'bundle')].parameters.snapshot").exists();
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : new java.util.TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
