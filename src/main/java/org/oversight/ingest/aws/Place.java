package org.oversight.ingest.aws;

import java.time.OffsetDateTime;
import java.util.List;

import org.oversight.ingest.ImportException;
import org.oversight.ingest.kit.Fields;
import tools.jackson.databind.JsonNode;

/**
 * A record of an input file, e.g. {@code authz.json, UserDetailList[3]}: where errors and warnings
 * point, and typed access to the record's JSON fields through the shared {@link Fields}.
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
        return fields().error(field, problem);
    }

    /** The shared typed reads, whose refusals point at this record. */
    Fields fields() {
        return new Fields(file, record);
    }

    /** The record itself must be a JSON object. */
    JsonNode requireObject(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw error(null, "must be an object, not " + Fields.describe(node));
        }
        return node;
    }

    /** A text field that must be present. */
    String requiredText(JsonNode node, String field) {
        return fields().required(text(node, field), field);
    }

    /** A text field, or null when absent, null or empty. */
    String text(JsonNode node, String field) {
        return fields().text(node.get(field), field);
    }

    /** An array field's elements; absent or null is empty. */
    List<JsonNode> list(JsonNode node, String field) {
        return fields().list(node.get(field), field);
    }

    /** An object field, or null when absent or null. */
    JsonNode object(JsonNode node, String field) {
        return fields().object(node.get(field), field);
    }

    Long number(JsonNode node, String field) {
        return fields().number(node.get(field), field);
    }

    Boolean bool(JsonNode node, String field) {
        return fields().bool(node.get(field), field);
    }

    OffsetDateTime time(JsonNode node, String field) {
        return time(text(node, field), field);
    }

    /**
     * A date-time as AWS writes it ({@code 2019-12-18T19:10:08Z}, {@code +00:00}, or with a space
     * instead of the T as Python tools print it), in UTC; null stays null.
     */
    OffsetDateTime time(String text, String field) {
        return fields().time(text, field);
    }
}
