package org.oversight.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code oversight token create|list|revoke}: API tokens of a running server, with an admin token. */
@Command(name = "oversight token", mixinStandardHelpOptions = true,
        description = "Create, list and revoke API tokens of a running Oversight server (needs the admin token).",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
public class TokenCommand {

    /** Options every token command takes. */
    static class Server {
        @Option(names = "--server", defaultValue = "http://localhost:8080", description = "Server URL (default: ${DEFAULT-VALUE}).")
        URI server;

        @Option(names = "--token", defaultValue = "${env:OVERSIGHT_TOKEN}", description = "An ADMIN token (or set OVERSIGHT_TOKEN).")
        String token;

        ServerClient client() {
            return new ServerClient(server, token);
        }
    }

    public static int run(String... args) {
        return new CommandLine(new TokenCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new TokenCommand()).setCaseInsensitiveEnumValuesAllowed(true).setOut(out).setErr(err)
                .execute(args);
    }

    enum Role { VIEWER, IMPORTER, STEWARD, AUDITOR, ADMIN }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a token; its secret is printed once.")
    static class Create implements Callable<Integer> {
        @Option(names = "--name", required = true, description = "A name saying what uses it, e.g. ci-aws-import.")
        String name;

        @Option(names = "--role", required = true, description = "${COMPLETION-CANDIDATES}.")
        Role role;

        @Option(names = "--expires", description = "When it stops working, ISO-8601, e.g. 2027-06-30T00:00:00Z.")
        OffsetDateTime expires;

        @Option(names = "--human", description = "The e-mail of the human it acts for (owners attesting their reviews).")
        String human;

        @CommandLine.Mixin
        Server server = new Server();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Map<String, Object> input = new HashMap<>(Map.of("name", name, "role", role.name()));
            if (expires != null) input.put("expiresAt", expires.toString());
            if (human != null) input.put("human", human);
            return attempt(spec, () -> {
                JsonNode created = server.client().graphQl("""
                        mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id name role expiresAt } } }
                        """, Map.of("input", input)).path("createApiToken");
                PrintWriter out = spec.commandLine().getOut();
                out.println("Created " + created.path("token").path("id").asString() + " (" + name + ", " + role + "). Its secret, shown this once:");
                out.println(created.path("secret").asString());
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tokens (never their secrets).")
    static class ListTokens implements Callable<Integer> {
        @CommandLine.Mixin
        Server server = new Server();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return attempt(spec, () -> {
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-20s %-24s %-9s %-26s %s%n", "ID", "NAME", "ROLE", "EXPIRES", "STATE");
                for (JsonNode t : server.client().graphQl("{ apiTokens { id name role expiresAt revokedAt } }", Map.of())
                        .path("apiTokens")) {
                    out.printf("%-20s %-24s %-9s %-26s %s%n", t.path("id").asString(), t.path("name").asString(),
                            t.path("role").asString(), t.path("expiresAt").asString("never"),
                            t.path("revokedAt").isNull() ? "active" : "revoked " + t.path("revokedAt").asString());
                }
            });
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token at once.")
    static class Revoke implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "Token id, e.g. token:3f2a9c01b2d4.")
        String id;

        @CommandLine.Mixin
        Server server = new Server();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return attempt(spec, () -> {
                server.client().graphQl("mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }", Map.of("id", id));
                spec.commandLine().getOut().println("Revoked " + id);
            });
        }
    }

    interface Action {
        void run() throws ServerClient.Failure;
    }

    static int attempt(CommandLine.Model.CommandSpec spec, Action action) {
        try {
            action.run();
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ServerClient.Failure e) {
            spec.commandLine().getErr().println("oversight token: " + e.getMessage());
            return 1;
        }
    }
}
