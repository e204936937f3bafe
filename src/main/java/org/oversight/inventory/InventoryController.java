package org.oversight.inventory;

import static org.oversight.graph.CypherClient.parameters;

import java.util.Map;

import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code inventory}: counts of what the graph holds. Each count is its own small query over label
 * counts or an index, so aliases with different arguments in one request each get their answer.
 */
@Controller
class InventoryController {

    /** The root object; its fields are resolved below. */
    record Inventory() {
    }

    private final CypherClient cypher;
    private final CypherQueries queries;

    InventoryController(CypherClient cypher, CypherQueries queries) {
        this.cypher = cypher;
        this.queries = queries;
    }

    @QueryMapping
    Inventory inventory() {
        return new Inventory();
    }

    @SchemaMapping
    long humans(Inventory inventory) {
        return count("humans", Map.of());
    }

    @SchemaMapping
    long teams(Inventory inventory) {
        return count("teams", Map.of());
    }

    @SchemaMapping
    long identities(Inventory inventory, @Argument String provider, @Argument String kind) {
        return count("identities", parameters("provider", provider, "kind", kind));
    }

    @SchemaMapping
    long credentials(Inventory inventory, @Argument String kind) {
        return count("credentials", parameters("kind", kind));
    }

    @SchemaMapping
    long aiSystems(Inventory inventory) {
        return count("ai-systems", Map.of());
    }

    @SchemaMapping
    long agents(Inventory inventory) {
        return count("agents", Map.of());
    }

    @SchemaMapping
    long models(Inventory inventory) {
        return count("models", Map.of());
    }

    @SchemaMapping
    long controls(Inventory inventory) {
        return count("controls", Map.of());
    }

    @SchemaMapping
    long risks(Inventory inventory) {
        return count("risks", Map.of());
    }

    @SchemaMapping
    long requirements(Inventory inventory, @Argument String framework) {
        return count("requirements", parameters("framework", framework));
    }

    @SchemaMapping
    long mappings(Inventory inventory, @Argument String framework) {
        return count("mappings", parameters("framework", framework));
    }

    private long count(String name, Map<String, ?> parameters) {
        return cypher.first(queries.get("queries/inventory/" + name), parameters, record -> record.get("count").asLong())
                .orElse(0L);
    }
}
