package org.oversight.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;
import org.oversight.graph.CypherClient;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.RelType;
import org.oversight.model.Approval;
import org.oversight.model.GraphNode;
import org.oversight.model.GraphNodes;
import org.oversight.model.Human;
import org.oversight.model.Ownership;
import org.oversight.model.Props;
import org.springframework.stereotype.Component;

/**
 * Loads the neighbours of many parents in one query, for {@code @BatchMapping} fields: a page of
 * 500 identities with their owners and credentials costs three queries, not a thousand.
 */
@Component
public class Related {

    /** Which way an edge is walked from the parent. */
    public enum Direction { OUT, IN }

    private final CypherClient cypher;
    private final int cap;
    private final Map<String, String> statements = new ConcurrentHashMap<>();

    /** Each parent gets at most {@code oversight.graphql.max-nested-list} items of a nested list. */
    Related(CypherClient cypher, GraphQlLimits.Limits limits) {
        this.cypher = cypher;
        this.cap = limits.maxNestedList();
    }

    /** The nodes reached from each parent over one relationship type, in catalog order, else by id. */
    public <P extends GraphNode, T extends GraphNode> Map<P, List<T>> many(List<P> parents, NodeLabel parentLabel,
            RelType type, Direction direction, Class<T> targetType) {
        return many(parents, parentLabel, type, direction, null, targetType);
    }

    /** As {@link #many(List, NodeLabel, RelType, Direction, Class)}, only reaching nodes of one label. */
    public <P extends GraphNode, T extends GraphNode> Map<P, List<T>> many(List<P> parents, NodeLabel parentLabel,
            RelType type, Direction direction, NodeLabel targetLabel, Class<T> targetType) {
        String target = targetLabel == null ? "t" : "t:`" + targetLabel.keyLabel().cypherName() + "`";
        String statement = statements.computeIfAbsent("many:" + parentLabel + type + direction + targetLabel, key -> """
                UNWIND $ids AS id
                CALL (id) {
                  MATCH (p:`%s` {id: id})%s(%s)
                  RETURN t ORDER BY t.position, t.id LIMIT $cap
                }
                RETURN id, t
                """.formatted(parentLabel.keyLabel().cypherName(), arrow(type, direction), target));
        Map<String, List<T>> byId = fetch(parents, statement, record ->
                GraphNodes.toRecord(record.get("t").asNode(), targetType));
        return byParent(parents, byId);
    }

    /** The single node reached from each parent, or none. */
    public <P extends GraphNode, T extends GraphNode> Map<P, T> one(List<P> parents, NodeLabel parentLabel,
            RelType type, Direction direction, Class<T> targetType) {
        return one(parents, parentLabel, type, direction, null, targetType);
    }

    /** As {@link #one(List, NodeLabel, RelType, Direction, Class)}, only reaching nodes of one label. */
    public <P extends GraphNode, T extends GraphNode> Map<P, T> one(List<P> parents, NodeLabel parentLabel,
            RelType type, Direction direction, NodeLabel targetLabel, Class<T> targetType) {
        Map<P, List<T>> many = many(parents, parentLabel, type, direction, targetLabel, targetType);
        Map<P, T> one = new LinkedHashMap<>();
        many.forEach((parent, targets) -> {
            if (!targets.isEmpty()) {
                one.put(parent, targets.getFirst());
            }
        });
        return one;
    }

    /** Ownership claims over each subject. */
    public <P extends GraphNode> Map<P, List<Ownership>> owners(List<P> subjects, NodeLabel subjectLabel) {
        String statement = statements.computeIfAbsent("owners:" + subjectLabel, key -> """
                UNWIND $ids AS id
                CALL (id) {
                  MATCH (s:`%s` {id: id})-[r:OWNED_BY]->(o)
                  RETURN s, r, o ORDER BY r.role, o.id, r.source LIMIT $cap
                }
                RETURN id, s, r, o
                """.formatted(subjectLabel.keyLabel().cypherName()));
        Map<String, List<Ownership>> byId = fetch(subjects, statement, record -> Ownership.from(
                GraphNodes.toRecord(record.get("s").asNode()), GraphNodes.toRecord(record.get("o").asNode()),
                new Props(record.get("r").asMap())));
        return byParent(subjects, byId);
    }

    /** Ownership claims each human or team holds. */
    public <P extends GraphNode> Map<P, List<Ownership>> owned(List<P> owners, NodeLabel ownerLabel) {
        String statement = statements.computeIfAbsent("owned:" + ownerLabel, key -> """
                UNWIND $ids AS id
                CALL (id) {
                  MATCH (o:`%s` {id: id})<-[r:OWNED_BY]-(s)
                  RETURN s, r, o ORDER BY s.id, r.role, r.source LIMIT $cap
                }
                RETURN id, s, r, o
                """.formatted(ownerLabel.keyLabel().cypherName()));
        Map<String, List<Ownership>> byId = fetch(owners, statement, record -> Ownership.from(
                GraphNodes.toRecord(record.get("s").asNode()), GraphNodes.toRecord(record.get("o").asNode()),
                new Props(record.get("r").asMap())));
        return byParent(owners, byId);
    }

    /** Approvals of each AI system. */
    public <P extends GraphNode> Map<P, List<Approval>> approvals(List<P> aiSystems) {
        String statement = """
                UNWIND $ids AS id
                CALL (id) {
                  MATCH (:AiSystem {id: id})-[r:APPROVED_BY]->(h:Human)
                  RETURN r, h ORDER BY r.at LIMIT $cap
                }
                RETURN id, r, h
                """;
        Map<String, List<Approval>> byId = fetch(aiSystems, statement, record -> new Approval(
                GraphNodes.toRecord(record.get("h").asNode(), Human.class), new Props(record.get("r").asMap()).time("at")));
        return byParent(aiSystems, byId);
    }

    private <T> Map<String, List<T>> fetch(List<? extends GraphNode> parents, String statement, Function<Record, T> mapper) {
        List<String> ids = parents.stream().map(GraphNode::id).distinct().toList();
        return cypher.list(statement, Map.of("ids", ids, "cap", cap), record -> Map.entry(record.get("id").asString(), mapper.apply(record)))
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static <P extends GraphNode, T> Map<P, List<T>> byParent(List<P> parents, Map<String, List<T>> byId) {
        Map<P, List<T>> result = new LinkedHashMap<>();
        for (P parent : parents) {
            result.put(parent, byId.getOrDefault(parent.id(), List.of()));
        }
        return result;
    }

    private static String arrow(RelType type, Direction direction) {
        Objects.requireNonNull(direction);
        return direction == Direction.OUT ? "-[:`" + type.name() + "`]->" : "<-[:`" + type.name() + "`]-";
    }

}
