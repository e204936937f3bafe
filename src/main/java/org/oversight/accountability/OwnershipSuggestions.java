package org.oversight.accountability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.oversight.api.InvalidInputException;
import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.model.GraphNode;
import org.oversight.model.GraphNodes;
import org.springframework.stereotype.Component;

/**
 * Ranks candidate owners of subjects. Each kind of reason has a weight of its own and different
 * kinds add up as independent evidence does (1 - the product of 1 - weight), so a team named by a
 * tag and owning the AI system ranks above one that owns many related identities.
 */
@Component
public class OwnershipSuggestions {

    public static final int MAX = 50;

    private final CypherClient cypher;
    private final CypherQueries queries;

    OwnershipSuggestions(CypherClient cypher, CypherQueries queries) {
        this.cypher = cypher;
        this.queries = queries;
    }

    /**
     * Suggestions for each subject (by element id), best first.
     *
     * @param leaving ids of humans to treat as leavers: they are no candidates and count as departed owners
     */
    public Map<String, List<OwnerSuggestion>> forSubjects(List<String> elementIds, List<String> leaving, int limit) {
        if (limit < 1 || limit > MAX) {
            throw new InvalidInputException("first", "must be between 1 and " + MAX + ", was " + limit);
        }
        Map<String, Map<String, Candidate>> bySubject = new LinkedHashMap<>();
        cypher.list(queries.get("queries/accountability/suggestions"),
                Map.of("elementIds", elementIds, "leaving", leaving), record -> {
                    GraphNode owner = GraphNodes.toRecord(record.get("c").asNode());
                    Value via = record.get("via");
                    OwnerSuggestion.Reason reason = new OwnerSuggestion.Reason(
                            OwnerSuggestion.Kind.valueOf(record.get("kind").asString()), record.get("detail").asString(),
                            via.isNull() ? null : GraphNodes.toRecord(via.asNode()));
                    bySubject.computeIfAbsent(record.get("elementId").asString(), key -> new LinkedHashMap<>())
                            .computeIfAbsent(owner.id(), key -> new Candidate(owner, new ArrayList<>())).reasons().add(reason);
                    return reason;
                });
        Map<String, List<OwnerSuggestion>> result = new LinkedHashMap<>();
        for (String elementId : elementIds) {
            result.put(elementId, bySubject.getOrDefault(elementId, Map.of()).values().stream().map(Candidate::ranked)
                    .sorted(Comparator.comparingDouble(OwnerSuggestion::score).reversed()
                            .thenComparing(suggestion -> suggestion.owner().id()))
                    .limit(limit).toList());
        }
        return result;
    }

    private record Candidate(GraphNode owner, List<OwnerSuggestion.Reason> reasons) {

        OwnerSuggestion ranked() {
            List<OwnerSuggestion.Reason> distinct = reasons.stream().distinct()
                    .sorted(Comparator.comparingDouble((OwnerSuggestion.Reason r) -> r.kind().weight).reversed()
                            .thenComparing(OwnerSuggestion.Reason::detail))
                    .toList();
            double missed = 1;
            for (OwnerSuggestion.Kind kind : distinct.stream().map(OwnerSuggestion.Reason::kind).distinct().toList()) {
                missed *= 1 - kind.weight;
            }
            return new OwnerSuggestion(owner, Math.round((1 - missed) * 1000) / 1000.0, distinct);
        }
    }
}
