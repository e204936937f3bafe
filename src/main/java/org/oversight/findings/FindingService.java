package org.oversight.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.oversight.api.Connection;
import org.oversight.api.GraphPath;
import org.oversight.api.InvalidInputException;
import org.oversight.api.NotFoundException;
import org.oversight.api.PageRequest;
import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.graph.ImportRuns;
import org.oversight.model.AiSystem;
import org.oversight.model.GraphNode;
import org.oversight.model.GraphNodes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the finding rules over the graph as it is now: findings are always current. Each rule is
 * one read; a second read places every subject (provider, AI systems, owners) for the filters.
 */
@Service
@Transactional(readOnly = true)
public class FindingService {

    /** Findings in the order every list shows them: most severe first, then by rule, then by subject. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Key::of, Key.ORDER);

    /** A page of findings with the summary of all that match: the schema's {@code FindingConnection}. */
    public record FindingPage(Connection<Finding> page, Summary summary) {

        public List<Connection.Edge<Finding>> edges() {
            return page.edges();
        }

        public List<Finding> nodes() {
            return page.nodes();
        }

        public Connection.PageInfo pageInfo() {
            return page.pageInfo();
        }

        public long totalCount() {
            return page.totalCount();
        }
    }

    /** Counts over all findings that match a filter. */
    public record Summary(int total, List<SeverityCount> bySeverity, List<RuleCount> byRule) {
    }

    public record SeverityCount(Severity severity, int count) {
    }

    public record RuleCount(Rule rule, int count) {
    }

    private final CypherClient cypher;
    private final CypherQueries queries;
    private final RuleCatalog rules;
    private final FindingParameters parameters;
    private final ImportRuns runs;

    FindingService(CypherClient cypher, CypherQueries queries, RuleCatalog rules, FindingParameters parameters,
            ImportRuns runs) {
        this.cypher = cypher;
        this.queries = queries;
        this.rules = rules;
        this.parameters = parameters;
        this.runs = runs;
    }

    /** Every finding that matches, in {@link #ORDER}. */
    public List<Finding> findings(FindingFilter filter) {
        return evaluate(filter, List.of());
    }

    /**
     * The findings there would be if the given humans had left: what-if questions such as
     * leaver impact use the same rules as the real findings.
     */
    public List<Finding> findingsIfLeaving(List<String> leaving) {
        return evaluate(FindingFilter.ANY, leaving);
    }

    public FindingPage page(FindingFilter filter, Integer first, String after) {
        return page(checkedFindings(filter), first, after);
    }

    /** As {@link #findings}, refusing a filter that names no rule (the field is {@code filter.rule}). */
    public List<Finding> checkedFindings(FindingFilter filter) {
        return findings(checked(filter));
    }

    /** The findings of the rules that break one requirement. */
    public FindingPage breaking(String requirementId, Integer first, String after) {
        List<Finding> breaking = evaluate(FindingFilter.ANY, List.of(), rule -> rule.breaks().contains(requirementId));
        return page(breaking, first, after);
    }

    public Rule rule(String id) {
        return rules.find(id).orElseThrow(() -> new NotFoundException("rule", "finding rule", id));
    }

    public List<Rule> rules() {
        return rules.all();
    }

    private FindingPage page(List<Finding> findings, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after);
        int start = 0;
        if (request.afterId() != null) {
            // a cursor names rule and subject, so the next page starts right even when that finding is gone
            String[] cursor = request.afterId().split(":", 2);
            Rule rule = rules.find(cursor[0]).orElseThrow(() ->
                    new InvalidInputException("after", "is not a cursor returned by this API"));
            Key last = new Key(rule.severity(), rule.id(), cursor.length > 1 ? cursor[1] : "");
            start = (int) findings.stream().takeWhile(f -> Key.ORDER.compare(Key.of(f), last) <= 0).count();
        }
        List<Finding> rows = findings.subList(start, Math.min(findings.size(), start + request.first() + 1));
        return new FindingPage(request.toConnection(rows, findings.size(), Finding::id), summary(findings));
    }

    /** What findings are sorted by. */
    private record Key(Severity severity, String rule, String subject) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::severity).thenComparing(Key::rule)
                .thenComparing(Key::subject);

        static Key of(Finding finding) {
            return new Key(finding.rule().severity(), finding.rule().id(), finding.subject().id());
        }
    }

    static Summary summary(List<Finding> findings) {
        Map<Severity, Integer> bySeverity = new LinkedHashMap<>();
        Map<Rule, Integer> byRule = new LinkedHashMap<>();
        for (Finding finding : findings) {
            bySeverity.merge(finding.rule().severity(), 1, Integer::sum);
            byRule.merge(finding.rule(), 1, Integer::sum);
        }
        return new Summary(findings.size(),
                bySeverity.entrySet().stream().map(e -> new SeverityCount(e.getKey(), e.getValue())).toList(),
                byRule.entrySet().stream().map(e -> new RuleCount(e.getKey(), e.getValue())).toList());
    }

    private FindingFilter checked(FindingFilter filter) {
        FindingFilter f = filter == null ? FindingFilter.ANY : filter;
        if (f.rule() != null && rules.find(f.rule()).isEmpty()) {
            throw new InvalidInputException("filter.rule", "no finding rule '" + f.rule() + "'; the rules are "
                    + rules.all().stream().map(Rule::id).toList());
        }
        return f;
    }

    private List<Finding> evaluate(FindingFilter filter, List<String> leaving) {
        return evaluate(filter, leaving, rule -> true);
    }

    private List<Finding> evaluate(FindingFilter filter, List<String> leaving, Predicate<Rule> also) {
        Map<String, Object> ruleParameters = parameters.forRules(leaving);
        List<Raw> raw = new ArrayList<>();
        for (Rule rule : rules.all()) {
            if (filter.selects(rule) && also.test(rule)) {
                raw.addAll(cypher.list(rule.cypher(), ruleParameters, record -> {
                    var subject = record.get("subject").asNode();
                    return new Raw(rule, subject.elementId(), GraphNodes.toRecord(subject),
                            record.get("reason").asString(""), GraphPath.of(subject, record.get("path")));
                }));
            }
        }
        Map<String, Place> places = places(raw.stream().map(Raw::elementId).distinct().toList());
        Set<String> running = Set.copyOf(runs.running());
        List<Finding> findings = new ArrayList<>();
        for (Raw r : raw) {
            Place place = places.getOrDefault(r.elementId(), Place.NOWHERE);
            Finding finding = new Finding(Finding.id(r.rule().id(), r.subject().id()), r.rule(), r.subject(), r.elementId(),
                    r.reason(), r.path(), place.provider(), place.aiSystems(), place.owners(),
                    place.origin() != null && running.contains(place.origin()));
            if (filter.selects(finding)) {
                findings.add(finding);
            }
        }
        findings.sort(ORDER);
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
