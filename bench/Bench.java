import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Oversight's benchmark, run by bench/run. For each scale it generates a synthetic enterprise in
 * the real export formats (bench/Generate.java), starts the server (a 4 GB heap, its embedded
 * Neo4j) and measures, in one run:
 * - import throughput through the HTTP import API, after a warm-up import, and again with no change;
 * - a raw-driver baseline writing the same rows (read back from the graph) with batched UNWIND
 *   MERGE, 10k rows per transaction, into the same database;
 * - query latency p50/p95/p99 through HTTP GraphQL and of the same Cypher run directly;
 * - heap, RSS and store size.
 * Ratios measured in one run are what to compare: absolute times on a shared machine drift.
 */
public class Bench {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TOKEN = "bench-admin-token";
    static final Path WORK = Path.of("bench", "work");

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "quick";
        String java = args.length > 1 ? args[1] : Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Integer> scales = switch (mode) {
            case "quick" -> List.of(10_000);
            case "full" -> List.of(10_000, 100_000, 1_000_000);
            default -> Arrays.stream(mode.split(",")).map(Integer::parseInt).toList();
        };
        // quick mode: few runs, short budgets, for a look in minutes; the full run measures more and longer
        Runs iterations = mode.equals("quick") ? new Runs(10, Duration.ofSeconds(10)) : new Runs(50, Duration.ofMinutes(2));
        StringBuilder report = new StringBuilder("# Oversight benchmark, " + mode + ", "
                + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "\n\n");
        Path results = Path.of("bench", "results", "bench-" + mode + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".md");
        Map<String, Double> chainAt = new LinkedHashMap<>();
        for (int scale : scales) {
            try {
                report.append(runScale(java, scale, iterations, chainAt));
            } catch (Exception | Error e) {
                // one scale failing (a long run, a full disk) keeps what the others measured
                report.append(String.format("## %,d identities%n%nFailed: %s%n%n", scale, e));
                e.printStackTrace();
            }
            // written as each scale ends, so that a failure or an interrupted full run keeps what was measured
            Files.writeString(results, report.toString());
        }
        if (chainAt.size() > 1) {
            List<Double> p50s = List.copyOf(chainAt.values());
            report.append(String.format("accountabilityChain p50 at the largest scale against the smallest: %.2fx (target within 2x)%n",
                    p50s.getLast() / p50s.getFirst()));
        }
        System.out.println(report);
        Files.writeString(results, report.toString());
        System.out.println("Written to " + results);
    }

    static String runScale(String java, int scale, Runs iterations, Map<String, Double> chainAt) throws Exception {
        Path generated = generate(java, scale, 42);
        Path warmUp = generate(java, 2_000, 7);
        Path data = WORK.resolve("data-" + scale);
        if (REUSE_STORE) {
            return reusedStore(java, scale, iterations, chainAt, data);
        }
        deleteTree(data);
        StringBuilder out = new StringBuilder("## " + String.format("%,d", scale) + " identities\n\n");
        try (Server server = Server.start(java, data)) {
            importAll(server, warmUp);
            if (System.getenv("BENCH_QUERY_STATS") != null) {
                try (Session session = server.bolt.session()) {
                    session.run("CALL db.stats.collect('QUERIES', {durationSeconds: 3600})").consume();
                }
            }
            Imported first = importAll(server, generated);
            Imported again = importAll(server, generated);
            if (System.getenv("BENCH_QUERY_STATS") != null) {
                try (Session session = server.bolt.session()) {
                    for (Record r : session.run("""
                            CALL db.stats.retrieve('QUERIES') YIELD data
                            WITH data.query AS query, data.invocations AS inv
                            UNWIND inv AS i
                            WITH query, count(*) AS n, sum(coalesce(i.elapsedCompileTimeInUs, 0)) AS compile,
                                 sum(coalesce(i.elapsedExecutionTimeInUs, 0)) AS execute
                            RETURN substring(query, 0, 90) AS query, n, compile / 1000 AS compileMs, execute / 1000 AS executeMs
                            ORDER BY compileMs + executeMs DESC LIMIT 40
                            """).list()) {
                        System.out.printf("%6d %8d %8d  %s%n", r.get("n").asLong(), r.get("compileMs").asLong(),
                                r.get("executeMs").asLong(), r.get("query").asString().replaceAll("\\s+", " "));
                    }
                }
            }
            // the findings Oversight evaluates once imports pause: waited for here, so they do not run beside the baseline
            Findings findings = awaitFindings(server);
            Raw raw = rawBaseline(server);
            out.append("| Import | entities | seconds | entities/s |\n|---|---:|---:|---:|\n");
            out.append(row("first import (HTTP)", first.entities(), first.millis()));
            out.append(row("re-import, no change (HTTP)", again.entities(), again.millis()));
            out.append(row("raw driver, same rows", raw.entities(), raw.millis()));
            out.append(String.format("%nImport rate against the raw baseline: **%.2fx** (target 1.0x, floor 0.8x); "
                            + "re-import **%.2fx** faster than the first import (target 3x).%n%n",
                    first.rate() / raw.rate(), (double) first.millis() / again.millis()));
            out.append(String.format("Findings after the imports: %,d (first request after the imports: %,d ms).%n%n", findings.count(), findings.millis()));
            if (!first.failures().isEmpty()) {
                out.append("Imports that failed: ").append(first.failures()).append("\n\n");
            }
            if (System.getenv("BENCH_IMPORTS_ONLY") == null) {
                out.append(latencies(server, iterations, chainAt, scale));
            }
            out.append(memory(server, data));
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- generation and import

    static Path generate(String java, int identities, int seed) throws Exception {
        Path dir = WORK.resolve("gen-" + identities + "-" + seed);
        if (Files.exists(dir.resolve("manifest.tsv"))) {
            return dir;
        }
        deleteTree(dir);
        Process process = new ProcessBuilder(java, "-Xmx2g", "bench/Generate.java", Integer.toString(identities),
                dir.toString(), Integer.toString(seed)).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("bench/Generate.java failed for " + identities + " identities");
        }
        return dir;
    }

    record Imported(long entities, long millis, List<String> failures) {
        double rate() {
            return entities * 1000.0 / Math.max(1, millis);
        }
    }

    /** Posts every import of the manifest in order; entities are the nodes and relationships the reports count. */
    static Imported importAll(Server server, Path generated) throws Exception {
        System.out.println("importing " + generated + " from " + java.time.LocalTime.now());
        List<String> lines = Files.readAllLines(generated.resolve("manifest.tsv"));
        List<String> header = List.of(lines.getFirst().split("\t"));
        long entities = 0;
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String source = cells[header.indexOf("source")];
            List<Path> files = Arrays.stream(cells[header.indexOf("files")].split(" ")).map(generated::resolve).toList();
            String parameters = cells[header.indexOf("parameters")];
            Path body = files.size() == 1 ? files.getFirst() : zip(files);
            String name = files.size() == 1 ? files.getFirst().getFileName().toString() : "import.zip";
            HttpResponse<String> response = server.http.send(HttpRequest.newBuilder(URI.create(server.base + "/api/imports/"
                            + source + "?filename=" + name + (parameters.isBlank() ? "" : "&" + parameters)))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/octet-stream")
                    .timeout(Duration.ofHours(2)).POST(HttpRequest.BodyPublishers.ofFile(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (files.size() > 1) {
                Files.deleteIfExists(body);
            }
            if (response.statusCode() != 200) {
                failures.add(source + " " + cells[header.indexOf("files")] + ": " + response.statusCode() + " "
                        + response.body().substring(0, Math.min(300, response.body().length())));
                continue;
            }
            JsonNode report = JSON.readTree(response.body());
            for (String part : List.of("nodes", "relationships")) {
                for (JsonNode counts : report.path(part)) {
                    entities += counts.path("created").asLong() + counts.path("updated").asLong() + counts.path("unchanged").asLong();
                }
            }
        }
        return new Imported(entities, (System.nanoTime() - start) / 1_000_000, failures);
    }

    static Path zip(List<Path> files) throws IOException {
        Path zip = Files.createTempFile("bench-", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.setLevel(0);
            for (Path file : files) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    // ---------------------------------------------------------------- raw baseline

    record Raw(long entities, long millis) {
        double rate() {
            return entities * 1000.0 / Math.max(1, millis);
        }
    }

    static final List<String> MODEL_LABELS = List.of("Human", "Team", "Identity", "Credential", "Group", "Policy", "AiSystem",
            "Agent", "Model", "Dataset", "Vendor", "Control", "Evidence", "Risk");

    /**
     * The rows Oversight wrote, read back from the graph, written again by the driver alone as
     * copies with ids prefixed raw:, with batched UNWIND MERGE and 10k rows per transaction; then
     * removed. Only the writes are timed.
     */
    record Findings(long count, long millis) {
    }

    /** Asks for the findings' count: the first request waits for their evaluation, and its time says how long. */
    static Findings awaitFindings(Server server) throws Exception {
        long start = System.nanoTime();
        long count = JSON.readTree((String) server.graphQl("{ unownedRisks(first: 0) { totalCount } }"))
                .path("data").path("unownedRisks").path("totalCount").asLong();
        return new Findings(count, (System.nanoTime() - start) / 1_000_000);
    }

    /** {@code BENCH_REUSE_STORE=1}: measure the store an earlier run imported, without importing again. */
    static final boolean REUSE_STORE = System.getenv("BENCH_REUSE_STORE") != null;

    /**
     * The raw baseline, the queries and the memory over the store an earlier run of the same
     * scale imported (its import figures are in that run's server log): at 1M the imports take
     * half an hour, and a run that fails after them need not repeat them.
     */
    static String reusedStore(String java, int scale, Runs iterations, Map<String, Double> chainAt, Path data) throws Exception {
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException("BENCH_REUSE_STORE: no store of " + scale + " identities in " + data);
        }
        StringBuilder out = new StringBuilder("## " + String.format("%,d", scale) + " identities (store of an earlier run)\n\n");
        try (Server server = Server.start(java, data)) {
            Findings findings = awaitFindings(server);
            Raw raw = rawBaseline(server);
            out.append("| Import | entities | seconds | entities/s |\n|---|---:|---:|---:|\n");
            out.append(row("raw driver, same rows", raw.entities(), raw.millis()));
            out.append(String.format("%nFindings: %,d (first request after the start: %,d ms).%n%n", findings.count(), findings.millis()));
            if (System.getenv("BENCH_IMPORTS_ONLY") == null) {
                out.append(latencies(server, iterations, chainAt, scale));
            }
            out.append(memory(server, data));
        }
        return out.toString();
    }

    static Raw rawBaseline(Server server) {
        // read a page of one label's rows at a time, untimed, then write it timed: at 1M one
        // label's rows at once would not fit the benchmark's own heap
        long entities = 0;
        long nanos = 0;
        try (Session session = server.bolt.session()) {
            removeRawCopies(session);
            for (String label : MODEL_LABELS) {
                String after = "";
                while (true) {
                    List<Record> page = session.run("""
                            MATCH (n:`%s`) WHERE n.id > $after AND n.source IS NOT NULL AND n.source <> 'catalog'
                              AND NOT n.id STARTS WITH 'raw:'
                            RETURN n.id AS id, properties(n) AS props ORDER BY n.id LIMIT $page
                            """.formatted(label), Map.of("after", after, "page", RAW_PAGE)).list();
                    if (page.isEmpty()) {
                        break;
                    }
                    after = page.getLast().get("id").asString();
                    List<Map<String, Object>> rows = page.stream().map(r -> {
                        Map<String, Object> props = new LinkedHashMap<>(r.get("props").asMap());
                        props.remove("id");
                        return Map.<String, Object>of("id", "raw:" + r.get("id").asString(), "props", props);
                    }).toList();
                    long start = System.nanoTime();
                    for (List<Map<String, Object>> chunk : chunks(rows)) {
                        session.executeWriteWithoutResult(tx -> tx.run("UNWIND $rows AS row MERGE (n:`" + label
                                + "` {id: row.id}) SET n += row.props", Map.of("rows", chunk)).consume());
                        entities += chunk.size();
                    }
                    nanos += System.nanoTime() - start;
                }
            }
            for (String label : MODEL_LABELS) {
                String after = "";
                while (true) {
                    Map<String, List<Map<String, Object>>> relationships = new LinkedHashMap<>();
                    String[] last = {null};
                    session.run("""
                            MATCH (a:`%s`) WHERE a.id > $after AND a.source IS NOT NULL AND a.source <> 'catalog'
                              AND NOT a.id STARTS WITH 'raw:'
                            WITH a ORDER BY a.id LIMIT $page
                            OPTIONAL MATCH (a)-[r]->(b) WHERE r.importSource IS NOT NULL
                            RETURN a.id AS fromKey, type(r) AS type, [l IN labels(b) WHERE l IN $labels][0] AS to,
                                   'raw:' + a.id AS fromId, 'raw:' + b.id AS toId, properties(r) AS props
                            """.formatted(label), Map.of("labels", MODEL_LABELS, "after", after, "page", RAW_PAGE / 4))
                            .forEachRemaining(r -> {
                                last[0] = r.get("fromKey").asString();
                                if (!r.get("type").isNull() && !r.get("to").isNull()) {
                                    relationships.computeIfAbsent(label + "|" + r.get("type").asString() + "|" + r.get("to").asString(),
                                            k -> new ArrayList<>()).add(Map.of("from", r.get("fromId").asString(),
                                            "to", r.get("toId").asString(), "props", r.get("props").asMap()));
                                }
                            });
                    if (last[0] == null) {
                        break;
                    }
                    after = last[0];
                    long start = System.nanoTime();
                    for (var entry : relationships.entrySet()) {
                        String[] key = entry.getKey().split("\\|");
                        for (List<Map<String, Object>> chunk : chunks(entry.getValue())) {
                            // the same relationship keys as Oversight's writer: ownership claims per source and role
                            String merge = key[1].equals("OWNED_BY") ? " {source: row.props.source, role: row.props.role}" : "";
                            session.executeWriteWithoutResult(tx -> tx.run("UNWIND $rows AS row MATCH (a:`" + key[0] + "` {id: row.from}) USING INDEX a:`" + key[0] + "`(id) "
                                    + "MATCH (b:`" + key[2] + "` {id: row.to}) USING INDEX b:`" + key[2] + "`(id) MERGE (a)-[r:`" + key[1] + "`" + merge + "]->(b) "
                                    + "SET r += row.props", Map.of("rows", chunk)).consume());
                            entities += chunk.size();
                        }
                    }
                    nanos += System.nanoTime() - start;
                }
            }
            removeRawCopies(session);
        }
        return new Raw(entities, nanos / 1_000_000);
    }

    /** Rows of a page the raw baseline reads (untimed) before it writes them (timed). */
    static final int RAW_PAGE = 100_000;

    /** Relationships first, in transactions of their own: a copy of a team can hold 100,000 of them. */
    static void removeRawCopies(Session session) {
        // directed, so that no relationship comes twice (once deleted, it cannot be deleted again)
        for (String pattern : List.of("(n)-[r]->()", "()-[r]->(n)")) {
            session.run("""
                    MATCH %s WHERE n.id STARTS WITH 'raw:'
                    CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
                    """.formatted(pattern)).consume();
        }
        session.run("""
                MATCH (n) WHERE n.id STARTS WITH 'raw:'
                CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
                """).consume();
    }

    static <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += 10_000) {
            chunks.add(rows.subList(i, Math.min(rows.size(), i + 10_000)));
        }
        return chunks;
    }

    // ---------------------------------------------------------------- query latency

    static String latencies(Server server, Runs iterations, Map<String, Double> chainAt, int scale) throws Exception {
        String credential;
        String lead;
        try (Session session = server.bolt.session()) {
            credential = session.run("MATCH (:Agent)-[:ACTS_AS]->(:Identity)-[:HAS_CREDENTIAL]->(c:Credential) RETURN c.id AS id LIMIT 1")
                    .list(r -> r.get("id").asString()).stream().findFirst().orElseGet(() ->
                            session.run("MATCH (c:Credential) RETURN c.id AS id ORDER BY c.id LIMIT 1").single().get("id").asString());
            // a manager who would leave: the active human with the most direct reports
            lead = session.run("""
                    MATCH (:Human)-[:REPORTS_TO]->(h:Human {status: 'ACTIVE'})
                    RETURN h.id AS id, count(*) AS reports ORDER BY reports DESC, id LIMIT 1
                    """)
                    .single().get("id").asString();
        }
        Map<String, String> graphQl = new LinkedHashMap<>();
        graphQl.put("identities page (ownerless, aws)", "{ identities(first: 50, filter: {ownerless: true, provider: \"aws\"}) { totalCount nodes { id } } }");
        graphQl.put("unownedRisks summary and first page", "{ unownedRisks(first: 20) { totalCount summary { total bySeverity { severity count } } nodes { id reason } } }");
        graphQl.put("accountabilityChain", "{ accountabilityChain(subject: \"" + credential + "\") { status hops { node { id } } } }");
        graphQl.put("leaverImpact", "{ leaverImpact(human: \"" + lead + "\") { unowned groups { kind count } } }");
        graphQl.put("coverage ISO42001", "{ coverage(framework: \"ISO42001\") { total full partial gap } }");
        graphQl.put("search", "{ search(text: \"payments\") { score node { id } } }");

        StringBuilder out = new StringBuilder("| Query | runs (GraphQL / direct) | GraphQL p50 | p95 | p99 | direct Cypher p50 | GraphQL / direct |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        // BENCH_QUERIES=unownedRisks,accountabilityChain measures only the queries whose names start so
        String only = System.getenv("BENCH_QUERIES");
        if (only != null && !only.isBlank()) {
            List<String> wanted = List.of(only.split(","));
            graphQl.keySet().removeIf(name -> wanted.stream().noneMatch(name::startsWith));
        }
        for (var query : graphQl.entrySet()) {
            long[] viaApi = measure(iterations, () -> server.graphQl(query.getValue()));
            long[] direct = measure(iterations, () -> Direct.run(server, query.getKey(), credential, lead));
            out.append(String.format("| %s | %d / %d | %.1f ms | %.1f | %.1f | %.1f ms | %.2fx |%n", query.getKey(), viaApi.length, direct.length, ms(viaApi, 50),
                    ms(viaApi, 95), ms(viaApi, 99), ms(direct, 50), ms(viaApi, 50) / Math.max(0.01, ms(direct, 50))));
            if (query.getKey().equals("accountabilityChain")) {
                chainAt.put(Integer.toString(scale), ms(viaApi, 50));
            }
        }
        return out + "\n";
    }

    /** How many measured runs a query gets at most, and the time that bounds them. */
    record Runs(int iterations, Duration budget) {
    }

    /**
     * Runs after warm-up, as many as asked or as fit in the budget, at least one: a what-if over
     * every rule at 1M takes minutes. A warm-up call longer than the whole budget is the one
     * measurement: for a query of minutes, warming the JIT changes nothing and a second call
     * would double the run.
     */
    static long[] measure(Runs runs, Supplier<Object> call) {
        long warmUpUntil = System.nanoTime() + runs.budget().dividedBy(4).toNanos();
        for (int i = 0; i < Math.max(3, runs.iterations() / 4) && (i == 0 || System.nanoTime() < warmUpUntil); i++) {
            long start = System.nanoTime();
            call.get();
            long took = System.nanoTime() - start;
            if (i == 0 && took > runs.budget().toNanos()) {
                return new long[] {took};
            }
        }
        long until = System.nanoTime() + runs.budget().toNanos();
        long[] nanos = new long[runs.iterations()];
        int done = 0;
        while (done < runs.iterations() && (done == 0 || System.nanoTime() < until)) {
            long start = System.nanoTime();
            call.get();
            nanos[done++] = System.nanoTime() - start;
        }
        long[] measured = Arrays.copyOf(nanos, done);
        Arrays.sort(measured);
        return measured;
    }

    static double ms(long[] sorted, int percentile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    /** The Cypher each query runs in the server, run directly over Bolt with the same parameters. */
    static final class Direct {
        static Object run(Server server, String query, String credential, String lead) {
            try (Session session = server.bolt.session()) {
                return switch (query) {
                    case "identities page (ownerless, aws)" -> {
                        // the page and, since the query asks for totalCount, the count
                        session.run(cypher("queries/identities"), params("provider", "aws", "kind", null, "status", null,
                                "ownerless", true, "after", "", "limit", 51)).list();
                        yield session.run(cypher("queries/identities-count"), params("provider", "aws", "kind", null,
                                "status", null, "ownerless", true)).list();
                    }
                    case "unownedRisks summary and first page" -> rules(session, List.of());
                    case "accountabilityChain" -> {
                        String element = session.run("MATCH (c:Credential {id: $id}) RETURN elementId(c) AS e", Map.of("id", credential))
                                .single().get("e").asString();
                        List<Record> up = session.run(cypher("queries/accountability/up"), Map.of("elementId", element)).list();
                        while (!up.isEmpty()) {
                            element = up.getFirst().get("elementId").asString();
                            up = session.run(cypher("queries/accountability/up"), Map.of("elementId", element)).list();
                        }
                        session.run(cypher("queries/accountability/owners"), Map.of("elementId", element)).list();
                        yield session.run(cypher("queries/accountability/approvals"), Map.of("elementId", element)).list();
                    }
                    case "leaverImpact" -> {
                        rules(session, List.of());
                        yield rules(session, List.of(lead));
                    }
                    case "coverage ISO42001" -> {
                        rules(session, List.of());
                        session.run(cypher("queries/coverage/paths"), params("framework", "ISO42001", "scope", null,
                                "maxDepth", 1, "now", java.time.OffsetDateTime.now())).list();
                        yield session.run(cypher("queries/coverage/requirements"), params("framework", "ISO42001", "scope", null)).list();
                    }
                    case "search" -> session.run(cypher("queries/search"), Map.of("text", "payments", "limit", 20)).list();
                    default -> throw new IllegalArgumentException(query);
                };
            }
        }

        static Object rules(Session session, List<String> leaving) {
            Map<String, Object> parameters = params("now", java.time.OffsetDateTime.now(), "leaving", leaving, "dormantDays", 90,
                    "staleCredentialDays", 90, "unusedDays", 90,
                    "vendorTenants", List.of("f8cdef31-a31e-4b4a-93e4-5f571e91255a", "72f988bf-86f1-41af-91ab-2d7cd011db47"));
            long found = 0;
            try (Stream<Path> files = Files.list(Path.of("cypher", "rules"))) {
                for (Path file : files.sorted().toList()) {
                    found += session.run(Files.readString(file), parameters).list().size();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return found;
        }

        static String cypher(String name) {
            try {
                return Files.readString(Path.of("cypher", name + ".cypher"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        static Map<String, Object> params(Object... namesAndValues) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return parameters;
        }
    }

    // ---------------------------------------------------------------- memory

    static String memory(Server server, Path data) throws Exception {
        String status = Files.readString(Path.of("/proc", Long.toString(server.process.pid()), "status"));
        long rssKb = status.lines().filter(l -> l.startsWith("VmRSS:")).map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                .findFirst().orElse(0L);
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(server.process.pid()), "GC.heap_info").redirectErrorStream(true).start();
        String heap = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        String used = heap.lines().filter(l -> l.contains("used")).findFirst().orElse("").strip();
        long store;
        try (Stream<Path> files = Files.walk(data)) {
            store = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        return String.format("Memory: RSS %,d MB; heap (-Xmx4g): %s; store %,d MB.%n%n", rssKb / 1024, used, store >> 20);
    }

    // ---------------------------------------------------------------- the server

    static String row(String name, long entities, long millis) {
        return String.format("| %s | %,d | %.1f | %,.0f |%n", name, entities, millis / 1000.0, entities * 1000.0 / Math.max(1, millis));
    }

    static final class Server implements AutoCloseable {
        final Process process;
        final String base;
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        final Driver bolt;

        private Server(Process process, String base, Driver bolt) {
            this.process = process;
            this.base = base;
            this.bolt = bolt;
        }

        static Server start(String java, Path data) throws Exception {
            int port = freePort();
            int boltPort = freePort();
            Files.createDirectories(data);
            List<String> command = new ArrayList<>(List.of(java, "-Xmx4g"));
            // e.g. BENCH_JVM_OPTIONS=-XX:StartFlightRecording=filename=bench/work/import.jfr to profile the server
            String extra = System.getenv("BENCH_JVM_OPTIONS");
            if (extra != null && !extra.isBlank()) {
                command.addAll(List.of(extra.trim().split("\\s+")));
            }
            command.addAll(List.of("-jar", "target/oversight.jar", "--server.port=" + port,
                    "--oversight.embedded.data-dir=" + data, "--oversight.embedded.bolt-address=127.0.0.1:" + boltPort,
                    "--oversight.embedded.page-cache=2GB", "--oversight.admin.token=" + TOKEN, "--oversight.import.max-size=4GB",
                    "--oversight.import.max-extracted-size=8GB", "--oversight.graphql.query-timeout=300s", "--logging.level.root=warn"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(data.resolveSibling(data.getFileName() + "-server.log").toFile()).start();
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; ; i++) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server stopped; see " + data.resolveSibling(data.getFileName() + "-server.log"));
                }
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).GET().build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException e) {
                    // not yet
                }
                if (i > 1200) {
                    throw new IllegalStateException("the server did not start");
                }
                Thread.sleep(250);
            }
            String password = Files.readString(data.resolve("bolt-password")).strip();
            Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", password));
            return new Server(process, base, driver);
        }

        Object graphQl(String query) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                        .timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.body().contains("\"errors\"")) {
                    throw new IllegalStateException(query + ": " + response.body().substring(0, Math.min(400, response.body().length())));
                }
                return response.body();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        @Override
        public void close() throws Exception {
            bolt.close();
            process.destroy();
            if (!process.waitFor(Duration.ofMinutes(2))) {
                process.destroyForcibly();
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
