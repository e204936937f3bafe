package org.oversight.graph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.oversight.OversightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded Neo4j's Bolt port answers only with the password kept, owner-only, in the data directory. */
class EmbeddedBoltSecurityTest extends OversightIntegrationTest {

    @Autowired
    DatabaseManagementService neo4j;

    @Autowired
    BoltPassword password;

    @Test
    void boltRefusesConnectionsWithoutThePassword() {
        var uri = EmbeddedNeo4j.boltUri(neo4j);
        assertThatThrownBy(() -> {
            try (var driver = GraphDatabase.driver(uri, AuthTokens.none())) {
                driver.verifyConnectivity();
            }
        }).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> {
            try (var driver = GraphDatabase.driver(uri, AuthTokens.basic(BoltPassword.USER, "guessed-password"))) {
                driver.verifyConnectivity();
            }
        }).isInstanceOf(AuthenticationException.class);
        try (var driver = GraphDatabase.driver(uri, AuthTokens.basic(BoltPassword.USER, password.value()))) {
            driver.verifyConnectivity();
        }
    }

    @Test
    void thePasswordIsKeptReadableByItsOwnerOnly() throws IOException {
        assertThat(password.file()).exists();
        assertThat(Files.readString(password.file()).strip()).isEqualTo(password.value()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.getPosixFilePermissions(password.file()))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(password.toString()).doesNotContain(password.value());
    }
}
