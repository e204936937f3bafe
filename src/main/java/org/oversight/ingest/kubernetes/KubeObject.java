package org.oversight.ingest.kubernetes;

import java.util.ArrayList;
import java.util.List;

import org.oversight.ingest.ImportException;
import tools.jackson.databind.JsonNode;

/**
 * One Kubernetes object of an export, with where it sits so that errors and warnings can point
 * at it, and checked accessors that refuse fields of the wrong shape.
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
        return new ImportException(file, location, field, problem);
    }

    /** A child object, or null when absent or null; anything else than an object is refused. */
    JsonNode object(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw fail(path, "must be a map, not " + describe(value));
        }
        return value;
    }

    /** A child list, empty when absent or null; anything else than a list is refused. */
    List<JsonNode> list(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw fail(path, "must be a list, not " + describe(value));
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    /** A scalar child as text, or null when absent, null or empty; maps and lists are refused. */
    String text(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw fail(path, "must be a single value, not " + describe(value));
        }
        String text = value.asString();
        return text.isEmpty() ? null : text;
    }

    String requiredText(JsonNode parent, String field, String path) {
        String text = text(parent, field, path);
        if (text == null) {
            throw fail(path, "is required");
        }
        return text;
    }

    /** A list of scalars as texts, empty when absent. */
    List<String> texts(JsonNode parent, String field, String path) {
        List<String> texts = new ArrayList<>();
        List<JsonNode> elements = list(parent, field, path);
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            if (element.isNull() || !element.isValueNode()) {
                throw fail(path + "[" + i + "]", "must be a single value, not " + describe(element));
            }
            texts.add(element.asString());
        }
        return texts;
    }

    static String describe(JsonNode value) {
        if (value.isObject()) {
            return "a map";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isString()) {
            return "a text";
        }
        return value.isBoolean() ? "a boolean" : value.isNumber() ? "a number" : "a value";
    }
}
