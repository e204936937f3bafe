package org.oversight.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/** {@code oversight audit verify}: recomputes the audit chain of a running server. */
@Command(name = "oversight audit", mixinStandardHelpOptions = true,
        description = "Check the audit trail of a running Oversight server (needs an AUDITOR or ADMIN token).",
        subcommands = {AuditCommand.Verify.class})
public class AuditCommand {

    public static int run(String... args) {
        return new CommandLine(new AuditCommand()).execute(args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new AuditCommand()).setOut(out).setErr(err).execute(args);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute every event's hash and link; print the head to anchor elsewhere.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the chain is intact", "1:the server could not be reached or refused", "3:the chain is broken"})
    static class Verify implements Callable<Integer> {
        @Option(names = "--server", defaultValue = "http://localhost:8080", description = "Server URL (default: ${DEFAULT-VALUE}).")
        URI server;

        @Option(names = "--token", defaultValue = "${env:OVERSIGHT_TOKEN}", description = "An AUDITOR or ADMIN token (or set OVERSIGHT_TOKEN).")
        String token;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                JsonNode data = new ServerClient(server, token).graphQl("""
                        { verifyAuditChain { ok checked brokenAt reason headHash } auditHead { sequence hash at } }
                        """, Map.of());
                JsonNode result = data.path("verifyAuditChain");
                out.println((result.path("ok").asBoolean() ? "OK: " : "BROKEN: ") + result.path("reason").asString());
                JsonNode head = data.path("auditHead");
                out.println("Head: event " + head.path("sequence").asLong() + ", hash " + head.path("hash").asString()
                        + (head.path("at").isNull() ? "" : ", " + head.path("at").asString()));
                out.flush();
                return result.path("ok").asBoolean() ? 0 : 3;
            } catch (ServerClient.Failure e) {
                spec.commandLine().getErr().println("oversight audit: " + e.getMessage());
                return 1;
            }
        }
    }
}
