package org.oversight.graph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.oversight.OversightApplication;
import org.oversight.cli.ImportCommand;
import org.oversight.graph.CypherClient;
import org.oversight.graph.Neo4jStartupException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.util.unit.DataSize;

/**
 * The two running modes and their failures, each in a server started as a user would start it:
 * data survives a restart of the embedded database; with a URI the server uses that Neo4j and
 * starts none of its own; a locked data directory, a taken port and an unreachable server are
 * reported in one line.
 */
class RunningModesTest {

    private static final Path ROOT = Path.of("target", "neo4j-tests", "modes-" + UUID.randomUUID());

    /** Stands in for an external Neo4j server: a separate database reached only over Bolt. */
    private static DatabaseManagementService external;
    private static final String EXTERNAL_PASSWORD = "external-server-password";
    private static URI externalUri;

    @BeforeAll
    static void startExternalServer() {
        EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(ROOT.resolve("external"), "127.0.0.1:0",
                DataSize.ofMegabytes(32), EXTERNAL_PASSWORD, Map.of());
        external = EmbeddedNeo4j.start(properties, BoltPassword.resolve(EmbeddedNeo4j.home(properties), EXTERNAL_PASSWORD));
        externalUri = EmbeddedNeo4j.boltUri(external);
    }

    @AfterAll
    static void stopExternalServer() {
        external.shutdown();
    }

    /** Starts the server with the given settings as command-line arguments, as a user would. */
    private static ConfigurableApplicationContext start(String... properties) {
        Map<String, String> settings = new LinkedHashMap<>(Map.of("server.port", "0",
                "oversight.embedded.page-cache", "32MB", "oversight.embedded.bolt-address", "127.0.0.1:0"));
        for (String property : properties) {
            settings.put(property.substring(0, property.indexOf('=')), property.substring(property.indexOf('=') + 1));
        }
        return new SpringApplicationBuilder(OversightApplication.class).run(settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new));
    }

    private static long count(ConfigurableApplicationContext context, String query) {
        return context.getBean(CypherClient.class).first(query, Map.of(), r -> r.get(0).asLong()).orElseThrow();
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDataAcrossARestart() {
        String dataDir = "oversight.embedded.data-dir=" + ROOT.resolve("restart");
        long humans;
        long identities;
        try (var first = start(dataDir, "oversight.sample.load=true")) {
            humans = count(first, "MATCH (n:Human) RETURN count(n)");
            identities = count(first, "MATCH (n:Identity) RETURN count(n)");
            first.getBean(CypherClient.class).run("CREATE (:Team {id: 'team:added-before-restart', name: 'x'})", Map.of());
        }
        assertThat(humans).isPositive();
        try (var second = start(dataDir, "oversight.sample.load=true")) {
            assertThat(count(second, "MATCH (n:Human) RETURN count(n)")).isEqualTo(humans);
            assertThat(count(second, "MATCH (n:Identity) RETURN count(n)")).isEqualTo(identities);
            assertThat(count(second, "MATCH (n:Team {id: 'team:added-before-restart'}) RETURN count(n)")).isOne();
            assertThat(count(second, "MATCH (r:ImportRun {source: 'sample'}) RETURN count(r)"))
                    .as("the sample is loaded once, not again at the restart").isOne();
        }
    }

    @Test
    void withAUriTheServerUsesThatNeo4jAndStartsNoneOfItsOwn() {
        try (var context = start("spring.neo4j.uri=" + externalUri, "spring.neo4j.authentication.username=neo4j",
                "spring.neo4j.authentication.password=" + EXTERNAL_PASSWORD, "oversight.sample.load=true",
                "oversight.embedded.data-dir=" + ROOT.resolve("must-not-exist"))) {
            assertThat(context.getBeanNamesForType(DatabaseManagementService.class)).isEmpty();
            assertThat(ROOT.resolve("must-not-exist")).doesNotExist();
            long sampleHumans = count(context, "MATCH (n:Human) RETURN count(n)");
            assertThat(sampleHumans).isPositive();
            // What the server wrote is in the external database, read there without Oversight.
            long seenThere = external.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                    .executeTransactionally("MATCH (n:Human) RETURN count(n) AS c", Map.of(),
                            result -> (Long) result.next().get("c"));
            assertThat(seenThere).isEqualTo(sampleHumans);
            long constraints = external.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                    .executeTransactionally("SHOW CONSTRAINTS YIELD name WHERE name = 'identity_id' RETURN count(*) AS c",
                            Map.of(), result -> (Long) result.next().get("c"));
            assertThat(constraints).as("migrations ran against the external server").isOne();
        }
    }

    @Test
    void theCommandLineImportsDirectlyIntoTheDatabase() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ImportCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "scim", "--direct", "--neo4j-uri=" + externalUri, "--neo4j-password=" + EXTERNAL_PASSWORD,
                "src/test/resources/ingest/scim/list_response-user_and_manager.json");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("Human\\s+2\\s+0\\s+0");
        long humans = external.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                .executeTransactionally("MATCH (h:Human {source: 'scim'}) RETURN count(h) AS c", Map.of(),
                        result -> (Long) result.next().get("c"));
        assertThat(humans).isEqualTo(2);
    }

    @Test
    void aDataDirectoryInUseIsReportedInOneLine() {
        Throwable failure = catchThrowable(() -> start("oversight.embedded.data-dir=" + ROOT.resolve("external")));
        assertThat(startupProblem(failure).getMessage())
                .startsWith("The data directory ").contains("is locked by another process");
    }

    @Test
    void aTakenBoltPortIsReportedInOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Throwable failure = catchThrowable(() -> start("oversight.embedded.data-dir=" + ROOT.resolve("port"),
                    "oversight.embedded.bolt-address=127.0.0.1:" + taken.getLocalPort()));
            assertThat(startupProblem(failure).getMessage())
                    .isEqualTo("The Bolt address 127.0.0.1:" + taken.getLocalPort() + " is already in use");
        }
    }

    @Test
    void anUnreachableServerIsReportedInOneLine() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Throwable failure = catchThrowable(() -> start("spring.neo4j.uri=bolt://127.0.0.1:" + closedPort));
        Neo4jStartupException problem = startupProblem(failure);
        assertThat(problem.getMessage()).startsWith("Cannot reach Neo4j at bolt://127.0.0.1:" + closedPort);
        assertThat(problem.action()).contains("spring.neo4j.uri");
    }

    @Test
    void aMalformedBoltAddressIsRefused() {
        assertThatThrownBy(() -> EmbeddedNeo4j.parseAddress("localhost")).hasMessageContaining("is not host:port");
        assertThatThrownBy(() -> EmbeddedNeo4j.parseAddress("127.0.0.1:99999")).hasMessageContaining("no valid port");
    }

    private static Neo4jStartupException startupProblem(Throwable failure) {
        assertThat(failure).isNotNull();
        Throwable cause = failure;
        while (cause != null && !(cause instanceof Neo4jStartupException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("a Neo4jStartupException in %s", NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(Neo4jStartupException.class);
        return (Neo4jStartupException) cause;
    }

}
