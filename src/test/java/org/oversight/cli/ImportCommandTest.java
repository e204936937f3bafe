package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;

/** {@code oversight import} against a running server, as a user runs it. */
class ImportCommandTest extends OversightIntegrationTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void removeImportedData() {
        cypher.run("MATCH (n) WHERE n.source = 'kubernetes' DETACH DELETE n", Map.of());
    }

    private int run(String... args) {
        return ImportCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void severalFilesAreSentAsOneImportAndReported() {
        int exit = run("kubernetes", "--server=http://localhost:" + port, "--token=" + ADMIN_TOKEN, "-p", "cluster=cli-test",
                "src/test/resources/ingest/kubernetes/prometheus-serviceAccount.yaml",
                "src/test/resources/ingest/kubernetes/prometheus-roleBindingConfig.yaml");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("(kubernetes, scope cli-test)")
                .containsPattern("Identity\\s+1\\s+0\\s+0")
                .contains("0 warning(s)");
        assertThat(err.toString()).contains("Sending import.zip");
    }

    @Test
    void aRefusedImportExitsWithOneAndSaysWhy() {
        int exit = run("kubernetes", "--server=http://localhost:" + port, "--token=" + ADMIN_TOKEN,
                "src/test/resources/ingest/kubernetes/prometheus-serviceAccount.yaml");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("Import refused (400)").contains("'cluster' is required");
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(run("kubernetes")).isEqualTo(2);
        assertThat(run("kubernetes", "no-such-file.yaml")).isEqualTo(2);
        assertThat(err.toString()).contains("Not a file: no-such-file.yaml");
    }
}
