package org.oversight.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.oversight.api.GraphPath;
import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.graph.ImportRuns;
import org.oversight.model.AiSystem;
import org.oversight.model.GraphNode;
import org.oversight.model.GraphNodes;
import org.springframework.stereotype.Component;

/**
 * Runs the finding rules over the graph: each rule is one read; a second read places every
 * subject (provider, AI systems, owners) for the filters. What is kept holds element ids; a
 * third read makes the findings a page shows whole.
 */
@Component
class RuleEvaluator {

    /** Findings made whole per read. */
    static final int WHOLE_PER_READ = 1_000;

    private final CypherClient cypher;
    private final CypherQueries queries;
    private final RuleCatalog rules;
    private final FindingParameters parameters;
    private final ImportRuns runs;

    RuleEvaluator(CypherClient cypher, CypherQueries queries, RuleCatalog rules, FindingParameters parameters, ImportRuns runs) {
        this.cypher = cypher;
        this.queries = queries;
        this.rules = rules;
        this.parameters = parameters;
        this.runs = runs;
    }

    /** Every finding of the graph as it is, to keep, in {@link FindingService#KEPT_ORDER}. */
    List<KeptFinding> evaluate() {
        List<KeptFinding> kept = run(List.of());
        kept.sort(FindingService.KEPT_ORDER);
        return kept;
    }

    /** The findings of every rule with the given humans treated as leavers (what-if questions), not yet whole. */
    List<KeptFinding> whatIf(List<String> leaving) {
        return run(leaving);
    }

    private List<KeptFinding> run(List<String> leaving) {
        Map<String, Object> ruleParameters = parameters.forRules(leaving);
        // the same strings for the same ids, however many findings name them
        Map<String, String> shared = new HashMap<>();
        List<Raw> raw = new ArrayList<>();
        for (Rule rule : rules.all()) {
            raw.addAll(cypher.list(rule.cypher(), ruleParameters, row -> {
                Node subject = row.get("subject").asNode();
                // a subject with several findings is named by one string, not one per finding
                return new Raw(rule, share(subject.get("id").asString(), shared), share(subject.elementId(), shared),
                        row.get("reason").asString(""),
                        GraphPath.links(row.get("path")).stream().map(link -> link.relationship().elementId()).toList());
            }));
        }
        Map<String, Place> places = places(raw.stream().map(Raw::elementId).distinct().toList(), shared);
        Set<String> running = Set.copyOf(runs.running());
        List<KeptFinding> kept = new ArrayList<>(raw.size());
        for (Raw r : raw) {
            Place place = places.getOrDefault(r.elementId(), Place.NOWHERE);
            kept.add(new KeptFinding(r.rule(), r.subjectId(), r.elementId(), r.reason(), r.path(), place.provider(),
                    place.aiSystems(), place.owners(), place.origin() != null && running.contains(place.origin())));
        }
        return kept;
    }

    /**
     * Kept findings made whole, in their order: subjects, paths and AI systems read by element id
     * and id. A subject deleted since the evaluation has no finding any more and is left out.
     */
    List<Finding> whole(List<KeptFinding> kept) {
        List<Finding> findings = new ArrayList<>(kept.size());
        Map<String, GraphNode> records = new HashMap<>();
        Function<Node, GraphNode> record = node -> records.computeIfAbsent(node.elementId(), id -> GraphNodes.toRecord(node));
        for (int start = 0; start < kept.size(); start += WHOLE_PER_READ) {
            List<KeptFinding> part = kept.subList(start, Math.min(kept.size(), start + WHOLE_PER_READ));
            Map<String, Node> subjects = new HashMap<>();
            Map<String, GraphPath.Link> links = new HashMap<>();
            Map<String, AiSystem> aiSystems = new HashMap<>();
            cypher.first(queries.get("queries/findings/whole"), Map.of(
                    "subjects", part.stream().map(KeptFinding::subjectElementId).distinct().toList(),
                    "relationships", part.stream().flatMap(k -> k.path().stream()).distinct().toList(),
                    "aiSystems", part.stream().flatMap(k -> k.aiSystems().stream()).distinct().toList()), row -> {
                row.get("subjects").asList(Value::asNode).forEach(node -> subjects.put(node.elementId(), node));
                for (Value link : row.get("links").values()) {
                    Relationship relationship = link.get(1).asRelationship();
                    links.put(relationship.elementId(), new GraphPath.Link(link.get(0).asNode(), relationship, link.get(2).asNode()));
                }
                row.get("aiSystems").asList(v -> GraphNodes.toRecord(v.asNode(), AiSystem.class))
                        .forEach(system -> aiSystems.put(system.id(), system));
                return row;
            });
            for (KeptFinding k : part) {
                Node subject = subjects.get(k.subjectElementId());
                if (subject == null) {
                    continue;
                }
                GraphPath path = GraphPath.of(subject, k.path().stream().map(links::get).filter(link -> link != null).toList(), record);
                findings.add(new Finding(k.id(), k.rule(), record.apply(subject), k.subjectElementId(), k.reason(), path,
                        k.provider(), k.aiSystems().stream().map(aiSystems::get).filter(system -> system != null).toList(),
                        k.owners(), k.provisional()));
            }
        }
        return findings;
    }

    private Map<String, Place> places(List<String> elementIds, Map<String, String> shared) {
        if (elementIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Place> places = new HashMap<>();
        cypher.list(queries.get("queries/findings/context"), Map.of("elementIds", elementIds), record -> places.put(
                share(record.get("elementId").asString(), shared), new Place(share(record.get("provider").asString(null), shared),
                        shared(record.get("aiSystems").asList(v -> share(v.asNode().get("id").asString(), shared))),
                        shared(record.get("owners").asList(v -> share(v.asString(), shared))),
                        share(record.get("origin").asString(null), shared))));
        return places;
    }

    private static List<String> shared(List<String> values) {
        return values.isEmpty() ? List.of() : List.copyOf(values);
    }

    private static String share(String value, Map<String, String> shared) {
        return value == null ? null : shared.computeIfAbsent(value, v -> v);
    }

    private record Raw(Rule rule, String subjectId, String elementId, String reason, List<String> path) {
    }

    private record Place(String provider, List<String> aiSystems, List<String> owners, String origin) {
        static final Place NOWHERE = new Place(null, List.of(), List.of(), null);
    }
}
