package org.oversight.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code oversight findings}: the findings of a running server (unownedRisks), as a table, CSV or
 * JSON, with the same filters. {@code --fail-on} makes it a gate for pipelines.
 */
@Command(name = "oversight findings", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the accountability findings of a running Oversight server.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "1:the server could not be reached or refused", "2:wrong usage",
                "3:with --fail-on: a finding of that severity or worse"})
public class FindingsCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW");

    private static final String QUERY = """
            query($filter: UnownedRiskFilter, $after: String) {
              unownedRisks(filter: $filter, first: 500, after: $after) {
                pageInfo { hasNextPage endCursor }
                nodes { id rule { id severity breaks { id } } subject { __typename id } reason provider aiSystems { id } }
              } }
            """;

    @Option(names = "--rule", description = "Only findings of this rule, e.g. owner-left.")
    String rule;

    @Option(names = "--severity", description = "Only findings of this severity: ${COMPLETION-CANDIDATES}.")
    Severity severity;

    @Option(names = "--provider", description = "Only findings about identities of this provider, e.g. aws.")
    String provider;

    @Option(names = "--ai-system", description = "Only findings about this AI system and what it is made of.")
    String aiSystem;

    @Option(names = "--owner", description = "Only findings about things this human or team is named an owner of.")
    String owner;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fail-on", description = "Exit with 3 when a finding of this severity or worse exists: ${COMPLETION-CANDIDATES}.")
    Severity failOn;

    @Option(names = "--server", defaultValue = "http://localhost:8080", description = "Server URL (default: ${DEFAULT-VALUE}).")
    URI server;

    @Option(names = "--token", defaultValue = "${env:OVERSIGHT_TOKEN}", description = "Bearer token (or set OVERSIGHT_TOKEN).")
    String token;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    enum Severity { CRITICAL, HIGH, MEDIUM, LOW }

    public static int run(String... args) {
        return new CommandLine(new FindingsCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new FindingsCommand()).setCaseInsensitiveEnumValuesAllowed(true).setOut(out).setErr(err)
                .execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerClient client = new ServerClient(server, token);
        try {
            if (format == Format.csv) {
                out.print(client.get("/api/findings.csv" + query()));
                out.flush();
                return failOn == null ? 0 : gate(fetch(client));
            }
            List<JsonNode> findings = fetch(client);
            if (format == Format.json) {
                out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(findings));
            } else {
                table(out, findings);
            }
            out.flush();
            return gate(findings);
        } catch (ServerClient.Failure e) {
            err.println("oversight findings: " + e.getMessage());
            return 1;
        }
    }

    private List<JsonNode> fetch(ServerClient client) throws ServerClient.Failure {
        Map<String, Object> filter = new HashMap<>();
        if (rule != null) filter.put("rule", rule);
        if (severity != null) filter.put("severity", severity.name());
        if (provider != null) filter.put("provider", provider);
        if (aiSystem != null) filter.put("aiSystem", aiSystem);
        if (owner != null) filter.put("owner", owner);
        List<JsonNode> findings = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("filter", filter);
            variables.put("after", after);
            JsonNode page = client.graphQl(QUERY, variables).path("unownedRisks");
            page.path("nodes").forEach(findings::add);
            after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);
        return findings;
    }

    private int gate(List<JsonNode> findings) {
        if (failOn == null) {
            return 0;
        }
        int worst = SEVERITIES.indexOf(failOn.name());
        return findings.stream().anyMatch(f -> SEVERITIES.indexOf(f.path("rule").path("severity").asString()) <= worst) ? 3 : 0;
    }

    private static void table(PrintWriter out, List<JsonNode> findings) {
        int ruleWidth = findings.stream().mapToInt(f -> f.path("rule").path("id").asString().length()).max().orElse(4);
        int subjectWidth = Math.min(60, findings.stream().mapToInt(f -> f.path("subject").path("id").asString().length())
                .max().orElse(7));
        String row = "%-8s  %-" + ruleWidth + "s  %-" + subjectWidth + "s  %s%n";
        out.printf(row, "SEVERITY", "RULE", "SUBJECT", "REASON");
        for (JsonNode f : findings) {
            out.printf(row, f.path("rule").path("severity").asString(), f.path("rule").path("id").asString(),
                    f.path("subject").path("id").asString(), f.path("reason").asString());
        }
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        SEVERITIES.forEach(s -> bySeverity.put(s, findings.stream().filter(f -> f.path("rule").path("severity").asString().equals(s)).count()));
        out.println();
        out.println(findings.size() + (findings.size() == 1 ? " finding" : " findings") + ": " + bySeverity.entrySet().stream()
                .filter(e -> e.getValue() > 0).map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
    }

    private String query() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rule != null) parameters.put("rule", rule);
        if (severity != null) parameters.put("severity", severity.name());
        if (provider != null) parameters.put("provider", provider);
        if (aiSystem != null) parameters.put("aiSystem", aiSystem);
        if (owner != null) parameters.put("owner", owner);
        return parameters.isEmpty() ? "" : "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
