package org.oversight.ingest.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.oversight.ingest.kit.Fields;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.YamlLines;
import org.oversight.ingest.Json;
import org.oversight.ingest.Encodings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the Kubernetes objects of one file: multi-document YAML ({@code ---} separated) or the
 * JSON of {@code kubectl get -o json}. A document with an {@code items} list is a list, as
 * Kubernetes itself decides; its items are handed over one at a time, so a large
 * {@code kind: List} never sits in memory as one tree.
 */
final class ManifestReader {

    /** The import size limits bound the input; snakeyaml's own 3 MB limit would refuse large Lists. */
    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
            .loadSettings(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
            .build()).build();

    private final ImportFile file;
    private final Consumer<KubeObject> objects;
    private final boolean json;

    private ManifestReader(ImportFile file, Consumer<KubeObject> objects) {
        this.file = file;
        this.objects = objects;
        this.json = isJson(file);
    }

    /** Hands every object of the file to {@code objects}; refuses files that hold none. */
    static void read(ImportFile file, Consumer<KubeObject> objects) {
        new ManifestReader(file, objects).read();
    }

    private void read() {
        if (file.size() == 0) {
            throw new ImportException(file.name(), null, null, "is empty; expected Kubernetes YAML or JSON");
        }
        if (!json) {
            requireFinalLineBreak();
        }
        int documents = 0;
        try (JsonParser parser = json ? Json.MAPPER.createParser(file.open()) : YAML.createParser(yamlReader())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_NULL || token == JsonToken.VALUE_STRING && parser.getString().isEmpty()) {
                    continue; // an empty YAML document, e.g. between two '---' or only comments
                }
                documents++;
                String document = "document " + documents;
                String where = document + " (line " + line(parser) + ")";
                if (token != JsonToken.START_OBJECT) {
                    throw new ImportException(file.name(), where, null, notKubernetes("is " + describe(token)
                            + ", not a Kubernetes object"));
                }
                readDocument(parser, document, where);
            }
        } catch (JacksonException e) {
            throw syntaxError(e);
        }
        if (documents == 0) {
            throw new ImportException(file.name(), null, null, "holds no Kubernetes objects");
        }
    }

    /**
     * Reads one top-level object. Members other than {@code items} are collected; list items are
     * handed over as they come when they carry their own kind and apiVersion (kubectl's output
     * does), and otherwise once the list's kind is known.
     */
    private void readDocument(JsonParser parser, String document, String where) {
        ObjectNode head = Json.MAPPER.createObjectNode();
        List<Item> waiting = new ArrayList<>();
        boolean list = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("items") && value == JsonToken.START_ARRAY) {
                list = true;
                int index = 0;
                while (next(parser, where) != JsonToken.END_ARRAY) {
                    Item item = new Item(document + ", items[" + index++ + "] (line " + line(parser) + ")",
                            parser.readValueAsTree());
                    if (!item.emit(null, null)) {
                        waiting.add(item);
                    }
                }
            } else {
                head.set(name, parser.readValueAsTree());
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new ImportException(file.name(), where, null, "ends inside the object: the file looks truncated");
        }
        String kind = typeField(head, "kind", where);
        String apiVersion = typeField(head, "apiVersion", where);
        if (list) {
            String itemKind = kind.endsWith("List") && !kind.equals("List")
                    ? kind.substring(0, kind.length() - "List".length()) : null;
            for (Item item : waiting) {
                if (!item.emit(itemKind, apiVersion)) {
                    throw new ImportException(file.name(), item.location, "kind",
                            "list item has no kind, and a " + kind + " does not tell it");
                }
            }
        } else {
            objects.accept(new KubeObject(file.name(), where, apiVersion, kind, head));
        }
    }

    /** The next token; the parsers report a cut-off end themselves, this guards the rest. */
    private JsonToken next(JsonParser parser, String where) {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new ImportException(file.name(), where, "items", "ends inside the list: the file looks truncated");
        }
        return token;
    }

    /** One element of a list's items. */
    private final class Item {

        private final String location;
        private final JsonNode body;

        Item(String location, JsonNode body) {
            this.location = location;
            this.body = body;
        }

        /** Hands the item over if its kind and apiVersion are known; false when it must wait for the list's. */
        boolean emit(String listItemKind, String listApiVersion) {
            if (!body.isObject()) {
                throw new ImportException(file.name(), location, null, "list item is " + Fields.describe(body)
                        + ", not a Kubernetes object");
            }
            String kind = itemField("kind", listItemKind);
            String apiVersion = itemField("apiVersion", listApiVersion);
            if (kind == null || apiVersion == null) {
                return false;
            }
            objects.accept(new KubeObject(file.name(), location, apiVersion, kind, body));
            return true;
        }

        private String itemField(String field, String fallback) {
            JsonNode value = body.get(field);
            if (value == null || value.isNull()) {
                return fallback;
            }
            if (!value.isString() || value.stringValue().isBlank()) {
                throw new ImportException(file.name(), location, field, "must be text, not " + Fields.describe(value));
            }
            return value.stringValue();
        }
    }

    private String typeField(JsonNode head, String field, String where) {
        JsonNode value = head.get(field);
        if (value == null || value.isNull()) {
            throw new ImportException(file.name(), where, field, notKubernetes("has no '" + field + "'"));
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            throw new ImportException(file.name(), where, field, "must be text, not " + Fields.describe(value));
        }
        return value.stringValue();
    }

    private static String notKubernetes(String problem) {
        return "is not a Kubernetes manifest: the document " + problem
                + "; expected objects with apiVersion and kind, as kubectl writes them";
    }

    /**
     * YAML has no end marker, so a copy cut short can still parse; every YAML writer (kubectl,
     * helm, kustomize, editors) ends the last line with a line break, so a file ending inside a
     * line was cut.
     */
    private void requireFinalLineBreak() {
        try (SeekableByteChannel channel = Files.newByteChannel(file.path())) {
            long size = channel.size();
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(2, size));
            channel.position(size - tail.capacity());
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // read the last bytes
            }
            byte[] bytes = tail.array();
            byte last = bytes[bytes.length - 1];
            boolean utf16LittleEndian = bytes.length == 2 && last == 0 && isLineBreak(bytes[0])
                    && Encodings.charset(file) == StandardCharsets.UTF_16LE;
            if (!isLineBreak(last) && !utf16LittleEndian) {
                throw new ImportException(file.name(), null, null,
                        "ends in the middle of a line: the file looks truncated (complete YAML files end with a line break)");
            }
        } catch (IOException e) {
            throw new ImportException(file.name(), null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean isLineBreak(byte b) {
        return b == '\n' || b == '\r';
    }

    /** A reader for YAML that honours a byte order mark and refuses bytes that are not text. */
    private Reader yamlReader() {
        return Encodings.reader(YamlLines.guard(file.open(), file.name()), file.name());
    }

    /**
     * JSON when the name says so, YAML when the name says so, otherwise JSON when the first
     * character is '{' or '[' (an upload without a file name).
     */
    private static boolean isJson(ImportFile file) {
        String extension = file.extension();
        if (extension.equals("json")) {
            return true;
        }
        if (extension.equals("yaml") || extension.equals("yml")) {
            return false;
        }
        int first = Encodings.firstNonBlank(file);
        return first == '{' || first == '[';
    }

    private ImportException syntaxError(JacksonException e) {
        if (json) {
            return Json.error(file, e);
        }
        String where = e.getLocation() == null ? null
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        if (hasCause(e, CharacterCodingException.class)) {
            return new ImportException(file.name(), where, null, "is not " + Encodings.charset(file).name() + " text", e);
        }
        return new ImportException(file.name(), where, null, "not valid YAML: " + e.getOriginalMessage(), e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            default -> "a " + token;
        };
    }
}
