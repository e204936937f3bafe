package org.oversight.catalog;

import static org.oversight.api.Related.Direction.IN;
import static org.oversight.api.Related.Direction.OUT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.oversight.api.Related;
import org.oversight.applicability.Applicability;
import org.oversight.coverage.ControlLink;
import org.oversight.coverage.Relationship;
import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.RelType;
import org.oversight.model.Control;
import org.oversight.model.Evidence;
import org.oversight.model.Framework;
import org.oversight.model.GraphNodes;
import org.oversight.model.MappingSet;
import org.oversight.model.Props;
import org.oversight.model.Requirement;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Frameworks, their requirement trees, crosswalk links seen from each requirement, and the controls meeting them. */
@Controller
class CatalogController {

    /** A crosswalk link seen from {@code from}; {@code derived} when stored the other way round. */
    record Mapping(Requirement from, Requirement to, Relationship relationship, String rationale, Integer strength,
            String justification, MappingSet mappingSet, boolean derived) {
    }

    private record ControlRow(String requirementId, ControlLink link, List<Evidence> evidence) {
    }

    private final CypherClient cypher;
    private final CypherQueries queries;
    private final Related related;

    CatalogController(CypherClient cypher, CypherQueries queries, Related related) {
        this.cypher = cypher;
        this.queries = queries;
        this.related = related;
    }

    @QueryMapping
    List<Framework> frameworks() {
        return cypher.list(queries.get("queries/frameworks"), Map.of(),
                record -> GraphNodes.toRecord(record.get("f").asNode(), Framework.class));
    }

    @QueryMapping
    Framework framework(@Argument String id) {
        return cypher.first(queries.get("queries/framework"), Map.of("id", id),
                record -> GraphNodes.toRecord(record.get("f").asNode(), Framework.class)).orElse(null);
    }

    @QueryMapping
    Requirement requirement(@Argument String id) {
        return cypher.first(queries.get("queries/requirement"), Map.of("id", id),
                record -> GraphNodes.toRecord(record.get("r").asNode(), Requirement.class)).orElse(null);
    }

    /** Stored as alternatives of conditions joined by "and"; served as a list of lists. */
    @SchemaMapping(typeName = "Requirement")
    List<List<String>> appliesWhen(Requirement requirement) {
        return requirement.appliesWhen() == null ? null : requirement.appliesWhen().stream()
                .map(alternative -> Applicability.conjunction(alternative).stream().map(Enum::name).toList()).toList();
    }

    @BatchMapping(typeName = "Framework")
    Map<Framework, Integer> requirementCount(List<Framework> frameworks) {
        Map<String, Integer> counts = cypher.list(queries.get("queries/frameworks"), Map.of(),
                record -> Map.entry(record.get("f").get("id").asString(), record.get("requirements").asInt()))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return frameworks.stream().collect(Collectors.toMap(Function.identity(),
                framework -> counts.getOrDefault(framework.id(), 0), (a, b) -> a, LinkedHashMap::new));
    }

    @BatchMapping(typeName = "Framework")
    Map<Framework, List<Requirement>> top(List<Framework> frameworks) {
        return related.many(frameworks, NodeLabel.FRAMEWORK, RelType.PART_OF, IN, NodeLabel.REQUIREMENT, Requirement.class);
    }

    @SchemaMapping(typeName = "Framework")
    List<Requirement> requirements(Framework framework, @Argument String kind) {
        return cypher.list(queries.get("queries/framework-requirements"),
                CypherClient.parameters("framework", framework.id(), "kind", kind),
                record -> GraphNodes.toRecord(record.get("r").asNode(), Requirement.class));
    }

    @BatchMapping(typeName = "Requirement")
    Map<Requirement, Framework> framework(List<Requirement> requirements) {
        Map<String, Framework> frameworks = frameworks().stream()
                .collect(Collectors.toMap(Framework::id, Function.identity()));
        Map<Requirement, Framework> result = new LinkedHashMap<>();
        requirements.forEach(r -> result.put(r, frameworks.get(r.framework())));
        return result;
    }

    @BatchMapping(typeName = "Requirement")
    Map<Requirement, Requirement> parent(List<Requirement> requirements) {
        return related.one(requirements, NodeLabel.REQUIREMENT, RelType.PART_OF, OUT, NodeLabel.REQUIREMENT,
                Requirement.class);
    }

    @BatchMapping(typeName = "Requirement")
    Map<Requirement, List<Requirement>> children(List<Requirement> requirements) {
        return related.many(requirements, NodeLabel.REQUIREMENT, RelType.PART_OF, IN, NodeLabel.REQUIREMENT,
                Requirement.class);
    }

    @BatchMapping(typeName = "Requirement")
    Map<Requirement, List<Mapping>> mappings(List<Requirement> requirements) {
        Map<String, List<Mapping>> byId = new LinkedHashMap<>();
        cypher.list(queries.get("queries/requirement-mappings"), Map.of("ids", ids(requirements)), record -> {
            Props link = new Props(record.get("link").asMap());
            boolean outgoing = record.get("outgoing").asBoolean();
            Relationship stored = Relationship.parse(link.string("relationship")).orElse(Relationship.RELATED);
            return Map.entry(record.get("id").asString(), new Mapping(
                    GraphNodes.toRecord(record.get("r").asNode(), Requirement.class),
                    GraphNodes.toRecord(record.get("other").asNode(), Requirement.class),
                    outgoing ? stored : stored.inverse(), link.string("rationale"), link.integer("strength"),
                    link.string("justification"), GraphNodes.toRecord(record.get("set").asNode(), MappingSet.class),
                    !outgoing));
        }).forEach(entry -> byId.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
        return byRequirement(requirements, byId);
    }

    @BatchMapping(typeName = "Requirement")
    Map<Requirement, List<ControlLink>> controls(List<Requirement> requirements) {
        Map<String, List<ControlLink>> byId = new LinkedHashMap<>();
        controlRows(requirements).forEach(row ->
                byId.computeIfAbsent(row.requirementId(), k -> new ArrayList<>()).add(row.link()));
        return byRequirement(requirements, byId);
    }

    @BatchMapping(typeName = "Requirement")
    Map<Requirement, List<Evidence>> evidence(List<Requirement> requirements) {
        Map<String, List<Evidence>> byId = new LinkedHashMap<>();
        controlRows(requirements).forEach(row ->
                byId.computeIfAbsent(row.requirementId(), k -> new ArrayList<>()).addAll(row.evidence()));
        return byRequirement(requirements, byId);
    }

    private List<ControlRow> controlRows(List<Requirement> requirements) {
        return cypher.list(queries.get("queries/requirement-controls"), Map.of("ids", ids(requirements)), record -> {
            Props link = new Props(record.get("link").asMap());
            return new ControlRow(record.get("id").asString(), new ControlLink(
                    GraphNodes.toRecord(record.get("c").asNode(), Control.class),
                    GraphNodes.toRecord(record.get("r").asNode(), Requirement.class),
                    Relationship.parse(link.string("relationship")).orElse(Relationship.RELATED), link.integer("strength")),
                    record.get("evidence").asList(value -> GraphNodes.toRecord(value.asNode(), Evidence.class)));
        });
    }

    private static List<String> ids(List<Requirement> requirements) {
        return requirements.stream().map(Requirement::id).distinct().toList();
    }

    private static <T> Map<Requirement, List<T>> byRequirement(List<Requirement> requirements, Map<String, List<T>> byId) {
        Map<Requirement, List<T>> result = new LinkedHashMap<>();
        requirements.forEach(r -> result.put(r, byId.getOrDefault(r.id(), List.of())));
        return result;
    }
}
