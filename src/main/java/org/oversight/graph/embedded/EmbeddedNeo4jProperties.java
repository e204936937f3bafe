package org.oversight.graph.embedded;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The embedded Neo4j that runs when no {@code spring.neo4j.uri} is configured.
 *
 * @param dataDir     where the database lives; it survives restarts
 * @param boltAddress {@code host:port} for Bolt clients such as Neo4j Browser or cypher-shell;
 *                    port 0 picks a free one
 * @param pageCache   memory for Neo4j's page cache
 * @param boltPassword password of the {@code neo4j} user; unset: generated at first start and kept
 *                    in the data directory's {@code bolt-password}
 * @param settings    further Neo4j settings by their Neo4j names, e.g.
 *                    {@code oversight.embedded.settings[db.logs.query.enabled]=INFO}; the ones above win
 */
@ConfigurationProperties("oversight.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("127.0.0.1:7687") String boltAddress,
        @DefaultValue("512MB") DataSize pageCache,
        String boltPassword,
        Map<String, String> settings) {

    public EmbeddedNeo4jProperties {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    @Override
    public String toString() {
        return "EmbeddedNeo4jProperties[dataDir=" + dataDir + ", boltAddress=" + boltAddress + ", pageCache=" + pageCache + ", settings="
                + settings + "]";
    }
}
