package org.oversight.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/** {@code oversight digest [--scope S]}: the stable hash of what a running server's graph holds. */
@Command(name = "oversight digest", mixinStandardHelpOptions = true,
        description = "Print a stable SHA-256 of the graph (or one source scope): equal digests, equal contents.")
public class DigestCommand implements Callable<Integer> {

    @Option(names = "--scope", description = "A source scope: an AWS account, a cluster, a tenant ...")
    String scope;

    @Option(names = "--server", defaultValue = "http://localhost:8080", description = "Server URL (default: ${DEFAULT-VALUE}).")
    URI server;

    @Option(names = "--token", defaultValue = "${env:OVERSIGHT_TOKEN}", description = "An AUDITOR or ADMIN token (or set OVERSIGHT_TOKEN).")
    String token;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static int run(String... args) {
        return new CommandLine(new DigestCommand()).execute(args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new DigestCommand()).setOut(out).setErr(err).execute(args);
    }

    @Override
    public Integer call() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("scope", scope);
        try {
            JsonNode digest = new ServerClient(server, token).graphQl(
                    "query($scope: String) { graphDigest(scope: $scope) { sha256 nodes relationships } }", variables)
                    .path("graphDigest");
            spec.commandLine().getOut().println(digest.path("sha256").asString() + "  " + digest.path("nodes").asLong()
                    + " nodes, " + digest.path("relationships").asLong() + " relationships"
                    + (scope == null ? "" : " in scope " + scope));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ServerClient.Failure e) {
            spec.commandLine().getErr().println("oversight digest: " + e.getMessage());
            return 1;
        }
    }
}
