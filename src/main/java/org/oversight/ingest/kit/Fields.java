package org.oversight.ingest.kit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.oversight.ingest.ImportException;
import tools.jackson.databind.JsonNode;

/**
 * Typed reads of the fields of one record of a JSON or YAML file, and the one wording of their
 * refusals, each naming file, record and field: "is required", "must be a list, not a number",
 * "'yesterday' is not a date-time such as 2024-01-31T12:00:00Z".
 *
 * <p>Each read takes the field's value, already looked up (how a field is found is the source's:
 * SCIM ignores case, Kubernetes names paths such as {@code metadata.name}), and the field's name
 * as the refusal should give it. A value that is absent, missing or JSON null reads as absent:
 * null, or an empty list.
 *
 * @param file   the file's name
 * @param record the record within the file, e.g. {@code UserDetailList[3]}; null for the file itself
 */
public record Fields(String file, String record) {

    /** An example of the date-time form every importer reads, for refusals. */
    public static final String DATE_TIME_EXAMPLE = "2024-01-31T12:00:00Z";

    /** A refusal of this record's field (or of the record itself when {@code field} is null). */
    public ImportException error(String field, String problem) {
        return new ImportException(file, record, field, problem);
    }

    /** Whether a field's value is absent: not there, or JSON null. */
    public static boolean absent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    /** JSON text, stripped; null when absent or blank; a number, true/false, list or object is refused. */
    public String text(JsonNode value, String field) {
        if (absent(value)) {
            return null;
        }
        if (!value.isString()) {
            throw error(field, "must be text, not " + describe(value));
        }
        return blankToNull(value.stringValue());
    }

    /**
     * A single value (text, a number, true or false) as text, stripped; null when absent or blank;
     * a list or an object is refused. For sources where {@code 42} and {@code "42"} mean the same.
     */
    public String scalar(JsonNode value, String field) {
        JsonNode single = single(value, field);
        return single == null ? null : blankToNull(single.asString());
    }

    /** The value itself when it is a single value (not a list or an object); null when absent. */
    public JsonNode single(JsonNode value, String field) {
        if (absent(value)) {
            return null;
        }
        if (!value.isValueNode()) {
            throw error(field, "must be a single value, not " + describe(value));
        }
        return value;
    }

    /** The value, which must be there: "is required". */
    public <T> T required(T value, String field) {
        return required(value, field, null);
    }

    /** The value, which must be there: "is required: {@code why}"; {@code why} may be null. */
    public <T> T required(T value, String field, String why) {
        if (value == null) {
            throw error(field, why == null ? "is required" : "is required: " + why);
        }
        return value;
    }

    /** A list's elements; empty when absent; anything else is refused. */
    public List<JsonNode> list(JsonNode value, String field) {
        if (absent(value)) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error(field, "must be a list, not " + describe(value));
        }
        return new ArrayList<>(value.values());
    }

    /** An object; null when absent; anything else is refused. */
    public JsonNode object(JsonNode value, String field) {
        if (absent(value)) {
            return null;
        }
        if (!value.isObject()) {
            throw error(field, "must be an object, not " + describe(value));
        }
        return value;
    }

    /** A whole number that fits a long; null when absent; anything else is refused. */
    public Long number(JsonNode value, String field) {
        if (absent(value)) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw error(field, "must be a whole number, not " + describe(value));
        }
        return value.longValue();
    }

    /** JSON true or false; null when absent; anything else is refused. */
    public Boolean bool(JsonNode value, String field) {
        return bool(value, field, false);
    }

    /**
     * True or false, also as the text {@code "true"} or {@code "false"} in any case, as directory
     * exports (Graph PowerShell, some SCIM servers) write them; null when absent.
     */
    public Boolean boolOrText(JsonNode value, String field) {
        return bool(value, field, true);
    }

    private Boolean bool(JsonNode value, String field, boolean textToo) {
        if (absent(value)) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (textToo && value.isString()) {
            String text = value.stringValue().strip().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            throw error(field, "must be true or false, not '" + value.stringValue() + "'");
        }
        throw error(field, "must be true or false, not " + describe(value));
    }

    /** A date-time in UTC, read by {@link Dates#parse}; null when absent; a list or an object is refused. */
    public OffsetDateTime time(JsonNode value, String field) {
        return time(scalar(value, field), field);
    }

    /** A date-time in UTC from text, read by {@link Dates#parse}; null stays null. */
    public OffsetDateTime time(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return Dates.parse(text);
        } catch (DateTimeParseException e) {
            throw error(field, notDateTime(text));
        }
    }

    /** The refusal of a text that is no date-time: {@code 'yesterday' is not a date-time such as ...}. */
    public static String notDateTime(String text) {
        return "'" + text + "' is not a date-time such as " + DATE_TIME_EXAMPLE;
    }

    /** What a value is, for refusals: "nothing", "null", "text", "a number", "true or false", "a list", "an object". */
    public static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        return switch (value.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT, POJO -> "an object";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            case BINARY -> "binary data";
            case MISSING -> "nothing";
        };
    }

    private static String blankToNull(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
