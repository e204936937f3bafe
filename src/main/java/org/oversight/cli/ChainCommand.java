package org.oversight.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code oversight chain <id>}: who answers for a credential, identity, agent, model or AI system. */
@Command(name = "oversight chain", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show the accountability chain of a credential, identity, agent, model or AI system.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the chain is complete", "1:the server could not be reached or refused", "2:wrong usage",
                "3:the chain breaks"})
public class ChainCommand implements Callable<Integer> {

    enum Format { text, json }

    private static final String QUERY = """
            query($subject: ID!) { accountabilityChain(subject: $subject) {
              subject { __typename id } status reason accountable { id } approver { id }
              chains { status reason brokenAt { id } accountable { id } approver { id }
                       hops { node { __typename id } relationship direction from role source } } } }
            """;

    @Parameters(index = "0", paramLabel = "ID", description = "Id of the credential, identity, agent, model or AI system.")
    String subject;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--server", defaultValue = "http://localhost:8080", description = "Server URL (default: ${DEFAULT-VALUE}).")
    URI server;

    @Option(names = "--token", defaultValue = "${env:OVERSIGHT_TOKEN}", description = "Bearer token (or set OVERSIGHT_TOKEN).")
    String token;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static int run(String... args) {
        return new CommandLine(new ChainCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new ChainCommand()).setCaseInsensitiveEnumValuesAllowed(true).setOut(out).setErr(err)
                .execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonNode chain;
        try {
            chain = new ServerClient(server, token).graphQl(QUERY, Map.of("subject", subject)).path("accountabilityChain");
        } catch (ServerClient.Failure e) {
            err.println("oversight chain: " + e.getMessage());
            return 1;
        }
        if (format == Format.json) {
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(chain));
        } else {
            out.println(chain.path("status").asString() + ": " + chain.path("reason").asString());
            int n = 0;
            for (JsonNode c : chain.path("chains")) {
                out.println();
                out.println("Chain " + (++n) + " - " + c.path("status").asString());
                String previous = null;
                for (JsonNode hop : c.path("hops")) {
                    String node = hop.path("node").path("id").asString() + " (" + hop.path("node").path("__typename").asString() + ")";
                    if (hop.path("relationship").isNull() || hop.path("relationship").isMissingNode()) {
                        out.println("  " + node);
                        previous = hop.path("node").path("id").asString();
                        continue;
                    }
                    String rel = hop.path("relationship").asString();
                    String arrow = "IN".equals(hop.path("direction").asString()) ? "<-" + rel + "-" : "-" + rel + "->";
                    String claim = hop.path("role").isNull() || hop.path("role").isMissingNode() ? ""
                            : "  [" + hop.path("role").asString() + ", " + hop.path("source").asString() + "]";
                    String from = hop.path("from").asString();
                    // a step from an earlier node than the one above it (the approver, from the AI system)
                    out.println("  " + arrow + " " + node + (from.equals(previous) ? "" : "   from " + from) + claim);
                    previous = hop.path("node").path("id").asString();
                }
                if (!c.path("brokenAt").isNull() && !c.path("brokenAt").isMissingNode()) {
                    out.println("  breaks at " + c.path("brokenAt").path("id").asString() + ": " + c.path("reason").asString());
                }
            }
        }
        out.flush();
        return "COMPLETE".equals(chain.path("status").asString()) ? 0 : 3;
    }
}
