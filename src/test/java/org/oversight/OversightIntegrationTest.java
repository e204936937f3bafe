package org.oversight;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.oversight.graph.CypherClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the end-to-end tests: one server on a random port with one embedded Neo4j, started
 * once per test run and shared by every subclass (Spring caches the context), with the sample
 * enterprise loaded. Tests that add data remove it again so the sample's counts hold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "oversight.embedded.bolt-address=127.0.0.1:0",
        "oversight.embedded.page-cache=64MB",
        "oversight.sample.load=true",
        "oversight.import.max-size=4MB"})
public abstract class OversightIntegrationTest {

    /** A fresh database per test run, under target/ so that {@code mvn clean} removes it. */
    static final Path DATA_DIR = Path.of("target", "neo4j-tests", UUID.randomUUID().toString());

    @LocalServerPort
    protected int port;

    @Autowired
    protected CypherClient cypher;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("oversight.embedded.data-dir", DATA_DIR::toString);
    }

    /** A GraphQL client of the server; answers may take a while on a busy two-core CI machine. */
    protected HttpGraphQlTester graphQl() {
        return HttpGraphQlTester.builder(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql"))
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    protected WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
