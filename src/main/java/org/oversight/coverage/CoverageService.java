package org.oversight.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.oversight.applicability.Applicability;
import org.oversight.api.InvalidInputException;
import org.oversight.api.NotFoundException;
import org.oversight.coverage.Coverage.CoveragePath;
import org.oversight.coverage.Coverage.EvidenceState;
import org.oversight.coverage.Coverage.PathStep;
import org.oversight.coverage.Coverage.RequirementCoverage;
import org.oversight.coverage.Coverage.Status;
import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.findings.FindingReference;
import org.oversight.findings.FindingService;
import org.oversight.model.AiSystem;
import org.oversight.model.Control;
import org.oversight.model.Evidence;
import org.oversight.model.Framework;
import org.oversight.model.GraphNodes;
import org.oversight.model.MappingSet;
import org.oversight.model.Requirement;
import org.springframework.stereotype.Service;

/**
 * Coverage and crosswalks: the graph gives the paths from controls through crosswalk links to
 * requirements, and the composition table of {@link Relationship} decides what each path is
 * worth. Every status keeps the paths that explain it.
 */
@Service
public class CoverageService {

    public static final int MAX_DEPTH = 3;
    public static final int DEFAULT_COVERAGE_DEPTH = 1;
    /** Paths kept per requirement in a coverage answer, best first. */
    static final int PATHS_PER_REQUIREMENT = 10;

    private final CypherClient cypher;
    private final CypherQueries queries;
    private final FindingService findings;
    private final Clock clock;

    CoverageService(CypherClient cypher, CypherQueries queries, FindingService findings, Clock clock) {
        this.cypher = cypher;
        this.queries = queries;
        this.findings = findings;
        this.clock = clock;
    }

    /** A pair of requirements of two frameworks, joined by a composed crosswalk path. */
    public record CrosswalkLink(Requirement from, Requirement to, Relationship relationship, Integer strength,
            List<String> providers, List<PathStep> path) {
    }

    /** The determinate links of a crosswalk, and separately those whose composition cannot be told. */
    public record Crosswalk(Framework from, Framework to, int maxDepth, List<CrosswalkLink> links,
            List<CrosswalkLink> indeterminate) {

        /** How many requirements of the {@code from} framework have at least one link. */
        public long fromCovered() {
            return links.stream().map(link -> link.from().id()).distinct().count();
        }
    }

    public Coverage coverage(String frameworkId, String scopeId, Integer maxDepth) {
        return coverage(frameworkId, scopeId, maxDepth, null);
    }

    /**
     * Coverage of a framework in a scope on a day (null = today): only requirements that apply to
     * the scope ({@link Applicability}) and apply by that day are assessed.
     */
    public Coverage coverage(String frameworkId, String scopeId, Integer maxDepth, LocalDate asOf) {
        Framework framework = framework(frameworkId);
        AiSystem scope = scope(scopeId);
        int depth = depth("maxDepth", maxDepth == null ? DEFAULT_COVERAGE_DEPTH : maxDepth, 0);
        Map<String, MappingSet> sets = mappingSets();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate day = asOf == null ? now.toLocalDate() : asOf;

        Map<String, Object> parameters = CypherClient.parameters("framework", frameworkId, "scope", scopeId,
                "maxDepth", depth, "now", now);
        Map<String, List<CoveragePath>> paths = cypher.list(queries.get("queries/coverage/paths"), parameters, record -> {
            Control control = GraphNodes.toRecord(record.get("c").asNode(), Control.class);
            EvidenceState evidence = record.get("evidence").asLong() == 0 ? EvidenceState.NONE
                    : record.get("inDate").asLong() > 0 ? EvidenceState.IN_DATE : EvidenceState.STALE;
            Map<String, Object> satisfies = record.get("satisfies").asMap();
            PathStep first = new PathStep("SATISFIES", control.id(), record.get("start").asString(),
                    Relationship.parse((String) satisfies.get("relationship")).orElse(Relationship.RELATED),
                    strength(satisfies.get("strength")), (String) satisfies.get("importSource"), null, false);
            List<PathStep> steps = new ArrayList<>(List.of(first));
            steps.addAll(walk(record.get("start").asString(), record.get("links"), sets));
            Relationship composed = compose(steps);
            Status contributes = !"IMPLEMENTED".equals(control.status()) ? Status.GAP : composed.coverage();
            if (contributes == Status.FULL && evidence != EvidenceState.IN_DATE) {
                contributes = Status.PARTIAL;
            }
            return Map.entry(record.get("target").asString(), new CoveragePath(control, evidence, composed, contributes, steps));
        }).stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));

        Map<String, List<FindingReference>> broken = findings.openFindingsByRequirement(scopeId);
        List<RequirementCoverage> applicable = new ArrayList<>();
        int notYet = 0;
        for (AssessedRequirement assessed : requirements(frameworkId, scope)) {
            Applicability applicability = assessed.applicability();
            if (applicability.appliesFrom() != null && applicability.appliesFrom().isAfter(day)) {
                notYet++;
                continue;
            }
            Requirement requirement = assessed.requirement();
            List<CoveragePath> why = paths.getOrDefault(requirement.id(), List.of()).stream()
                    .sorted(Comparator.comparing(CoveragePath::contributes).thenComparing(p -> p.steps().size()))
                    .limit(PATHS_PER_REQUIREMENT).toList();
            Status status = assessed.notApplicable() ? Status.NOT_APPLICABLE : why.stream().map(CoveragePath::contributes)
                    .reduce(Status.GAP, Status::best);
            List<FindingReference> brokenBy = status == Status.NOT_APPLICABLE ? List.of()
                    : broken.getOrDefault(requirement.id(), List.of());
            Status met = status == Status.FULL && !brokenBy.isEmpty() ? Status.PARTIAL : status;
            applicable.add(new RequirementCoverage(requirement, applicability, met, why, assessed.justification(),
                    reason(status, why, assessed.justification()) + brokenBy(status, brokenBy), brokenBy));
        }
        return new Coverage(framework, scope, day, applicable, notYet);
    }

    /** A requirement that applies in a scope, with any recorded applicability decision. */
    record AssessedRequirement(Requirement requirement, Applicability applicability, boolean notApplicable,
            String justification) {
    }

    /**
     * The requirements of a framework that apply in a scope (the leaves of its tree), in catalog
     * order, whatever their date, with any recorded decision.
     */
    List<AssessedRequirement> requirements(String frameworkId, AiSystem scope) {
        return cypher.list(queries.get("queries/coverage/requirements"),
                CypherClient.parameters("framework", frameworkId, "scope", scope == null ? null : scope.id()), record -> {
                    Requirement requirement = GraphNodes.toRecord(record.get("r").asNode(), Requirement.class);
                    Boolean decided = record.get("applicable").isNull() ? null : record.get("applicable").asBoolean();
                    String justification = record.get("justification").asString(null);
                    Optional<Applicability> applicability = Boolean.TRUE.equals(decided)
                            ? Applicability.decided(requirement, scope, justification) : Applicability.of(requirement, scope);
                    return applicability.map(applies -> new AssessedRequirement(requirement, applies,
                            Boolean.FALSE.equals(decided), justification)).orElse(null);
                }).stream().filter(Objects::nonNull).toList();
    }

    /** One obligation of an AI system and how it applies. */
    public record Obligation(Requirement requirement, Applicability applicability) {
    }

    /** The obligations that start applying to an AI system on one date. */
    public record ObligationDate(LocalDate date, boolean inForce, List<Obligation> obligations) {
    }

    /**
     * What starts applying to an AI system when: the dated requirements of every framework (or of
     * one) that bind it, by date, earliest first. Requirements decided not applicable are left out.
     */
    public List<ObligationDate> obligationsTimeline(String aiSystemId, String frameworkId) {
        AiSystem system = aiSystem("aiSystem", aiSystemId);
        List<String> frameworks = frameworkId != null ? List.of(framework(frameworkId).id())
                : cypher.list(queries.get("queries/frameworks"), Map.of(), record -> record.get("f").get("id").asString());
        LocalDate today = LocalDate.now(clock);
        Map<LocalDate, List<Obligation>> byDate = frameworks.stream()
                .flatMap(framework -> requirements(framework, system).stream())
                .filter(assessed -> !assessed.notApplicable() && assessed.applicability().appliesFrom() != null)
                .collect(Collectors.groupingBy(assessed -> assessed.applicability().appliesFrom(), TreeMap::new,
                        Collectors.mapping(assessed -> new Obligation(assessed.requirement(), assessed.applicability()),
                                Collectors.toList())));
        return byDate.entrySet().stream()
                .map(date -> new ObligationDate(date.getKey(), !date.getKey().isAfter(today), date.getValue())).toList();
    }

    public Crosswalk crosswalk(String fromId, String toId, Integer maxDepth) {
        Framework from = framework(fromId, "from");
        Framework to = framework(toId, "to");
        int depth = depth("maxDepth", maxDepth == null ? 1 : maxDepth, 1);
        Map<String, MappingSet> sets = mappingSets();
        Map<List<String>, CrosswalkLink> best = cypher.list(queries.get("queries/crosswalk"),
                CypherClient.parameters("from", fromId, "to", toId, "maxDepth", depth), record -> {
                    Requirement a = GraphNodes.toRecord(record.get("a").asNode(), Requirement.class);
                    Requirement b = GraphNodes.toRecord(record.get("b").asNode(), Requirement.class);
                    List<PathStep> steps = walk(a.id(), record.get("links"), sets);
                    return new CrosswalkLink(a, b, compose(steps), weakest(steps),
                            steps.stream().map(PathStep::provider).distinct().toList(), steps);
                }).stream().collect(Collectors.toMap(link -> List.of(link.from().id(), link.to().id()),
                        link -> link, CoverageService::better, LinkedHashMap::new));
        List<CrosswalkLink> links = best.values().stream().filter(l -> l.relationship() != Relationship.INDETERMINATE).toList();
        List<CrosswalkLink> indeterminate = best.values().stream()
                .filter(l -> l.relationship() == Relationship.INDETERMINATE).toList();
        return new Crosswalk(from, to, depth, links, indeterminate);
    }

    /** What the reason adds when findings break the requirement: a FULL path no longer counts as FULL. */
    static String brokenBy(Status status, List<FindingReference> brokenBy) {
        if (brokenBy.isEmpty()) {
            return "";
        }
        FindingReference first = brokenBy.getFirst();
        String which = first.ruleId() + " on " + first.subjectId()
                + (brokenBy.size() > 1 ? " and " + (brokenBy.size() - 1) + " more" : "");
        return (status == Status.FULL ? "; not FULL while " : "; ") + brokenBy.size() + " open finding"
                + (brokenBy.size() == 1 ? " breaks" : "s break") + " it (" + which + ")";
    }

    /** One line saying why a requirement has its status, for lists and the SoA. */
    static String reason(Status status, List<CoveragePath> why, String justification) {
        if (status == Status.NOT_APPLICABLE) {
            return "Not applicable: " + justification;
        }
        if (status == Status.GAP) {
            List<String> notImplemented = why.stream().filter(p -> !"IMPLEMENTED".equals(p.control().status()))
                    .map(p -> p.control().id() + " (" + p.control().status() + ")").distinct().toList();
            return notImplemented.isEmpty() ? "No implemented control reaches it"
                    : "Only controls not implemented reach it: " + String.join(", ", notImplemented);
        }
        CoveragePath best = why.getFirst();
        String via = best.steps().size() == 1 ? "directly" : "through " + (best.steps().size() - 1) + " crosswalk link(s)";
        String evidence = switch (best.evidence()) {
            case IN_DATE -> "in-date evidence";
            case STALE -> "evidence out of date";
            case NONE -> "no evidence";
        };
        return best.control().id() + " meets it " + via + " as " + best.relationship() + ", with " + evidence;
    }

    /** The Statement of Applicability: ISO/IEC 42001 Annex A controls with their coverage in the scope. */
    public StatementOfApplicability statementOfApplicability(String scopeId) {
        Coverage coverage = coverage("ISO42001", scopeId, DEFAULT_COVERAGE_DEPTH);
        List<RequirementCoverage> annexA = coverage.requirements().stream()
                .filter(r -> "CONTROL".equals(r.requirement().kind())).toList();
        List<String> controlIds = annexA.stream().flatMap(r -> r.why().stream())
                .filter(path -> path.contributes() != Status.GAP).map(path -> path.control().id()).distinct().toList();
        Map<String, List<Evidence>> evidence = cypher.list(queries.get("queries/coverage/evidence"),
                        Map.of("ids", controlIds), record -> Map.entry(record.get("id").asString(),
                                GraphNodes.toRecord(record.get("e").asNode(), Evidence.class)))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<StatementOfApplicability.Entry> entries = annexA.stream().map(r -> {
            List<Control> controls = r.why().stream().filter(path -> path.contributes() != Status.GAP)
                    .map(CoveragePath::control).distinct().toList();
            boolean applicable = r.status() != Status.NOT_APPLICABLE;
            return new StatementOfApplicability.Entry(r.requirement(), applicable, r.justification(),
                    r.status() == Status.FULL || r.status() == Status.PARTIAL, r.status(), r.reason(), controls,
                    controls.stream().flatMap(c -> evidence.getOrDefault(c.id(), List.of()).stream()).distinct().toList());
        }).toList();
        return new StatementOfApplicability(scopeId, entries);
    }

    /** Steps of a stored path walked from {@code start}: links stored the other way round are inverted. */
    private static List<PathStep> walk(String start, Value links, Map<String, MappingSet> sets) {
        List<PathStep> steps = new ArrayList<>();
        String at = start;
        for (Value link : links.values()) {
            String storedFrom = link.get("from").asString();
            String storedTo = link.get("to").asString();
            Map<String, Object> properties = link.get("link").asMap();
            Relationship stored = Relationship.parse((String) properties.get("relationship")).orElse(Relationship.RELATED);
            boolean forward = storedFrom.equals(at);
            String setId = (String) properties.get("mappingSet");
            MappingSet set = sets.get(setId);
            steps.add(new PathStep("MAPS_TO", at, forward ? storedTo : storedFrom, forward ? stored : stored.inverse(),
                    strength(properties.get("strength")), set == null ? setId : set.provider(), setId, !forward));
            at = forward ? storedTo : storedFrom;
        }
        return steps;
    }

    static Relationship compose(List<PathStep> steps) {
        Relationship composed = Relationship.EQUAL;
        for (PathStep step : steps) {
            composed = composed.then(step.relationship());
        }
        return composed;
    }

    private static Integer weakest(List<PathStep> steps) {
        Integer weakest = null;
        for (PathStep step : steps) {
            if (step.strength() == null) {
                return null;
            }
            weakest = weakest == null ? step.strength() : Math.min(weakest, step.strength());
        }
        return weakest;
    }

    /** The better explanation of one pair: determinate first, then shorter, then stronger. */
    private static CrosswalkLink better(CrosswalkLink a, CrosswalkLink b) {
        Comparator<CrosswalkLink> order = Comparator
                .comparing((CrosswalkLink l) -> l.relationship() == Relationship.INDETERMINATE)
                .thenComparing(l -> l.path().size())
                .thenComparing(l -> -(l.strength() == null ? 0 : l.strength()));
        return order.compare(a, b) <= 0 ? a : b;
    }

    private static Integer strength(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    private static int depth(String field, int depth, int min) {
        if (depth < min || depth > MAX_DEPTH) {
            throw new InvalidInputException(field, "must be between " + min + " and " + MAX_DEPTH + ", was " + depth);
        }
        return depth;
    }

    Framework framework(String id) {
        return framework(id, "framework");
    }

    private Framework framework(String id, String field) {
        return cypher.first(queries.get("queries/framework"), Map.of("id", id),
                        record -> GraphNodes.toRecord(record.get("f").asNode(), Framework.class))
                .orElseThrow(() -> new NotFoundException(field, "framework", id));
    }

    AiSystem scope(String id) {
        return id == null ? null : aiSystem("scope", id);
    }

    private AiSystem aiSystem(String field, String id) {
        return cypher.first(queries.get("queries/ai-system"), Map.of("id", id),
                        record -> GraphNodes.toRecord(record.get("s").asNode(), AiSystem.class))
                .orElseThrow(() -> new NotFoundException(field, "AI system", id));
    }

    private Map<String, MappingSet> mappingSets() {
        return cypher.list(queries.get("queries/mapping-sets"), Map.of(), record ->
                        GraphNodes.toRecord(record.get("m").asNode(), MappingSet.class))
                .stream().collect(Collectors.toMap(MappingSet::id, set -> set));
    }
}
