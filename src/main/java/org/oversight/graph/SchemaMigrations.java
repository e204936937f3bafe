package org.oversight.graph;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * Applies the schema in {@code cypher/migrations/} (constraints and indexes) before anything reads
 * or writes. Beans that touch the graph at start-up depend on this one. It is also the first
 * contact with the database, so an unreachable server is reported here in plain words.
 */
@Component
public class SchemaMigrations implements InitializingBean {

    static final String LOCATION = "classpath:cypher/migrations";
    private static final Duration INDEX_WAIT = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final Driver driver;
    private final URI uri;

    SchemaMigrations(Driver driver, Neo4jConnectionDetails connection) {
        this.driver = driver;
        this.uri = connection.getUri();
    }

    @Override
    public void afterPropertiesSet() {
        Migrations migrations = new Migrations(MigrationsConfig.builder().withLocationsToScan(LOCATION).build(), driver);
        try {
            migrations.apply().ifPresent(version -> log.info("Graph schema at version {}", version.getValue()));
            // the writer's statements name their indexes in hints, which fail on an index still populating
            try (Session session = driver.session()) {
                session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", INDEX_WAIT.toSeconds())).consume();
            }
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new Neo4jStartupException("Cannot reach Neo4j at " + uri + ": " + e.getMessage(),
                    "Start that Neo4j server or correct spring.neo4j.uri; leave spring.neo4j.uri unset to run the embedded database.",
                    e);
        } catch (AuthenticationException e) {
            throw new Neo4jStartupException("Neo4j at " + uri + " refused the credentials: " + e.getMessage(),
                    "Set spring.neo4j.authentication.username and spring.neo4j.authentication.password (or the NEO4J_* variables of docker-compose.yml).",
                    e);
        }
    }
}
