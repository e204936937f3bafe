package org.oversight.ingest;

import java.io.InputStream;
import java.util.function.BiConsumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON reading for importers: byte order marks and UTF-16 are detected, large top-level arrays
 * are streamed one element at a time, and every parse error becomes an {@link ImportException}
 * with line and column.
 */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Reads one value in the middle of a stream, where the rest of the stream is not "trailing" garbage. */
    private static final ObjectReader ELEMENT_READER = MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /** The whole file as a tree; for files of bounded size. */
    public static JsonNode readTree(ImportFile file) {
        try (InputStream in = file.open()) {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || root.isMissingNode()) {
                throw new ImportException(file.name(), null, null, "is empty; expected JSON");
            }
            return root;
        } catch (JacksonException e) {
            throw error(file, e);
        } catch (java.io.IOException e) {
            throw new ImportException(file.name(), null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Streams a top-level JSON object: for each member, {@code member} gets its name and its value
     * as a tree, except arrays, whose elements are handed over one at a time as
     * {@code name[index]} so that a million-element list never sits in memory as one tree.
     */
    public static void streamObject(ImportFile file, BiConsumer<String, JsonNode> member) {
        try (InputStream in = file.open(); JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportException(file.name(), null, null, "expected a JSON object at the top");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY) {
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        member.accept(name + "[" + index++ + "]", readValue(parser));
                    }
                } else {
                    member.accept(name, readValue(parser));
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new ImportException(file.name(), null, null, "unexpected content after the JSON object at "
                        + where(parser.currentLocation()));
            }
        } catch (JacksonException e) {
            throw error(file, e);
        } catch (java.io.IOException e) {
            throw new ImportException(file.name(), null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads the value the parser is on as a tree, leaving the parser on its last token. */
    public static JsonNode readValue(JsonParser parser) {
        return ELEMENT_READER.readTree(parser);
    }

    public static ImportException error(ImportFile file, JacksonException e) {
        String location = e.getLocation() == null ? null : where(e.getLocation());
        return new ImportException(file.name(), location, null, "not valid JSON: " + e.getOriginalMessage(), e);
    }

    private static String where(TokenStreamLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** A member's text, or null when absent, null or empty. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text = value.isValueNode() ? value.asString() : value.toString();
        return text.isEmpty() ? null : text;
    }
}
