package org.oversight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.assertj.core.api.AbstractStringAssert;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Hostile files posted to the import API as an attacker would: each is refused quickly, nothing
 * is written, and the server keeps answering.
 */
class HostileInputApiTest extends OversightIntegrationTest {

    /**
     * A guard against work that would take minutes (a parser walking a huge scalar, a zip bomb
     * expanding), not a speed measurement: a two-core machine under load took 17 s for one
     * refused 3 MB upload.
     */
    private static final long QUICKLY_MS = 30_000;

    @AfterEach
    void nothingWasWritten() {
        long written = cypher.first("MATCH (r:ImportRun) WHERE r.origin STARTS WITH 'hostile' AND r.status <> 'REFUSED' RETURN count(r) AS n", Map.of(),
                r -> r.get("n").asLong()).orElseThrow();
        assertThat(written).as("import runs of hostile files").isZero();
        graphQl().document("{ inventory { humans } }").execute().path("inventory.humans").hasValue();
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("manifests.yaml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                out.write(zeros);
            }
        }
        assertThat(zip.size()).isLessThan(1024 * 1024);
        refused(post("kubernetes?cluster=hostile&filename=hostile.zip", zip.toByteArray()), "unpacks to more than");
    }

    @Test
    void aTarGzBombIsRefused() throws IOException {
        ByteArrayOutputStream tgz = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(tgz))) {
            TarArchiveEntry entry = new TarArchiveEntry("rbac.yaml");
            long size = 200L * 1024 * 1024;
            entry.setSize(size);
            tar.putArchiveEntry(entry);
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < size; written += zeros.length) {
                tar.write(zeros);
            }
            tar.closeArchiveEntry();
        }
        refused(post("kubernetes?cluster=hostile&filename=hostile.tar.gz", tgz.toByteArray()), "unpacks to more than");
    }

    @Test
    void archiveEntriesCannotReachOutsideTheUploadNorFollowLinks() throws IOException {
        ByteArrayOutputStream tgz = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(tgz))) {
            TarArchiveEntry link = new TarArchiveEntry("passwd.yaml", TarArchiveEntry.LF_SYMLINK);
            link.setLinkName("/etc/passwd");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
            byte[] escaping = "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: escaped, namespace: x}\n"
                    .getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry("../../../../tmp/oversight-escaped.yaml");
            entry.setSize(escaping.length);
            tar.putArchiveEntry(entry);
            tar.write(escaping);
            tar.closeArchiveEntry();
        }
        String body = post("kubernetes?cluster=hostile&filename=hostile.tar.gz", tgz.toByteArray())
                .expectStatus().value(status -> assertThat(status).isIn(400, 413)).expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(body).doesNotContain("root:");
        assertThat(java.nio.file.Path.of("/tmp/oversight-escaped.yaml")).doesNotExist();
    }

    @Test
    void aYamlScalarOnOneHugeLineIsRefusedBeforeTheParserSeesIt() {
        String yaml = "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: " + "a".repeat(3 * 1024 * 1024) + "\n";
        refused(post("kubernetes?cluster=hostile&filename=hostile.yaml", yaml.getBytes(StandardCharsets.UTF_8)),
                "line 4").contains("longer than 1 MB");
        refused(post("bundle?filename=hostile.yaml", ("nodes:\n  Team:\n    - {id: \"team:x\", name: " + "b".repeat(3 * 1024 * 1024)
                + "}\n").getBytes(StandardCharsets.UTF_8)), "longer than 1 MB");
    }

    @Test
    void aYamlAliasBombIsRefused() {
        StringBuilder laughs = new StringBuilder("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: lol\n  labels:\n");
        laughs.append("    a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            laughs.append("    ").append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                laughs.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            laughs.append("]\n");
            previous = c;
        }
        refused(post("kubernetes?cluster=hostile&filename=hostile.yaml", laughs.toString().getBytes(StandardCharsets.UTF_8)),
                "hostile.yaml");
    }

    @Test
    void anXmlExternalEntityIsRefusedAndNotResolved() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE bom [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1"><components><component type="machine-learning-model">
                <name>&secret;</name></component></components></bom>
                """;
        refused(post("cyclonedx?filename=hostile.xml&aiSystem=ai:hostile", xml.getBytes(StandardCharsets.UTF_8)), "hostile.xml")
                .doesNotContain("root:");
    }

    @Test
    void jsonNestedThousandsDeepIsRefused() {
        String json = "[".repeat(20_000) + "]".repeat(20_000);
        refused(post("aws-iam?filename=hostile.json", json.getBytes(StandardCharsets.UTF_8)), "hostile.json");
    }

    /** Posts and checks that the answer came quickly. */
    private WebTestClient.ResponseSpec post(String sourceAndQuery, byte[] body) {
        long start = System.nanoTime();
        WebTestClient.ResponseSpec response = http().post().uri("/api/imports/" + sourceAndQuery)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(body).exchange();
        assertThat((System.nanoTime() - start) / 1_000_000).as("answered within %d ms", QUICKLY_MS).isLessThan(QUICKLY_MS);
        return response;
    }

    private static AbstractStringAssert<?> refused(WebTestClient.ResponseSpec response, String detail) {
        String body = response.expectStatus().value(status -> assertThat(status).isIn(400, 413))
                .expectBody(String.class).returnResult().getResponseBody();
        return assertThat(body).contains(detail);
    }
}
