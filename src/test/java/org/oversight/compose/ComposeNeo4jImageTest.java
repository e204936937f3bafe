package org.oversight.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oversight.OversightApplication;
import org.oversight.graph.CypherClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;
import org.testcontainers.utility.DockerImageName;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Oversight against the very Neo4j image docker-compose.yml pins, where Docker is available.
 * Without a Docker engine the test is skipped, not failed.
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeNeo4jImageTest {

    private static final String PASSWORD = "compose-test-password";

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer(DockerImageName.parse(composeImage())
            .asCompatibleSubstituteFor("neo4j")).withAdminPassword(PASSWORD);

    /** The image of the compose file's neo4j service, so the test follows the pinned version. */
    static String composeImage() {
        return YAMLMapper.builder().build().readTree(Path.of("docker-compose.yml").toFile())
                .path("services").path("neo4j").path("image").asString();
    }

    @Test
    void migrationsAndTheSampleWorkAgainstTheComposeImage() {
        try (var context = new SpringApplicationBuilder(OversightApplication.class).run(
                "--server.port=0", "--spring.neo4j.uri=" + NEO4J.getBoltUrl(),
                "--spring.neo4j.authentication.username=neo4j", "--spring.neo4j.authentication.password=" + PASSWORD,
                "--oversight.sample.load=true")) {
            CypherClient cypher = context.getBean(CypherClient.class);
            assertThat(cypher.first("MATCH (h:Human) RETURN count(h) AS c", Map.of(), r -> r.get("c").asLong()))
                    .hasValueSatisfying(count -> assertThat(count).isPositive());
        }
    }
}
