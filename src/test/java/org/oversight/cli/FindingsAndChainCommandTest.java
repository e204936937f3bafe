package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.oversight.sample.SampleFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code oversight findings} and {@code oversight chain} against a running server with the sample. */
class FindingsAndChainCommandTest extends OversightIntegrationTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void findingsAsATableListEveryPlantedProblemAndSumThemUp() {
        int code = FindingsCommand.run(new PrintWriter(out), new PrintWriter(err), "--server", server(), "--token", ADMIN_TOKEN);

        assertThat(code).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).startsWith("SEVERITY").contains("RULE", "SUBJECT", "REASON");
        int planted = SampleFiles.plantedLines().size();
        assertThat(lines.stream().filter(line -> line.matches("(CRITICAL|HIGH|MEDIUM|LOW) .*"))).hasSize(planted);
        assertThat(lines.getLast()).startsWith(planted + " findings: ");
    }

    @Test
    void findingsOfOneRuleAsCsvAndJson() {
        long ownerLeft = SampleFiles.plantedLines().stream().filter(p -> p.rule().equals("owner-left")).count();

        assertThat(FindingsCommand.run(new PrintWriter(out), new PrintWriter(err), "--server", server(), "--token", ADMIN_TOKEN,
                "--rule", "owner-left", "--format", "csv")).isZero();
        List<String> csv = out.toString().lines().toList();
        assertThat(csv.getFirst()).startsWith("id,rule,severity,subject");
        assertThat(csv).hasSize((int) ownerLeft + 1);

        StringWriter json = new StringWriter();
        assertThat(FindingsCommand.run(new PrintWriter(json), new PrintWriter(err), "--server", server(), "--token", ADMIN_TOKEN,
                "--rule", "owner-left", "--format", "json")).isZero();
        JsonNode findings = JsonMapper.builder().build().readTree(json.toString());
        assertThat(findings.size()).isEqualTo((int) ownerLeft);
        findings.forEach(f -> assertThat(f.path("rule").path("id").asString()).isEqualTo("owner-left"));
    }

    @Test
    void failOnMakesFindingsAGateAndAnUnknownRuleFails() {
        assertThat(FindingsCommand.run(new PrintWriter(out), new PrintWriter(err), "--server", server(), "--token", ADMIN_TOKEN,
                "--fail-on", "critical")).isEqualTo(3);
        assertThat(FindingsCommand.run(new PrintWriter(out), new PrintWriter(err), "--server", server(), "--token", ADMIN_TOKEN,
                "--rule", "no-such-rule")).isEqualTo(1);
        assertThat(err.toString()).contains("no-such-rule");
    }

    @Test
    void chainPrintsTheHopsAndItsExitCodeSaysWhetherItIsComplete() {
        assertThat(ChainCommand.run(new PrintWriter(out), new PrintWriter(err), "--server", server(), "--token", ADMIN_TOKEN,
                "cred:papyrus-vision-api-key")).isZero();
        assertThat(out.toString()).startsWith("COMPLETE: ").contains("<-HAS_CREDENTIAL- entra:eb341e8a-5498-4cd5-9f02-c5d7d5063943",
                "-OWNED_BY-> grace.whitfield@kestrel.example (Human)", "-APPROVED_BY-> priya.raghunathan@kestrel.example");

        StringWriter broken = new StringWriter();
        assertThat(ChainCommand.run(new PrintWriter(broken), new PrintWriter(err), "--server", server(), "--token", ADMIN_TOKEN,
                "ai:code-assistant")).isEqualTo(3);
        assertThat(broken.toString()).startsWith("NO_OWNER: ").contains("breaks at ai:code-assistant");
    }

    @Test
    void anUnreachableServerIsSaidPlainly() {
        assertThat(ChainCommand.run(new PrintWriter(out), new PrintWriter(err), "--server", "http://127.0.0.1:9",
                "ai:code-assistant")).isEqualTo(1);
        assertThat(err.toString()).contains("cannot reach the Oversight server");
    }

    private String server() {
        return "http://localhost:" + port;
    }
}
