package org.oversight.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.neo4j.driver.types.Node;
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
 * subject (provider, AI systems, owners) for the filters.
 */
@Component
class RuleEvaluator {

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

    /**
     * The findings of the selected rules, in {@link FindingService#ORDER}, with the given humans
     * treated as leavers (empty: the graph as it is).
     */
    List<Finding> evaluate(List<String> leaving, Predicate<Rule> selected) {
        Map<String, Object> ruleParameters = parameters.forRules(leaving);
        List<Raw> raw = new ArrayList<>();
        // one record per node, however many findings and paths show it: a large graph has many findings
        Map<String, GraphNode> records = new HashMap<>();
        Function<Node, GraphNode> record = node -> records.computeIfAbsent(node.elementId(), id -> GraphNodes.toRecord(node));
        for (Rule rule : rules.all()) {
            if (selected.test(rule)) {
                raw.addAll(cypher.list(rule.cypher(), ruleParameters, row -> {
                    var subject = row.get("subject").asNode();
                    return new Raw(rule, subject.elementId(), record.apply(subject),
                            row.get("reason").asString(""), GraphPath.of(subject, row.get("path"), record));
                }));
            }
        }
        Map<String, Place> places = places(raw.stream().map(Raw::elementId).distinct().toList());
        Set<String> running = Set.copyOf(runs.running());
        List<Finding> findings = new ArrayList<>(raw.size());
        for (Raw r : raw) {
            Place place = places.getOrDefault(r.elementId(), Place.NOWHERE);
            findings.add(new Finding(Finding.id(r.rule().id(), r.subject().id()), r.rule(), r.subject(), r.elementId(),
                    r.reason(), r.path(), place.provider(), place.aiSystems(), place.owners(),
                    place.origin() != null && running.contains(place.origin())));
        }
        findings.sort(FindingService.ORDER);
        return findings;
    }

    private Map<String, Place> places(List<String> elementIds) {
        if (elementIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Place> places = new HashMap<>();
        cypher.list(queries.get("queries/findings/context"), Map.of("elementIds", elementIds), record -> places.put(
                record.get("elementId").asString(), new Place(record.get("provider").asString(null),
                        record.get("aiSystems").asList(v -> GraphNodes.toRecord(v.asNode(), AiSystem.class)),
                        record.get("owners").asList(v -> v.asString()), record.get("origin").asString(null))));
        return places;
    }

    private record Raw(Rule rule, String elementId, GraphNode subject, String reason, GraphPath path) {
    }

    private record Place(String provider, List<AiSystem> aiSystems, List<String> owners, String origin) {
        static final Place NOWHERE = new Place(null, List.of(), List.of(), null);
    }
}
