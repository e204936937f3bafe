package org.oversight.ingest.kubernetes;

import java.util.ArrayList;
import java.util.List;

import org.oversight.ingest.ImportException;
import org.oversight.ingest.kit.Fields;
import tools.jackson.databind.JsonNode;

/**
 * One Kubernetes object of an export, with where it sits so that errors and warnings can point
 * at it, and checked accessors that refuse fields of the wrong shape (through the kit's {@link Fields}).
 *
 * @param file       the file's name
 * @param location   the object within the file, e.g. {@code document 2 (line 14)} or
 *                   {@code document 1, items[3] (line 120)}
 * @param apiVersion the object's apiVersion, or the list's when the item has none
 * @param kind       the object's kind, or the one a typed list ({@code RoleList}) implies
 * @param body       the object as parsed
 */
record KubeObject(String file, String location, String apiVersion, String kind, JsonNode body) {

    /** {@code file: location}, the form warnings use. */
    String where() {
        return file + ": " + location;
    }

    ImportException fail(String field, String problem) {
        return fields().error(field, problem);
    }

    /** The shared typed reads, whose refusals point at this object. */
    Fields fields() {
        return new Fields(file, location);
    }

    /** A child object, or null when absent or null; anything else than an object is refused. */
    JsonNode object(JsonNode parent, String field, String path) {
        return fields().object(parent.get(field), path);
    }

    /** A child list, empty when absent or null; anything else than a list is refused. */
    List<JsonNode> list(JsonNode parent, String field, String path) {
        return fields().list(parent.get(field), path);
    }

    /**
     * A scalar child as text, or null when absent, null or empty; maps and lists are refused. The
     * text is kept as written, spaces included: a quoted YAML name is the name the API server has.
     */
    String text(JsonNode parent, String field, String path) {
        JsonNode value = fields().single(parent.get(field), path);
        if (value == null) {
            return null;
        }
        String text = value.asString();
        return text.isEmpty() ? null : text;
    }

    String requiredText(JsonNode parent, String field, String path) {
        return fields().required(text(parent, field, path), path);
    }

    /** A list of scalars as texts, empty when absent. */
    List<String> texts(JsonNode parent, String field, String path) {
        List<String> texts = new ArrayList<>();
        List<JsonNode> elements = list(parent, field, path);
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            if (element.isNull()) {
                throw fail(path + "[" + i + "]", "must be a single value, not null");
            }
            texts.add(fields().single(element, path + "[" + i + "]").asString());
        }
        return texts;
    }
}
