package org.oversight.catalog;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oversight.applicability.Applicability;
import org.oversight.applicability.Condition;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRef;
import org.oversight.graph.PropertyDomains;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a framework catalog (see {@code importers/catalogs/}): the framework and its requirement
 * tree. Requirement ids are {@code <FRAMEWORK>:<ref>}; each requirement is PART_OF its parent, or
 * of the framework at the top. Applicability (risk classes, roles, conditions, dates of
 * application) is inherited by each part from its parent unless it states its own.
 */
public final class CatalogReader {

    /** The frameworks Oversight's coverage rules know. */
    public static final List<String> FRAMEWORKS = List.of("ISO42001", "EU_AI_ACT", "NIST_AI_RMF", "NIST_CSF_2",
            "CO_AI_ACT", "TX_TRAIGA");

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> FRAMEWORK_FIELDS = Set.of("id", "name", "version", "publisher", "licence", "sourceUri");
    private static final Set<String> REQUIREMENT_FIELDS = Set.of("ref", "title", "kind", "parent", "text",
            "appliesToRiskClasses", "appliesToRoles", "appliesWhen", "appliesFrom", "appliesFromAnnexI", "dutyOf");
    /** What a part takes from its parent unless it states its own. */
    private static final List<String> INHERITED = List.of("appliesToRiskClasses", "appliesToRoles", "appliesWhen",
            "appliesFrom", "appliesFromAnnexI");

    private CatalogReader() {
    }

    /** Reads one catalog file into the batch and returns the framework id. */
    public static String read(String file, InputStream content, GraphBatch.Builder batch) {
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (JacksonException e) {
            throw new ImportException(file, e.getLocation() == null ? null : "line " + e.getLocation().getLineNr(),
                    null, "not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("framework").isObject() || !root.path("requirements").isArray()) {
            throw new ImportException(file, null, null, "a catalog has a 'framework' map and a 'requirements' list");
        }
        JsonNode framework = root.path("framework");
        Map<String, Object> properties = fields(file, "framework", framework, FRAMEWORK_FIELDS);
        String id = (String) properties.remove("id");
        if (id == null || !FRAMEWORKS.contains(id)) {
            throw new ImportException(file, "framework", "id", "is one of " + FRAMEWORKS + ", not " + id);
        }
        if (properties.get("name") == null || properties.get("version") == null) {
            throw new ImportException(file, "framework", properties.get("name") == null ? "name" : "version", "is required");
        }
        batch.node(NodeLabel.FRAMEWORK, id, properties);

        Map<String, Map<String, Object>> seen = new HashMap<>();
        int index = 0;
        for (JsonNode requirement : root.path("requirements").values()) {
            String where = "requirements[" + index++ + "]";
            Map<String, Object> values = fields(file, where, requirement, REQUIREMENT_FIELDS);
            String ref = required(file, where, values, "ref");
            required(file, where, values, "title");
            required(file, where, values, "kind");
            checkAllowed(file, where, values, "kind", PropertyDomains.allowed(NodeLabel.REQUIREMENT, "kind"));
            checkAllowed(file, where, values, "dutyOf", PropertyDomains.allowed(NodeLabel.REQUIREMENT, "dutyOf"));
            checkApplicability(file, where, values);
            if (seen.containsKey(ref)) {
                throw new ImportException(file, where, "ref", "'" + ref + "' is listed twice");
            }
            String parent = (String) values.remove("parent");
            if (parent != null && !seen.containsKey(parent)) {
                throw new ImportException(file, where, "parent", "'" + parent + "' is not listed before it");
            }
            if (parent != null) {
                INHERITED.forEach(property -> inherit(seen.get(parent), values, property));
            }
            values.put("framework", id);
            values.put("position", (long) index);
            seen.put(ref, values);
            String requirementId = id + ":" + ref;
            batch.node(NodeLabel.REQUIREMENT, requirementId, values);
            batch.relationship(RelType.PART_OF, new NodeRef(NodeLabel.REQUIREMENT, requirementId), parent == null
                    ? new NodeRef(NodeLabel.FRAMEWORK, id) : new NodeRef(NodeLabel.REQUIREMENT, id + ":" + parent));
        }
        if (seen.isEmpty()) {
            throw new ImportException(file, "requirements", null, "a catalog lists at least one requirement");
        }
        return id;
    }

    /** Risk classes and roles from their vocabularies, conditions that exist, dates that parse. */
    private static void checkApplicability(String file, String where, Map<String, Object> values) {
        checkAllowed(file, where, values, "appliesToRiskClasses", PropertyDomains.allowed(NodeLabel.AI_SYSTEM, "euRiskClass"));
        checkAllowed(file, where, values, "appliesToRoles", PropertyDomains.allowed(NodeLabel.AI_SYSTEM, "role"));
        if (values.get("appliesWhen") instanceof List<?> alternatives) {
            for (Object alternative : alternatives) {
                try {
                    Applicability.conjunction(alternative.toString());
                } catch (IllegalArgumentException e) {
                    throw new ImportException(file, where, "appliesWhen", "'" + alternative + "' is not conditions from "
                            + Arrays.toString(Condition.values()) + " joined by '" + Applicability.AND.strip() + "'");
                }
            }
        } else if (values.containsKey("appliesWhen")) {
            throw new ImportException(file, where, "appliesWhen", "must be a list of alternatives");
        }
        for (String field : List.of("appliesFrom", "appliesFromAnnexI")) {
            if (values.get(field) != null) {
                try {
                    LocalDate.parse(values.get(field).toString());
                } catch (DateTimeParseException e) {
                    throw new ImportException(file, where, field, "'" + values.get(field) + "' is not a date yyyy-MM-dd");
                }
            }
        }
    }

    /** A field's value, or each value of a list, from its vocabulary; an absent field passes. */
    private static void checkAllowed(String file, String where, Map<String, Object> values, String field, List<String> allowed) {
        Object value = values.get(field);
        for (Object item : value instanceof List<?> items ? items : value == null ? List.of() : List.of(value)) {
            if (!allowed.contains(item)) {
                throw new ImportException(file, where, field, "'" + item + "' is not one of " + allowed);
            }
        }
    }

    private static void inherit(Map<String, Object> parent, Map<String, Object> child, String property) {
        if (!child.containsKey(property) && parent.get(property) != null) {
            child.put(property, parent.get(property));
        }
    }

    private static String required(String file, String where, Map<String, Object> values, String field) {
        Object value = values.get(field);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new ImportException(file, where, field, "is required");
        }
        return text;
    }

    private static Map<String, Object> fields(String file, String where, JsonNode node, Set<String> allowed) {
        if (!node.isObject()) {
            throw new ImportException(file, where, null, "expected a map");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!allowed.contains(field.getKey())) {
                throw new ImportException(file, where, field.getKey(), "unknown field; fields are " + allowed);
            }
            JsonNode value = field.getValue();
            if (value.isArray()) {
                Set<String> items = new HashSet<>();
                values.put(field.getKey(), value.values().stream().map(JsonNode::asString)
                        .filter(items::add).toList());
            } else if (value.isValueNode() && !value.isNull()) {
                values.put(field.getKey(), value.asString().strip());
            } else {
                throw new ImportException(file, where, field.getKey(), "expected text or a list of text");
            }
        }
        return values;
    }
}
