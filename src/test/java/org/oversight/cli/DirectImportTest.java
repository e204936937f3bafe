package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.audit.AuditTrail;
import org.oversight.catalog.CatalogLoader;
import org.oversight.findings.FindingService;
import org.oversight.graph.CypherClient;
import org.oversight.graph.GraphWriter;
import org.oversight.graph.SchemaMigrations;
import org.oversight.graph.WriteListener;
import org.oversight.ingest.ImportService;
import org.oversight.ingest.Importer;
import org.oversight.security.ApiTokens;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;

/**
 * {@code oversight import --direct} into an embedded database of its own, as a user runs it: the
 * import is written and audited, no catalog or sample reaches the graph, and reopening the
 * database the same way shows that what the command starts is only what an import needs.
 */
class DirectImportTest {

    @TempDir
    static Path dataDir;

    private static final StringWriter OUT = new StringWriter();
    private static final StringWriter ERR = new StringWriter();
    private static int exit;
    private static ConfigurableApplicationContext context;

    @BeforeAll
    static void importDirectlyThenReopenTheDatabase() {
        exit = ImportCommand.run(new PrintWriter(OUT, true), new PrintWriter(ERR, true), "kubernetes", "--direct",
                "--data-dir=" + dataDir, "-p", "cluster=direct-test",
                "src/test/resources/ingest/kubernetes/prometheus-serviceAccount.yaml",
                "src/test/resources/ingest/kubernetes/prometheus-roleBindingConfig.yaml");
        context = DirectImport.start("--oversight.embedded.data-dir=" + dataDir, "--oversight.embedded.page-cache=32MB");
    }

    @AfterAll
    static void closeTheDatabase() {
        if (context != null) {
            context.close();
        }
    }

    private static List<String> strings(String query) {
        return context.getBean(CypherClient.class).list(query, Map.of(), r -> r.get(0).asString());
    }

    @Test
    void theImportIsWrittenAndReported() {
        assertThat(exit).as(ERR.toString()).isZero();
        assertThat(OUT.toString()).contains("(kubernetes, scope direct-test)").containsPattern("Identity\\s+1\\s+0\\s+0");
        assertThat(strings("MATCH (i:Identity) RETURN i.source")).containsExactly("kubernetes");
        assertThat(strings("MATCH (r:ImportRun) RETURN r.source + ' ' + r.scope + ' ' + r.status"))
                .containsExactly("kubernetes direct-test COMPLETED");
    }

    @Test
    void theImportIsAuditedAsTheSystem() {
        assertThat(strings("MATCH (e:AuditEvent) RETURN e.actor + ' ' + e.action")).containsExactly("system import");
    }

    @Test
    void noCatalogOrSampleReachesTheGraph() {
        assertThat(strings("MATCH (n:Framework|Requirement|MappingSet|Human|Team) RETURN n.id")).isEmpty();
    }

    @Test
    void onlyWhatAnImportNeedsIsStarted() {
        assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
        for (Class<?> needed : List.of(ImportService.class, GraphWriter.class, SchemaMigrations.class, AuditTrail.class)) {
            assertThat(context.getBeanNamesForType(needed)).as(needed.getSimpleName()).hasSize(1);
        }
        assertThat(context.getBean(ImportService.class).importers()).extracting(Importer::source)
                .contains("aws-iam", "entra", "kubernetes", "scim", "hr-csv", "cyclonedx", "ownership-csv", "bundle",
                        "crosswalk-csv", "oscal-mapping");

        for (Class<?> absent : List.of(CatalogLoader.class, FindingService.class, ApiTokens.class, GraphQlSource.class,
                SecurityFilterChain.class)) {
            assertThat(context.getBeanNamesForType(absent)).as(absent.getSimpleName()).isEmpty();
        }
        assertThat(context.getBeansWithAnnotation(Controller.class)).as("controllers").isEmpty();
        assertThat(context.getBeansOfType(WriteListener.class).values()).as("the kept findings listen to no write here")
                .allMatch(AuditTrail.class::isInstance);
        assertThat(Arrays.stream(context.getBeanDefinitionNames()).map(context::getType).filter(Objects::nonNull)
                .map(Class::getPackageName).filter(name -> name.startsWith("org.oversight")).distinct())
                .as("packages of Oversight's own beans")
                .allMatch(name -> name.matches("org\\.oversight\\.(graph|graph\\.embedded|ingest(\\..+)?|catalog|audit|cli)"))
                .doesNotContain("org.oversight.sample", "org.oversight.security", "org.oversight.findings", "org.oversight.api");
    }
}
