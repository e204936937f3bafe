package org.oversight.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.oversight.graph.ImportReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Prints an import report as a table, whether it came from a server (JSON) or a direct run. */
final class ReportPrinter {

    private static final int SHOWN_WARNINGS = 20;

    private ReportPrinter() {
    }

    static void print(PrintWriter out, ImportReport report) {
        print(out, JsonMapper.builder().build().valueToTree(tree(report)));
    }

    /** The report as the server's API answers it (runs of several scopes included). */
    private static Map<String, Object> tree(ImportReport report) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("runId", report.runId());
        tree.put("source", report.source());
        tree.put("scope", report.scope());
        tree.put("durationMs", report.duration().toMillis());
        tree.put("nodes", report.nodes());
        tree.put("relationships", report.relationships());
        tree.put("warnings", report.warnings());
        tree.put("runs", report.runs().stream().map(ReportPrinter::tree).toList());
        return tree;
    }

    static void print(PrintWriter out, JsonNode report) {
        JsonNode runs = report.path("runs");
        if (!runs.isArray() || runs.isEmpty()) {
            printRun(out, report);
        } else {
            // files of several scopes (AWS accounts) are written as one run per scope
            for (JsonNode run : runs.values()) {
                printRun(out, run);
            }
            out.printf("%d runs, one per scope, in %d ms%n", runs.size(), report.path("durationMs").asLong());
        }
        out.flush();
    }

    private static void printRun(PrintWriter out, JsonNode report) {
        out.printf("Import %s (%s, scope %s) in %d ms%n", report.path("runId").asString(),
                report.path("source").asString(), report.path("scope").asString("-"), report.path("durationMs").asLong());
        out.printf("%-22s %9s %9s %9s %9s %9s %9s%n", "", "created", "updated", "unchanged", "stale", "deleted", "removed");
        section(out, report.path("nodes"));
        section(out, report.path("relationships"));
        JsonNode warnings = report.path("warnings");
        out.printf("%d warning(s)%n", warnings.size());
        int shown = 0;
        for (JsonNode warning : warnings.values()) {
            if (shown++ == SHOWN_WARNINGS) {
                out.printf("  ... and %d more (see importRuns in GraphQL)%n", warnings.size() - SHOWN_WARNINGS);
                break;
            }
            out.printf("  %s: %s%n", warning.path("location").asString(), warning.path("message").asString());
        }
    }

    private static void section(PrintWriter out, JsonNode counts) {
        for (Map.Entry<String, JsonNode> entry : counts.properties()) {
            JsonNode c = entry.getValue();
            out.printf("%-22s %9d %9d %9d %9d %9d %9d%n", entry.getKey(), c.path("created").asLong(),
                    c.path("updated").asLong(), c.path("unchanged").asLong(), c.path("stale").asLong(),
                    c.path("deleted").asLong(), c.path("removed").asLong());
        }
    }

}
