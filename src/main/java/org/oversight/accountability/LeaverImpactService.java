package org.oversight.accountability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oversight.accountability.LeaverImpact.Group;
import org.oversight.accountability.LeaverImpact.Item;
import org.oversight.api.References;
import org.oversight.findings.Finding;
import org.oversight.findings.FindingService;
import org.oversight.findings.Rule;
import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.graph.NodeLabel;
import org.oversight.model.GraphNodes;
import org.oversight.model.Human;
import org.oversight.model.Team;
import org.springframework.stereotype.Service;

/**
 * Leaver impact is a what-if of the finding rules: the findings there would be if the person had
 * left, less the findings there are. The rules decide, so setting the person LEAVER opens exactly
 * the findings listed here. No transaction spans the question: it may wait for the findings
 * evaluation, and the what-if is bounded as an evaluation is, not by the query timeout.
 */
@Service
public class LeaverImpactService {

    /** The rules that say something has become unowned; the others report what else breaks. */
    static final Set<String> UNOWNED = Set.of("owner-left", "orphaned-identity", "ai-system-without-accountable-owner");
    static final int SUCCESSORS = 3;

    private final FindingService findings;
    private final OwnershipSuggestions suggestions;
    private final References references;
    private final CypherClient cypher;
    private final CypherQueries queries;

    LeaverImpactService(FindingService findings, OwnershipSuggestions suggestions, References references,
            CypherClient cypher, CypherQueries queries) {
        this.findings = findings;
        this.suggestions = suggestions;
        this.references = references;
        this.cypher = cypher;
        this.queries = queries;
    }

    public LeaverImpact leaverImpact(String humanId) {
        Human human = (Human) references.require("human", humanId, NodeLabel.HUMAN).node();
        List<Finding> opened = findings.openedIfLeaving(List.of(human.id()));

        Map<String, List<Finding>> unownedBySubject = new LinkedHashMap<>();
        opened.stream().filter(f -> UNOWNED.contains(f.rule().id()))
                .forEach(f -> unownedBySubject.computeIfAbsent(f.subjectElementId(), key -> new ArrayList<>()).add(f));
        List<String> subjects = List.copyOf(unownedBySubject.keySet());

        List<Team> emptied = new ArrayList<>();
        Map<String, Team> via = new LinkedHashMap<>();
        cypher.list(queries.get("queries/accountability/leaver-teams"), Map.of("human", human.id(), "elementIds", subjects),
                record -> {
                    Team team = GraphNodes.toRecord(record.get("t").asNode(), Team.class);
                    emptied.add(team);
                    record.get("owns").asList(v -> v.asString()).forEach(subject -> via.putIfAbsent(subject, team));
                    return team;
                });
        Map<String, List<OwnerSuggestion>> successors = subjects.isEmpty() ? Map.of()
                : suggestions.forSubjects(subjects, List.of(human.id()), SUCCESSORS);

        Map<String, List<Item>> byKind = new LinkedHashMap<>();
        unownedBySubject.forEach((subject, its) -> {
            Finding first = its.getFirst();
            List<Rule> rules = its.stream().map(Finding::rule).distinct().toList();
            byKind.computeIfAbsent(first.subject().getClass().getSimpleName(), key -> new ArrayList<>())
                    .add(new Item(first.subject(), via.get(subject), rules, successors.getOrDefault(subject, List.of())));
        });
        List<Group> groups = byKind.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Group(e.getKey(), e.getValue().stream()
                        .sorted(Comparator.comparing(item -> item.subject().id())).toList()))
                .toList();
        return new LeaverImpact(human, emptied, groups, opened);
    }
}
