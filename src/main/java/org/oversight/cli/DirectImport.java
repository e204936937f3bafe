package org.oversight.cli;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.oversight.audit.AuditTrail;
import org.oversight.graph.GraphWriter;
import org.oversight.ingest.ImportService;
import org.oversight.ingest.Importer;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * What {@code oversight import --direct} starts, and nothing more: Neo4j (embedded, or the
 * external one configured) with the schema migrations, the graph writer, every importer wherever
 * it lives (the crosswalk importers are in {@code catalog}, whose loader stays out), the
 * import service and the audit trail, which records a direct import as it records any other.
 * No web server, GraphQL, tokens, catalogs, sample or findings: the auto-configurations are
 * named one by one rather than discovered, so a new starter on the class path changes nothing here.
 *
 * <p>Deliberately not a {@code @Configuration}: the server's component scan must not pick it up.
 */
@ImportAutoConfiguration({Neo4jAutoConfiguration.class, DataNeo4jAutoConfiguration.class,
        TransactionAutoConfiguration.class, TransactionManagerCustomizationAutoConfiguration.class,
        JacksonAutoConfiguration.class})
@ComponentScan(basePackageClasses = GraphWriter.class)
@ComponentScan(basePackages = "org.oversight", useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = Importer.class))
@Import({ImportService.class, AuditTrail.class})
final class DirectImport {

    /**
     * Quiet, and the embedded database's Bolt port picked free: only this process's driver uses it,
     * so a server on another data directory does not stand in the way.
     */
    private static final List<String> SETTINGS = List.of("--logging.level.root=warn", "--logging.level.org.oversight=warn",
            "--oversight.embedded.bolt-address=127.0.0.1:0");

    /** Starts what a direct import needs with these settings ({@code --name=value}); close it when done. */
    static ConfigurableApplicationContext start(String... settings) {
        return new SpringApplicationBuilder(DirectImport.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).run(Stream.concat(SETTINGS.stream(), Stream.of(settings)).toArray(String[]::new));
    }

    /** The same clock as the server's. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
