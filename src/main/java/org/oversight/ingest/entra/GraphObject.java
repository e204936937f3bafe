package org.oversight.ingest.entra;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.oversight.ingest.kit.Dates;
import org.oversight.ingest.kit.Fields;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Microsoft Graph object of an export, with typed field access (the kit's {@link Fields}) whose
 * errors name the file, the record and the field.
 *
 * <p>Graph PowerShell output is read as if it were Graph JSON: its PascalCase keys
 * ({@code AppId}, {@code PasswordCredentials}) are turned to Graph's camelCase, the members of its
 * {@code AdditionalProperties} (where the SDK keeps {@code @odata.type} and properties it has no
 * field for) join the object, and its {@code /Date(1700000000000)/} dates are understood.
 */
final class GraphObject {

    /** PowerShell's JSON date, {@code /Date(ms)/} or {@code \/Date(ms+0100)\/}; the milliseconds are UTC. */
    private static final Pattern MICROSOFT_DATE = Pattern.compile("\\\\?/Date\\((-?\\d{1,19})(?:[+-]\\d{4})?\\)\\\\?/");

    private final String file;
    private final String location;
    private final JsonNode node;

    private GraphObject(String file, String location, JsonNode node) {
        this.file = file;
        this.location = location;
        this.node = node;
    }

    /** Wraps an object of the export, normalising the PowerShell shape; the node must be an object. */
    static GraphObject of(String file, String location, JsonNode raw) {
        return new GraphObject(file, location, normalise(raw));
    }

    String file() {
        return file;
    }

    String location() {
        return location;
    }

    /** File and record, the form warnings give their location in. */
    String where() {
        return file + ": " + location;
    }

    Collection<String> fieldNames() {
        return node.propertyNames();
    }

    /** Whether the field is there with a value other than null. */
    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull() && !value.isMissingNode();
    }

    JsonNode raw(String field) {
        return node.get(field);
    }

    /** The object id, which every directory object has. */
    String id() {
        return requiredText("id", "every Microsoft Graph directory object has one");
    }

    /** A field's text (a number or true/false as text), or null when absent, null or blank. */
    String text(String field) {
        return fields().scalar(node.get(field), field);
    }

    String requiredText(String field, String why) {
        return fields().required(text(field), field, why);
    }

    /** A true/false field, also as the text "true" or "false"; null when absent. */
    Boolean bool(String field) {
        return fields().boolOrText(node.get(field), field);
    }

    /** A date-time field in UTC, from ISO-8601 or PowerShell's /Date(ms)/; null when absent. */
    OffsetDateTime time(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        Matcher microsoft = MICROSOFT_DATE.matcher(text);
        try {
            if (microsoft.matches()) {
                return Instant.ofEpochMilli(Long.parseLong(microsoft.group(1))).atOffset(ZoneOffset.UTC);
            }
            return Dates.parse(text);
        } catch (NumberFormatException | DateTimeException e) {
            throw error(field, Fields.notDateTime(text) + ", or /Date(milliseconds)/ as PowerShell writes it");
        }
    }

    /** A list of texts; a single text (as PowerShell writes one-element lists) counts as a list of one. */
    List<String> texts(String field) {
        JsonNode value = node.get(field);
        List<String> texts = new ArrayList<>();
        if (value != null && value.isValueNode()) {
            value = Json.MAPPER.createArrayNode().add(value);
        }
        List<JsonNode> elements = fields().list(value, field);
        for (int i = 0; i < elements.size(); i++) {
            String text = fields().scalar(elements.get(i), field + "[" + i + "]");
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** The objects of a list field ({@code owners}, {@code keyCredentials} ...); empty when absent or null. */
    List<GraphObject> objects(String field) {
        JsonNode value = node.get(field);
        List<GraphObject> objects = new ArrayList<>();
        if (value != null && value.isObject()) {
            // PowerShell writes a list of one as that one object.
            objects.add(new GraphObject(file, location + "." + field, value));
            return objects;
        }
        int index = 0;
        for (JsonNode element : fields().list(value, field)) {
            String where = location + "." + field + "[" + index++ + "]";
            if (!element.isObject()) {
                throw new ImportException(file, where, null, "must be an object, not " + Fields.describe(element) + " "
                        + abbreviate(element.toString())
                        + "; PowerShell writes nested objects as text unless ConvertTo-Json is given -Depth 10");
            }
            objects.add(new GraphObject(file, where, element));
        }
        return objects;
    }

    /** A nested object field, or null when absent. */
    GraphObject object(String field) {
        JsonNode value = fields().object(node.get(field), field);
        return value == null ? null : new GraphObject(file, location + "." + field, value);
    }

    ImportException error(String field, String problem) {
        return fields().error(field, problem);
    }

    /** The shared typed reads, whose refusals point at this object. */
    private Fields fields() {
        return new Fields(file, location);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** Graph JSON from either shape: camelCase keys, AdditionalProperties merged in. */
    static JsonNode normalise(JsonNode raw) {
        if (raw.isArray()) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            raw.values().forEach(element -> array.add(normalise(element)));
            return array;
        }
        if (!raw.isObject()) {
            return raw;
        }
        ObjectNode object = Json.MAPPER.createObjectNode();
        JsonNode additional = null;
        for (Map.Entry<String, JsonNode> property : raw.properties()) {
            String key = camelCase(property.getKey());
            if (key.equals("additionalProperties") && property.getValue().isObject()) {
                additional = property.getValue();
            } else {
                object.set(key, normalise(property.getValue()));
            }
        }
        if (additional != null) {
            for (Map.Entry<String, JsonNode> property : additional.properties()) {
                object.putIfAbsent(camelCase(property.getKey()), normalise(property.getValue()));
            }
        }
        return object;
    }

    /** {@code AppOwnerOrganizationId} to {@code appOwnerOrganizationId}; annotations such as {@code @odata.type} stay. */
    static String camelCase(String key) {
        if (key.isEmpty() || !Character.isUpperCase(key.charAt(0))) {
            return key;
        }
        return Character.toLowerCase(key.charAt(0)) + key.substring(1);
    }
}
