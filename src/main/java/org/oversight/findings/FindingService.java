package org.oversight.findings;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.oversight.api.Connection;
import org.oversight.api.InvalidInputException;
import org.oversight.api.NotFoundException;
import org.oversight.api.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The findings of the graph as it is now, filtered and paged: read from what {@link KeptFindings}
 * keeps for the graph's current version, so they are always current without running every rule
 * per request. What-if questions (leavers) run the rules afresh, bounded as an evaluation
 * ({@link KeptFindings#whatIf}).
 * No transaction spans a request: one waiting for an evaluation would outlive its timeout.
 */
@Service
public class FindingService {

    /** Findings in the order every list shows them: most severe first, then by rule, then by subject. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Key::of, Key.ORDER);
    static final Comparator<KeptFinding> KEPT_ORDER = Comparator.comparing(Key::of, Key.ORDER);

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

    /** Counts over all findings that match a filter, and when the rules found them. */
    public record Summary(int total, List<SeverityCount> bySeverity, List<RuleCount> byRule, OffsetDateTime evaluatedAt) {
    }

    public record SeverityCount(Severity severity, int count) {
    }

    public record RuleCount(Rule rule, int count) {
    }

    private final KeptFindings kept;
    private final RuleEvaluator evaluator;
    private final RuleCatalog rules;

    FindingService(KeptFindings kept, RuleEvaluator evaluator, RuleCatalog rules) {
        this.kept = kept;
        this.evaluator = evaluator;
        this.rules = rules;
    }

    /** Every finding that matches, whole, in {@link #ORDER}. */
    public List<Finding> findings(FindingFilter filter) {
        return evaluator.whole(matching(kept.current(), filter));
    }

    /**
     * Per requirement, the open findings in the scope whose rules break it (organisation-wide every
     * finding, in an AI system's scope those about the system or what it is made of; decision
     * 0004), by reference: making every finding whole (its subject, path and AI systems read back)
     * only to count them was most of the time coverage took.
     */
    public Map<String, List<FindingReference>> openFindingsByRequirement(String scopeId) {
        Map<String, List<FindingReference>> broken = new LinkedHashMap<>();
        for (KeptFinding finding : matching(kept.current(), new FindingFilter(null, null, null, scopeId, null))) {
            FindingReference reference = new FindingReference(finding.id(), finding.rule().id(), finding.subjectId());
            for (String requirement : finding.rule().breaks()) {
                broken.computeIfAbsent(requirement, key -> new ArrayList<>()).add(reference);
            }
        }
        return broken;
    }

    /** The findings named, made whole, in the order named; one resolved since it was named is left out. */
    public List<Finding> whole(Collection<FindingReference> references) {
        Map<String, KeptFinding> current = new HashMap<>();
        Set<String> named = references.stream().map(FindingReference::id).collect(Collectors.toSet());
        for (KeptFinding finding : kept.current().findings()) {
            if (named.contains(finding.id())) {
                current.putIfAbsent(finding.id(), finding);
            }
        }
        return evaluator.whole(references.stream().map(FindingReference::id).distinct().map(current::get)
                .filter(Objects::nonNull).toList());
    }

    /** The ids of every finding that matches: what leaver impact compares, without making them whole. */
    public Set<String> findingIds(FindingFilter filter) {
        return matching(kept.current(), filter).stream().map(KeptFinding::id).collect(Collectors.toSet());
    }

    private static List<KeptFinding> matching(KeptFindings.Evaluation evaluation, FindingFilter filter) {
        return evaluation.findings().stream().filter(filter::selects).toList();
    }

    /**
     * The findings that would open if the given humans had left, and are not open now, whole:
     * what-if questions such as leaver impact use the same rules as the real findings. Only the
     * opened are made whole; at 1M identities every finding is over a million.
     */
    public List<Finding> openedIfLeaving(List<String> leaving) {
        Set<String> now = findingIds(FindingFilter.ANY);
        List<KeptFinding> opened = kept.whatIf(leaving).stream().filter(finding -> !now.contains(finding.id())).toList();
        List<Finding> whole = new ArrayList<>(evaluator.whole(opened));
        whole.sort(ORDER);
        return whole;
    }

    public FindingPage page(FindingFilter filter, Integer first, String after) {
        KeptFindings.Evaluation evaluation = kept.current();
        return page(matching(evaluation, checked(filter)), evaluation.evaluatedAt(), first, after);
    }

    /** As {@link #findings}, refusing a filter that names no rule (the field is {@code filter.rule}). */
    public List<Finding> checkedFindings(FindingFilter filter) {
        return findings(checked(filter));
    }

    /** The findings of the rules that break one requirement. */
    public FindingPage breaking(String requirementId, Integer first, String after) {
        KeptFindings.Evaluation evaluation = kept.current();
        List<KeptFinding> breaking = evaluation.findings().stream()
                .filter(finding -> finding.rule().breaks().contains(requirementId)).toList();
        return page(breaking, evaluation.evaluatedAt(), first, after);
    }

    public Rule rule(String id) {
        return rules.find(id).orElseThrow(() -> new NotFoundException("rule", "finding rule", id));
    }

    public List<Rule> rules() {
        return rules.all();
    }

    /** One page of kept findings, made whole, with the summary of all of them. */
    private FindingPage page(List<KeptFinding> findings, OffsetDateTime evaluatedAt, Integer first, String after) {
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
        List<Finding> rows = evaluator.whole(findings.subList(start, Math.min(findings.size(), start + request.first() + 1)));
        return new FindingPage(request.toConnection(rows, findings.size(), Finding::id), summary(findings, evaluatedAt));
    }

    /** What findings are sorted by. */
    private record Key(Severity severity, String rule, String subject) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::severity).thenComparing(Key::rule)
                .thenComparing(Key::subject);

        static Key of(Finding finding) {
            return new Key(finding.rule().severity(), finding.rule().id(), finding.subject().id());
        }

        static Key of(KeptFinding finding) {
            return new Key(finding.rule().severity(), finding.rule().id(), finding.subjectId());
        }
    }

    static Summary summary(List<KeptFinding> findings, OffsetDateTime evaluatedAt) {
        Map<Severity, Integer> bySeverity = new LinkedHashMap<>();
        Map<Rule, Integer> byRule = new LinkedHashMap<>();
        for (KeptFinding finding : findings) {
            bySeverity.merge(finding.rule().severity(), 1, Integer::sum);
            byRule.merge(finding.rule(), 1, Integer::sum);
        }
        return new Summary(findings.size(),
                bySeverity.entrySet().stream().map(e -> new SeverityCount(e.getKey(), e.getValue())).toList(),
                byRule.entrySet().stream().map(e -> new RuleCount(e.getKey(), e.getValue())).toList(), evaluatedAt);
    }

    private FindingFilter checked(FindingFilter filter) {
        FindingFilter f = filter == null ? FindingFilter.ANY : filter;
        if (f.rule() != null && rules.find(f.rule()).isEmpty()) {
            throw new InvalidInputException("filter.rule", "no finding rule '" + f.rule() + "'; the rules are "
                    + rules.all().stream().map(Rule::id).toList());
        }
        return f;
    }

}
