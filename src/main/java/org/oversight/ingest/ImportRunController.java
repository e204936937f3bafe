package org.oversight.ingest;

import static org.oversight.graph.CypherClient.parameters;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.Node;
import org.oversight.api.Connection;
import org.oversight.api.PageRequest;
import org.oversight.graph.ChangeCounts;
import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.model.Props;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code importRuns}: the history of imports with their counts and warnings. */
@Controller
class ImportRunController {

    record ImportCount(String name, long created, long updated, long unchanged, long stale, long deleted,
            long removed) {
    }

    record ImportRun(String id, String source, String scope, boolean snapshot, String origin, String sha256,
            OffsetDateTime startedAt, OffsetDateTime finishedAt, String status, List<ImportCount> nodes,
            List<ImportCount> relationships, int warningCount, List<String> warnings, String error,
            OffsetDateTime heartbeatAt) {
    }

    private static final TypeReference<Map<String, ChangeCounts>> COUNTS = new TypeReference<>() {
    };

    private final CypherClient cypher;
    private final CypherQueries queries;
    private final JsonMapper json;

    ImportRunController(CypherClient cypher, CypherQueries queries, JsonMapper json) {
        this.cypher = cypher;
        this.queries = queries;
        this.json = json;
    }

    @QueryMapping
    Connection<ImportRun> importRuns(@Argument Integer first, @Argument String after, @Argument String source) {
        PageRequest page = PageRequest.of(first, after);
        Map<String, Object> parameters = parameters("source", source);
        parameters.putAll(page.parameters());
        return cypher.first(queries.get("queries/import-runs"), parameters, record -> page.toConnection(
                record.get("page").asList(value -> toRun(value.asNode())), record.get("totalCount").asLong(),
                ImportRun::id)).orElseThrow();
    }

    private ImportRun toRun(Node node) {
        Props p = new Props(node.asMap());
        return new ImportRun(p.string("id"), p.string("source"), p.string("scope"), Boolean.TRUE.equals(p.bool("snapshot")),
                p.string("origin"), p.string("sha256"), p.time("startedAt"), p.time("finishedAt"), p.string("status"),
                counts(p.string("nodeCounts")), counts(p.string("relationshipCounts")),
                p.integer("warningCount") == null ? 0 : p.integer("warningCount"),
                p.strings("warnings") == null ? List.of() : p.strings("warnings"), p.string("error"), p.time("heartbeatAt"));
    }

    private List<ImportCount> counts(String stored) {
        if (stored == null) {
            return List.of();
        }
        return json.readValue(stored, COUNTS).entrySet().stream()
                .map(e -> new ImportCount(e.getKey(), e.getValue().created(), e.getValue().updated(),
                        e.getValue().unchanged(), e.getValue().stale(), e.getValue().deleted(), e.getValue().removed()))
                .toList();
    }
}
