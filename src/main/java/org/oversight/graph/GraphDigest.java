package org.oversight.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * A stable SHA-256 of what the graph holds, of one source scope or of everything: every node of the
 * model's labels and every relationship between them, with their properties, in id order. The
 * bookkeeping of when and by which run something was written is left out (times of staleness count
 * only as being set), so an interrupted import rerun to its end has the digest of a clean one.
 */
@Component
public class GraphDigest {

    /** What says when or by which run, not what. */
    static final Set<String> BOOKKEEPING = Set.of("firstSeen", "lastSeen", "lastRunId", "importSource", "importScope");
    /** Times that say something was found missing: whether they are set counts, not when. */
    static final Set<String> MARKS = Set.of("staleSince", "deletedAt");
    static final int PAGE = 5_000;

    /** The digest and how many nodes and relationships it covers. */
    public record Digest(String sha256, long nodes, long relationships) {
    }

    private final CypherClient cypher;

    GraphDigest(CypherClient cypher) {
        this.cypher = cypher;
    }

    /** @param scope a source scope (an AWS account, a cluster, a tenant ...), or null for the whole graph */
    public Digest of(String scope) {
        MessageDigest sha256 = sha256();
        long nodes = 0;
        long relationships = 0;
        for (NodeLabel label : NodeLabel.values()) {
            if (label.isSubLabel() || label.isOversightRecord()) {
                continue;
            }
            String after = "";
            while (true) {
                List<Row> page = cypher.list("""
                        MATCH (n:`%s`)
                        WHERE n.id > $after AND ($scope IS NULL OR n.sourceScope = $scope)
                        WITH n ORDER BY n.id LIMIT $limit
                        RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
                               [(n)-[r]->(b) | {type: type(r), to: b.id, toLabels: labels(b), properties: properties(r)}] AS out
                        """.formatted(label.cypherName()), CypherClient.parameters("after", after, "scope", scope,
                        "limit", PAGE), record -> new Row(record.get("id").asString(),
                        record.get("labels").asList(Value::asString), record.get("properties").asMap(),
                        record.get("out").asList(edge -> edge)));
                for (Row row : page) {
                    nodes++;
                    update(sha256, "N " + sorted(row.labels()) + " " + row.id() + " " + canonical(row.properties()));
                    List<String> edges = new ArrayList<>();
                    for (Value edge : row.out()) {
                        edges.add("R " + row.id() + " " + edge.get("type").asString() + " "
                                + sorted(edge.get("toLabels").asList(Value::asString)) + " " + edge.get("to").asString(null)
                                + " " + canonical(edge.get("properties").asMap()));
                    }
                    edges.sort(String::compareTo);
                    edges.forEach(edge -> update(sha256, edge));
                    relationships += edges.size();
                    after = row.id();
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        return new Digest(HexFormat.of().formatHex(sha256.digest()), nodes, relationships);
    }

    private record Row(String id, List<String> labels, Map<String, Object> properties, List<Value> out) {
    }

    static String canonical(Map<String, Object> properties) {
        Map<String, String> kept = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (BOOKKEEPING.contains(key)) {
                return;
            }
            kept.put(key, MARKS.contains(key) ? "set" : text(value));
        });
        return kept.toString();
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "null";
            case List<?> list -> list.stream().map(GraphDigest::text).toList().toString();
            case TemporalAccessor time -> "t:" + time;
            case String string -> "s:" + string;
            default -> value.getClass().getSimpleName().charAt(0) + ":" + value;
        };
    }

    private static String sorted(List<String> labels) {
        String[] copy = labels.toArray(String[]::new);
        Arrays.sort(copy);
        return String.join(":", copy);
    }

    private static void update(MessageDigest digest, String line) {
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
