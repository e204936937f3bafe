package org.oversight.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oversight.ingest.SyntheticAwsExport;
import org.oversight.ingest.SyntheticEntraExport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports into the server in a child process with a small heap, as a user runs it. An import
 * killed with SIGKILL midway is INTERRUPTED after a restart and marked nothing stale; importing
 * the file again gives the digest of a clean import into an empty database. The killed and rerun
 * imports hold at most a few thousand records, so they are read twice and written as they are
 * read; the clean one is held whole: both ways end in the same graph. And an export far larger
 * than the heap is written as it is read.
 */
class ImportInChildServerTest {

    private static final Path ROOT = Path.of("target", "neo4j-tests", "child-server-" + UUID.randomUUID());
    private static final String ADMIN = "child-server-import-test-admin";
    private static final String ACCOUNT = "210987654321";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Path export;
    /** Records held in memory by the servers that stream: far fewer than the export's (about 50,000). */
    /** Small parts, so that the kill lands between many of them. */
    private static final String SMALL_PARTS = "--oversight.import.rows-per-transaction=200";
    private static final String STREAMED = "--oversight.import.records-in-memory=5000";
    private static final String TENANT = "7f3c1a52-9d4e-4b1a-8c2f-5e6d7c8b9a00";

    @BeforeAll
    static void writeExport() throws IOException {
        export = SyntheticAwsExport.write(ROOT.resolve("authz.json"), ACCOUNT, 12_000);
    }

    @AfterAll
    static void removeExport() throws IOException {
        Files.deleteIfExists(export);
    }

    @Test
    void aKilledImportIsInterruptedAndARerunConvergesToACleanImport() throws Exception {
        Path killed = ROOT.resolve("killed");
        String interruptedRun;
        try (Server server = Server.start(killed, SMALL_PARTS, STREAMED)) {
            CompletableFuture<HttpResponse<String>> upload = server.importAsync(export, true);
            interruptedRun = server.awaitRunning();
            server.awaitIdentities(500);
            server.kill();
            upload.handle((response, failure) -> null).get();
        }
        String rerunDigest;
        try (Server server = Server.start(killed, SMALL_PARTS, STREAMED)) {
            JsonNode runs = server.graphQl("{ importRuns(source: \"aws-iam\") { nodes { id status error } } }").path("importRuns");
            assertThat(runs.path("nodes").get(0).path("id").asString()).isEqualTo(interruptedRun);
            assertThat(runs.path("nodes").get(0).path("status").asString()).isEqualTo("INTERRUPTED");
            assertThat(server.graphQl("{ identities(first: 0, filter: {provider: \"aws\"}) { totalCount } }")
                    .path("identities").path("totalCount").asLong()).as("some parts had committed").isBetween(500L, 11_999L);
            assertThat(server.staleIdentities()).as("an interrupted import reconciles nothing").isZero();

            HttpResponse<String> rerun = server.importAsync(export, true).get();
            assertThat(rerun.statusCode()).as(rerun.body()).isEqualTo(200);
            assertThat(JSON.readTree(rerun.body()).path("nodes").path("Identity").path("stale").asLong()).isZero();
            rerunDigest = server.digest();
            assertThat(Files.readString(killed.resolve("server.log"))).as("the rerun was streamed")
                    .contains("holds more than 5000 records");
        }
        try (Server clean = Server.start(ROOT.resolve("clean"), SMALL_PARTS)) {
            HttpResponse<String> first = clean.importAsync(export, true).get();
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            assertThat(clean.digest()).isEqualTo(rerunDigest);
        }
    }

    /**
     * An Entra export of about 320,000 nodes and relationships, which held whole would take
     * several times the heap, is validated, then written as it is read, in a heap of 384 MB.
     */
    @Test
    void aLargeExportIsWrittenAsItIsReadWithinASmallHeap() throws Exception {
        Path servicePrincipals = SyntheticEntraExport.write(ROOT.resolve("servicePrincipals.json"), TENANT, 40_000);
        Path dataDir = ROOT.resolve("small-heap");
        try (Server server = Server.withHeap("384m", dataDir)) {
            HttpResponse<String> response = server.importAsync("entra",
                    "filename=servicePrincipals.json&snapshot=true&tenant=" + TENANT, servicePrincipals).get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode report = JSON.readTree(response.body());
            assertThat(report.path("nodes").path("Credential").path("created").asLong()).isEqualTo(120_000);
            assertThat(report.path("relationships").path("HAS_CREDENTIAL").path("created").asLong()).isEqualTo(120_000);
            assertThat(report.path("relationships").path("OWNED_BY").path("created").asLong()).isEqualTo(40_000);
            assertThat(Files.readString(dataDir.resolve("server.log"))).contains("holds more than 200000 records");
        } finally {
            Files.deleteIfExists(servicePrincipals);
        }
    }

    /** Oversight in a child JVM on the test's classpath, with a small heap. */
    private static final class Server implements AutoCloseable {
        private final Process process;
        private final int port;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        private Server(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Server start(Path dataDir, String... options) throws Exception {
            return withHeap("512m", dataDir, options);
        }

        static Server withHeap(String heap, Path dataDir, String... options) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), "org.oversight.OversightApplication",
                    "--server.port=" + port, "--oversight.embedded.data-dir=" + dataDir,
                    "--oversight.embedded.bolt-address=127.0.0.1:0", "--oversight.embedded.page-cache=64MB",
                    "--oversight.admin.token=" + ADMIN, "--logging.level.root=warn",
                    "--logging.level.org.oversight.ingest.ImportService=info"));
            command.addAll(List.of(options));
            Files.createDirectories(dataDir);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("server.log").toFile()).start();
            Server server = new Server(process, port);
            server.awaitHealth();
            return server;
        }

        CompletableFuture<HttpResponse<String>> importAsync(Path file, boolean snapshot) throws IOException {
            return importAsync("aws-iam", "filename=authz.json" + (snapshot ? "&snapshot=true" : ""), file);
        }

        CompletableFuture<HttpResponse<String>> importAsync(String source, String query, Path file) throws IOException {
            return http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/imports/" + source
                            + "?" + query)).header("Authorization", "Bearer " + ADMIN)
                    .header("Content-Type", "application/json").timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String awaitRunning() throws Exception {
            for (int i = 0; i < 600; i++) {
                JsonNode runs = graphQl("{ importRuns(source: \"aws-iam\", first: 1) { nodes { id status } } }")
                        .path("importRuns").path("nodes");
                if (!runs.isEmpty() && runs.get(0).path("status").asString().equals("RUNNING")) {
                    return runs.get(0).path("id").asString();
                }
                Thread.sleep(100);
            }
            throw new AssertionError("the import never started");
        }

        void awaitIdentities(long atLeast) throws Exception {
            for (int i = 0; i < 600; i++) {
                if (graphQl("{ inventory { identities } }").path("inventory").path("identities").asLong() >= atLeast) {
                    return;
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no part committed");
        }

        long staleIdentities() throws Exception {
            return graphQl("{ identities(first: 500, filter: {provider: \"aws\"}) { nodes { staleSince } } }")
                    .path("identities").path("nodes").valueStream().filter(n -> !n.path("staleSince").isNull()).count();
        }

        String digest() throws Exception {
            return graphQl("{ graphDigest(scope: \"" + ACCOUNT + "\") { sha256 nodes } }").path("graphDigest").path("sha256").asString();
        }

        JsonNode graphQl(String query) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.path("errors").isMissingNode() || body.path("errors").isEmpty()).as(response.body()).isTrue();
            return body.path("data");
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        private void awaitHealth() throws Exception {
            for (int i = 0; i < 1200; i++) {
                if (!process.isAlive()) {
                    throw new AssertionError("the server stopped: exit " + process.exitValue());
                }
                try {
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/actuator/health")).timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            throw new AssertionError("the server did not start within 5 minutes");
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(Duration.ofSeconds(60))) {
                    process.destroyForcibly();
                }
            }
        }
    }
}
