package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;

/** {@code oversight token}, {@code oversight audit verify} and a server command without a token, against a running server. */
class TokenAndAuditCommandTest extends OversightIntegrationTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void anAdminCreatesListsAndRevokesATokenThatThenWorksUntilRevoked() {
        assertThat(TokenCommand.run(new PrintWriter(out), new PrintWriter(err), "create", "--name", "cli-viewer",
                "--role", "viewer", "--server", server(), "--token", ADMIN_TOKEN)).as(err.toString()).isZero();
        Matcher created = Pattern.compile("Created (token:\\w+) \\(cli-viewer, VIEWER\\).*\\n(ovt_\\S+)", Pattern.DOTALL)
                .matcher(out.toString());
        assertThat(created.find()).as(out.toString()).isTrue();
        String id = created.group(1);
        String secret = created.group(2);

        StringWriter findings = new StringWriter();
        assertThat(FindingsCommand.run(new PrintWriter(findings), new PrintWriter(err), "--server", server(), "--token", secret,
                "--rule", "owner-left")).isZero();

        StringWriter list = new StringWriter();
        assertThat(TokenCommand.run(new PrintWriter(list), new PrintWriter(err), "list", "--server", server(), "--token", ADMIN_TOKEN))
                .isZero();
        assertThat(list.toString()).contains(id).contains("cli-viewer").doesNotContain(secret);

        assertThat(TokenCommand.run(new PrintWriter(out), new PrintWriter(err), "revoke", id, "--server", server(),
                "--token", ADMIN_TOKEN)).isZero();
        StringWriter refused = new StringWriter();
        assertThat(FindingsCommand.run(new PrintWriter(out), new PrintWriter(refused), "--server", server(), "--token", secret))
                .isEqualTo(1);
        assertThat(refused.toString()).contains("does not accept this token");
    }

    @Test
    void aViewerCannotCreateTokensAndNoTokenIsSaidPlainly() {
        assertThat(TokenCommand.run(new PrintWriter(out), new PrintWriter(err), "create", "--name", "x", "--role", "admin",
                "--server", server(), "--token", token("VIEWER"))).isEqualTo(1);
        assertThat(err.toString()).contains("needs the ADMIN role");
        StringWriter noToken = new StringWriter();
        assertThat(ChainCommand.run(new PrintWriter(out), new PrintWriter(noToken), "--server", server(), "--token", "",
                "ai:code-assistant")).isEqualTo(1);
        assertThat(noToken.toString()).contains("needs a token");
        StringWriter imports = new StringWriter();
        assertThat(ImportCommand.run(new PrintWriter(out), new PrintWriter(imports), "hr-csv", "--server=" + server(), "--token=",
                "src/test/resources/ingest/hr-csv/people.csv")).isEqualTo(1);
        assertThat(imports.toString()).contains("needs a token of the IMPORTER role");
    }

    @Test
    void auditVerifySaysOkAndGivesTheHeadToAnchor() {
        assertThat(AuditCommand.run(new PrintWriter(out), new PrintWriter(err), "verify", "--server", server(),
                "--token", token("AUDITOR"))).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("OK: all ").containsPattern("Head: event \\d+, hash [0-9a-f]{64}");
    }

    private String server() {
        return "http://localhost:" + port;
    }
}
