package org.oversight.graph.embedded;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.oversight.graph.Neo4jStartupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the in-process Neo4j and tells where its Bolt connector listens. */
final class EmbeddedNeo4j {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final long START_TIMEOUT_SECONDS = 120;

    private EmbeddedNeo4j() {
    }

    /** Settings given by their Neo4j names, parsed and checked by Neo4j's own configuration. */
    static Map<Setting<?>, Object> neo4jSettings(Map<String, String> raw) {
        if (raw.isEmpty()) {
            return Map.of();
        }
        Config config = Config.newBuilder().setRaw(raw).build();
        Map<String, Setting<Object>> declared = config.getDeclaredSettings();
        Map<Setting<?>, Object> settings = new HashMap<>();
        raw.keySet().forEach(name -> settings.put(declared.get(name), config.get(declared.get(name))));
        return settings;
    }

    static DatabaseManagementService start(EmbeddedNeo4jProperties properties, BoltPassword password) {
        Path home = home(properties);
        SocketAddress bolt = parseAddress(properties.boltAddress());
        createDirectory(home);
        if (!isLoopback(bolt.getHostname())) {
            log.warn("Embedded Neo4j accepts Bolt connections on {}, not only on loopback; use TLS or a trusted network",
                    properties.boltAddress());
        }
        DatabaseManagementService neo4j;
        try {
            neo4j = new DatabaseManagementServiceBuilder(home)
                    .setConfig(neo4jSettings(properties.settings()))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, bolt)
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
                    .build();
        } catch (RuntimeException e) {
            throw explain(e, home, properties.boltAddress());
        }
        if (!neo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(TimeUnit.SECONDS.toMillis(START_TIMEOUT_SECONDS))) {
            neo4j.shutdown();
            throw new Neo4jStartupException("The embedded Neo4j in " + home + " did not become available within "
                    + START_TIMEOUT_SECONDS + " s", "See " + home.resolve("logs/debug.log") + " for the reason.", null);
        }
        setPassword(neo4j, password);
        log.info("Embedded Neo4j started in {}, Bolt on {} (user {}, {})", home, boltUri(neo4j), BoltPassword.USER, password);
        if (password.generated()) {
            // shown once, on the console only: the logs never hold it
            System.out.printf("%nThe embedded Neo4j's Bolt password (user %s) is kept in %s:%n    %s%n"
                    + "Connect with: cypher-shell -a %s -u %s -p \"$(cat %s)\"%n%n", BoltPassword.USER, password.file(),
                    password.value(), boltUri(neo4j), BoltPassword.USER, password.file());
        }
        return neo4j;
    }

    static Path home(EmbeddedNeo4jProperties properties) {
        return properties.dataDir().toAbsolutePath().normalize();
    }

    /** Sets the password each start, so a configured one takes effect and a stored one stays in force. */
    private static void setPassword(DatabaseManagementService neo4j, BoltPassword password) {
        try {
            neo4j.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + BoltPassword.USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    java.util.Map.of("password", password.value()));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("same")) {
                neo4j.shutdown();
                throw new Neo4jStartupException("Cannot set the embedded Neo4j's Bolt password: " + e.getMessage(),
                        "Check oversight.embedded.bolt-password (at least 8 characters).", e);
            }
        }
    }

    /** The Bolt URI actually bound, which differs from the configured one when port 0 was asked for. */
    static URI boltUri(DatabaseManagementService neo4j) {
        GraphDatabaseAPI system = (GraphDatabaseAPI) neo4j.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        HostnamePort bound = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        return URI.create("bolt://" + bound.getHost() + ":" + bound.getPort());
    }

    static SocketAddress parseAddress(String address) {
        int colon = address == null ? -1 : address.lastIndexOf(':');
        if (colon <= 0) {
            throw new Neo4jStartupException("oversight.embedded.bolt-address '" + address + "' is not host:port",
                    "Use for example 127.0.0.1:7687, or 127.0.0.1:0 for any free port.", null);
        }
        try {
            int port = Integer.parseInt(address.substring(colon + 1));
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return new SocketAddress(address.substring(0, colon), port);
        } catch (NumberFormatException e) {
            throw new Neo4jStartupException("oversight.embedded.bolt-address '" + address + "' has no valid port",
                    "Use a port from 0 to 65535, for example 127.0.0.1:7687.", e);
        }
    }

    private static void createDirectory(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new Neo4jStartupException("Cannot create the data directory " + home + ": " + e,
                    "Point oversight.embedded.data-dir at a writable directory.", e);
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    /** Names the two failures users meet: a data directory in use and a port in use. */
    private static RuntimeException explain(RuntimeException failure, Path home, String boltAddress) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            String message = String.valueOf(cause.getMessage());
            if (name.equals("FileLockException") || message.contains("lock")) {
                return new Neo4jStartupException("The data directory " + home
                        + " is locked by another process (another Oversight or Neo4j is using it)",
                        "Stop the other process, or set oversight.embedded.data-dir to another directory.", failure);
            }
            if (name.equals("PortBindException") || cause instanceof java.net.BindException) {
                return new Neo4jStartupException("The Bolt address " + boltAddress + " is already in use",
                        "Stop what listens there, or set oversight.embedded.bolt-address (port 0 picks a free one).",
                        failure);
            }
        }
        return failure;
    }
}
