package org.oversight.ingest.aws;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.oversight.ingest.kit.Dates;
import org.oversight.ingest.ImportException;
import tools.jackson.databind.JsonNode;

/**
 * A record of an input file, e.g. {@code authz.json, UserDetailList[3]}: where errors and warnings
 * point, and typed access to the record's JSON fields that fails precisely on wrong input.
 */
record Place(String file, String record) {

    Place child(String suffix) {
        return new Place(file, record + suffix);
    }

    /** Where a warning points: {@code file: record}. */
    String location() {
        return record == null ? file : file + ": " + record;
    }

    ImportException error(String field, String problem) {
        return new ImportException(file, record, field, problem);
    }

    /** The record itself must be a JSON object. */
    JsonNode requireObject(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw error(null, "is not a JSON object but " + describe(node));
        }
        return node;
    }

    /** A text field that must be present. */
    String requiredText(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw error(field, "is required");
        }
        return value;
    }

    /** A text field, or null when absent, null or empty. */
    String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw error(field, "is text, not " + describe(value));
        }
        return value.stringValue().isBlank() ? null : value.stringValue().strip();
    }

    /** An array field's elements; absent or null is empty. */
    List<JsonNode> list(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error(field, "is a list, not " + describe(value));
        }
        return new ArrayList<>(value.values());
    }

    /** An object field, or null when absent or null. */
    JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw error(field, "is an object, not " + describe(value));
        }
        return value;
    }

    Long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw error(field, "is a whole number, not " + describe(value));
        }
        return value.longValue();
    }

    Boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw error(field, "is true or false, not " + describe(value));
        }
        return value.booleanValue();
    }

    OffsetDateTime time(JsonNode node, String field) {
        return time(text(node, field), field);
    }

    /**
     * A date-time as AWS writes it ({@code 2019-12-18T19:10:08Z}, {@code +00:00}, or with a space
     * instead of the T as Python tools print it), in UTC; null stays null.
     */
    OffsetDateTime time(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return Dates.parse(text);
        } catch (DateTimeParseException e) {
            throw error(field, "'" + text + "' is not a date-time such as 2024-01-31T12:00:00Z");
        }
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
