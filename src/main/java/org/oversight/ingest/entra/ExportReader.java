package org.oversight.ingest.entra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams one file of Microsoft Graph JSON and hands over its records one at a time, each with
 * where it is and what the export says about it. It takes
 * <ul>
 * <li>a list response, {@code {"@odata.context": "...#servicePrincipals", "value": [...]}};</li>
 * <li>a top-level array, as {@code az ad sp list} or {@code ConvertTo-Json} write it;</li>
 * <li>a single object, with or without {@code "@odata.context": "...$entity"};</li>
 * <li>a bundle: an object whose members {@code applications}, {@code servicePrincipals},
 * {@code users}, {@code groups}, {@code directoryObjects} or {@code value} are arrays or list
 * responses, and whose members {@code owners}, {@code members},
 * {@code federatedIdentityCredentials} or {@code appRoleAssignments} map an object id to that
 * object's list.</li>
 * </ul>
 * Arrays are read an element at a time, so a list of a hundred thousand users never sits in
 * memory as one tree.
 */
final class ExportReader {

    /** What the reader finds. */
    interface Listener {

        /** One record: an element of a list, or a single object. */
        void record(String location, JsonNode node, ListContext context);

        /** One page of a paged list response; {@code more} when it has an {@code @odata.nextLink}. */
        void page(String collection, boolean more);

        void warn(String location, String message);
    }

    /** No Graph object holds lists this long; an object that does is some other kind of file. */
    static final int MAX_ELEMENTS_IN_ONE_OBJECT = 100_000;

    private static final Set<String> LIST_MEMBERS = Set.of("value", "applications", "serviceprincipals", "users",
            "groups", "directoryobjects");
    private static final Set<String> CHILD_LIST_MEMBERS = Set.of("owners", "members", "federatedidentitycredentials",
            "approleassignments", "approleassignedto");
    /** Annotations an object carries about itself, as opposed to those of a list response. */
    private static final Set<String> OBJECT_ANNOTATIONS = Set.of("@odata.type", "@odata.id", "@odata.etag",
            "@odata.editlink", "@removed");


    private final ImportFile file;
    private final Listener listener;

    ExportReader(ImportFile file, Listener listener) {
        this.file = file;
        this.listener = listener;
    }

    void read(ListContext context) {
        try (InputStream in = file.open(); JsonParser parser = Json.MAPPER.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ImportException(file.name(), null, null, "is empty; expected Microsoft Graph JSON");
            }
            switch (first) {
                case START_ARRAY -> readArray(parser, "", context);
                case START_OBJECT -> readObject(parser, "", context);
                default -> throw new ImportException(file.name(), null, null,
                        "expected a JSON array or object at the top, found " + parser.getString());
            }
            if (parser.nextToken() != null) {
                throw new ImportException(file.name(), null, null, "unexpected content after the JSON value, at line "
                        + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr());
            }
        } catch (JacksonException e) {
            throw Json.error(file, e);
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(file.name(), null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Hands over each element of the array the parser is at. */
    private void readArray(JsonParser parser, String path, ListContext context) {
        int index = 0;
        while (next(parser) != JsonToken.END_ARRAY) {
            listener.record(path + "[" + index++ + "]", Json.readValue(parser), context);
        }
    }

    /**
     * Reads the object the parser is at: a list response or bundle when its first member says so
     * ({@code @odata.context} of a list, {@code value}, {@code servicePrincipals} ...), otherwise
     * one Graph object.
     */
    private void readObject(JsonParser parser, String path, ListContext context) {
        JsonToken token = next(parser);
        if (token == JsonToken.END_OBJECT) {
            listener.record(recordName(path), Json.MAPPER.createObjectNode(), context);
            return;
        }
        String first = parser.currentName();
        String lower = first.toLowerCase(Locale.ROOT);
        boolean listResponse = LIST_MEMBERS.contains(lower) || CHILD_LIST_MEMBERS.contains(lower)
                || (lower.startsWith("@odata.") && !OBJECT_ANNOTATIONS.contains(lower));
        if (!listResponse) {
            readSingleObject(parser, path, context);
            return;
        }
        String collection = null;
        boolean more = false;
        ListContext current = context;
        while (token == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            String member = memberPath(path, name);
            JsonToken value = next(parser);
            String key = name.toLowerCase(Locale.ROOT);
            if (key.equals("@odata.context")) {
                collection = text(parser, value, member);
                ODataContext odata = ODataContext.parse(collection);
                if (odata != null && odata.singleObject()) {
                    // {"@odata.context": "...#users/$entity", "id": ...}: one object after all.
                    ObjectNode object = Json.MAPPER.createObjectNode();
                    object.put(name, collection);
                    readMembersInto(parser, object, path);
                    listener.record(recordName(path), object, forContext(odata, current, path));
                    return;
                }
                current = forContext(odata, current, path);
            } else if (key.equals("@odata.nextlink")) {
                more = true;
                parser.skipChildren();
            } else if (key.startsWith("@") || key.contains("@odata.")) {
                parser.skipChildren(); // @odata.count, @odata.deltaLink and other annotations carry no objects
            } else if (LIST_MEMBERS.contains(key)) {
                ListContext list = key.equals("value") ? current : current.forList(name, null, null);
                readList(parser, value, member, list);
            } else if (CHILD_LIST_MEMBERS.contains(key)) {
                readChildLists(parser, value, member, name, current);
            } else {
                parser.skipChildren();
                listener.warn(file.name() + ": " + member, "not read: this source reads " + ListContext.READABLE_LISTS);
            }
            token = next(parser);
        }
        if (collection != null || more) {
            listener.page(collection != null ? collection : file.name() + ": " + recordName(path), more);
        }
    }

    /** A list member's value: an array, or a list response (or single object) as an object. */
    private void readList(JsonParser parser, JsonToken value, String path, ListContext context) {
        switch (value) {
            case START_ARRAY -> readArray(parser, path, context);
            case START_OBJECT -> readObject(parser, path, context);
            case VALUE_NULL -> {
                // an empty list as PowerShell writes it
            }
            default -> throw new ImportException(file.name(), path, null, "expected a list, found " + parser.getString());
        }
    }

    /**
     * A bundle's child lists: {@code "owners": {"<object id>": [...], ...}} maps each object to its
     * list; an array or list response stands for lists whose records name their object themselves
     * (app role assignments carry their principalId).
     */
    private void readChildLists(JsonParser parser, JsonToken value, String path, String name, ListContext context) {
        if (value != JsonToken.START_OBJECT) {
            readList(parser, value, path, context.forList(name, null, null));
            return;
        }
        JsonToken token = next(parser);
        while (token == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            String member = memberPath(path, key);
            JsonToken list = next(parser);
            if (key.startsWith("@")) {
                parser.skipChildren(); // an annotation of a list response
            } else if (key.equalsIgnoreCase("value")) {
                // a list response after all: {"appRoleAssignments": {"value": [...]}}
                readList(parser, list, member, context.forList(name, null, null));
            } else if (key.isBlank()) {
                throw new ImportException(file.name(), member, null, "expected an object id as the key of a " + name
                        + " list, found an empty one");
            } else {
                readList(parser, list, member, context.forList(name, key.trim(), null));
            }
            token = next(parser);
        }
    }

    /** One Graph object whose first member the parser has just read the name of. */
    private void readSingleObject(JsonParser parser, String path, ListContext context) {
        ObjectNode object = Json.MAPPER.createObjectNode();
        String name = parser.currentName();
        next(parser);
        int[] elements = {0};
        object.set(name, readValue(parser, memberPath(path, name), name, elements));
        readMembersInto(parser, object, path, elements);
        ListContext own = context;
        JsonNode odataContext = object.get("@odata.context");
        if (odataContext != null && odataContext.isString()) {
            own = forContext(ODataContext.parse(odataContext.stringValue()), context, path);
        }
        listener.record(recordName(path), object, own);
    }

    private void readMembersInto(JsonParser parser, ObjectNode object, String path) {
        readMembersInto(parser, object, path, new int[] {0});
    }

    private void readMembersInto(JsonParser parser, ObjectNode object, String path, int[] elements) {
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            next(parser);
            object.set(name, readValue(parser, memberPath(path, name), name, elements));
        }
    }

    /** A member's value as a tree, counting array elements so that a file of another kind is refused early. */
    private JsonNode readValue(JsonParser parser, String path, String name, int[] elements) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return Json.readValue(parser);
        }
        ArrayNode array = Json.MAPPER.createArrayNode();
        while (next(parser) != JsonToken.END_ARRAY) {
            if (++elements[0] > MAX_ELEMENTS_IN_ONE_OBJECT) {
                throw new ImportException(file.name(), recordName(path), name, "holds more than "
                        + MAX_ELEMENTS_IN_ONE_OBJECT + " elements, which no Microsoft Graph object does; expected "
                        + "Microsoft Graph JSON (a list response, an array of objects, one object or a bundle of "
                        + ListContext.READABLE_LISTS + ")");
            }
            array.add(Json.readValue(parser));
        }
        return array;
    }

    /** The context a response's {@code @odata.context} gives its records; refuses lists this source does not read. */
    private ListContext forContext(ODataContext odata, ListContext current, String path) {
        if (odata == null) {
            throw new ImportException(file.name(), recordName(path), "@odata.context",
                    "is not a Microsoft Graph context URL (expected https://graph.microsoft.com/v1.0/$metadata#...)");
        }
        ListContext context = current.forList(odata.list(), odata.parentId(), ListContext.typeOfSet(odata.parentSet()));
        if (context == null) {
            throw new ImportException(file.name(), recordName(path), "@odata.context", "is a Microsoft Graph response "
                    + "for '" + odata.list() + "', which this source does not read; it reads " + ListContext.READABLE_LISTS);
        }
        return context;
    }

    private String text(JsonParser parser, JsonToken value, String path) {
        if (value != JsonToken.VALUE_STRING) {
            throw new ImportException(file.name(), recordName(path), null, "expected text, found " + value);
        }
        return parser.getString();
    }

    /** The next token; the end of the input inside a value means the file was cut short. */
    private JsonToken next(JsonParser parser) {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new ImportException(file.name(), null, null, "ends in the middle of the JSON (line "
                    + parser.currentLocation().getLineNr() + "); the file is incomplete");
        }
        return token;
    }

    private static String memberPath(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String recordName(String path) {
        return path.isEmpty() ? "top-level object" : path;
    }
}
