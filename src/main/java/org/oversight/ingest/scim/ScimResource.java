package org.oversight.ingest.scim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.oversight.ingest.ImportException;
import org.oversight.ingest.kit.Fields;
import tools.jackson.databind.JsonNode;

/**
 * One SCIM resource of a file (a User, a Group) with the attribute access SCIM needs: attribute
 * names are case-insensitive (RFC 7643 section 2.1), and a value of the wrong shape raises an
 * {@link ImportException} naming file, record and attribute.
 *
 * @param record where it is in the file, e.g. {@code Resources[3]}, or {@code User} for a file
 *               holding one resource
 */
record ScimResource(String file, String record, JsonNode node) {

    /** An attribute of an object, found without regard to case; null when absent or JSON null. */
    static JsonNode attribute(JsonNode parent, String name) {
        if (parent == null || !parent.isObject()) {
            return null;
        }
        JsonNode value = parent.get(name);
        if (value == null) {
            for (Map.Entry<String, JsonNode> member : parent.properties()) {
                if (member.getKey().equalsIgnoreCase(name)) {
                    value = member.getValue();
                    break;
                }
            }
        }
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }

    /** The value at a path of attribute names, e.g. {@code name, formatted}; null when any step is absent. */
    JsonNode at(String... path) {
        JsonNode value = node;
        for (String name : path) {
            value = attribute(value, name);
            if (value == null) {
                return null;
            }
        }
        return value;
    }

    /** A text (or number or boolean, as text) at the path, stripped; null when absent or empty. */
    String text(String... path) {
        return text(at(path), String.join(".", path));
    }

    /** A value as text, stripped; null when absent or empty; refused when it is an object or a list. */
    String text(JsonNode value, String field) {
        return fields().scalar(value, field);
    }

    /** A multi-valued attribute's elements; empty when absent; refused when it is not a list. */
    List<JsonNode> list(String name) {
        return fields().list(at(name), name);
    }

    /** The {@code schemas} URNs; empty when absent. */
    List<String> schemas() {
        List<String> schemas = new ArrayList<>();
        List<JsonNode> values = list("schemas");
        for (int i = 0; i < values.size(); i++) {
            String schema = text(values.get(i), "schemas[" + i + "]");
            if (schema != null) {
                schemas.add(schema);
            }
        }
        return schemas;
    }

    /** Whether a sub-attribute such as {@code primary} is true (JSON true, or the text "true"). */
    static boolean isTrue(JsonNode parent, String name) {
        JsonNode value = attribute(parent, name);
        return value != null && (value.isBoolean() ? value.booleanValue()
                : value.isString() && value.stringValue().strip().equalsIgnoreCase("true"));
    }

    ImportException error(String field, String problem) {
        return fields().error(field, problem);
    }

    /** The shared typed reads, whose refusals point at this resource. */
    Fields fields() {
        return new Fields(file, record);
    }

    /** Where the resource is, for warnings. */
    String location() {
        return file + ", " + record;
    }
}
