package org.oversight.ingest.cyclonedx;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.path.NodePath;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.oversight.ingest.kit.Fields;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CycloneDX JSON: syntax and kind are checked with the project's JSON reader, the document
 * against the CycloneDX JSON schema of its version, and then the CycloneDX library builds its
 * model. The schema and the library speak Jackson 2, hence a second, Jackson 2 tree.
 */
final class JsonBomReader {

    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final Map<Version, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final int ERRORS_SHOWN = 3;

    ParsedBom read(ImportFile file, byte[] bytes) {
        JsonNode tree = parse(file, bytes);
        if (!tree.isObject()) {
            throw new ImportException(file.name(), null, null,
                    "is JSON but not a CycloneDX BOM: expected an object with \"bomFormat\": \"CycloneDX\"");
        }
        String bomFormat = Json.text(tree, "bomFormat");
        if (!"CycloneDX".equals(bomFormat)) {
            throw new ImportException(file.name(), null, "bomFormat", "is JSON but not a CycloneDX BOM: expected "
                    + "\"bomFormat\": \"CycloneDX\"" + (bomFormat == null ? "" : ", found \"" + bomFormat + "\""));
        }
        String specVersion = new Fields(file.name(), null).required(Json.text(tree, "specVersion"), "specVersion",
                "a CycloneDX BOM states its version");
        Version version = BomFileReader.supportedVersion(file, null, "specVersion", specVersion);
        validate(file, bytes, version);
        Bom bom = parseWithLibrary(file, forLibrary(tree, bytes));
        BomFileReader.checkComponents(file, listedComponentNames(tree), bom);
        return new ParsedBom(file, bom, specVersion, "JSON", timestamp(file, tree), List.of());
    }

    /**
     * metadata.timestamp, read here because the schema check leaves formats to the reader and the
     * library turns a timestamp it cannot parse into none. Without an offset it is taken as UTC.
     */
    private static OffsetDateTime timestamp(ImportFile file, JsonNode tree) {
        return new Fields(file.name(), null).time(Json.text(tree.path("metadata"), "timestamp"), "metadata.timestamp");
    }

    private static JsonNode parse(ImportFile file, byte[] bytes) {
        try {
            JsonNode tree = Json.MAPPER.readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new ImportException(file.name(), null, null, "is empty; expected a CycloneDX BOM in JSON or XML");
            }
            return tree;
        } catch (JacksonException e) {
            throw Json.error(file, e);
        }
    }

    private static void validate(ImportFile file, byte[] bytes, Version version) {
        List<Error> errors;
        try {
            com.fasterxml.jackson.databind.JsonNode document = JACKSON2.readTree(bytes);
            // Formats (e-mail, IRI ...) are not asserted: a valid BOM may name an internal mail domain.
            errors = schema(version).validate(document, context -> context.executionConfig(
                    config -> config.formatAssertionsEnabled(false)));
        } catch (IOException | RuntimeException e) {
            throw new ImportException(file.name(), null, null, "cannot be checked against the CycloneDX "
                    + version.getVersionString() + " JSON schema: " + e.getMessage(), e);
        }
        if (!errors.isEmpty()) {
            Error first = errors.getFirst();
            StringBuilder problem = new StringBuilder("does not follow the CycloneDX ").append(version.getVersionString())
                    .append(" JSON schema: ").append(first.getMessage());
            for (Error other : errors.subList(1, Math.min(ERRORS_SHOWN, errors.size()))) {
                problem.append("; also ").append(path(other)).append(": ").append(other.getMessage());
            }
            if (errors.size() > ERRORS_SHOWN) {
                problem.append(" (and ").append(errors.size() - ERRORS_SHOWN).append(" more)");
            }
            throw new ImportException(file.name(), path(first), first.getProperty(), problem.toString());
        }
    }

    private static Schema schema(Version version) throws IOException {
        Schema schema = SCHEMAS.get(version);
        if (schema == null) {
            schema = new org.cyclonedx.parsers.JsonParser().getJsonSchema(version, JACKSON2);
            SCHEMAS.put(version, schema);
        }
        return schema;
    }

    /** Where in the document an error is, as "components[0].type"; the document itself as "(document)". */
    private static String path(Error error) {
        NodePath location = error.getInstanceLocation();
        StringBuilder path = new StringBuilder();
        for (int i = 0; location != null && i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Number index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(element);
            }
        }
        return path.isEmpty() ? "(document)" : path.toString();
    }

    private static Bom parseWithLibrary(ImportFile file, byte[] bytes) {
        try {
            return new org.cyclonedx.parsers.JsonParser().parse(bytes);
        } catch (ParseException | RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String where = cause instanceof JsonProcessingException jackson && jackson.getLocation() != null
                    ? "line " + jackson.getLocation().getLineNr() + ", column " + jackson.getLocation().getColumnNr()
                    : null;
            String message = cause instanceof JsonProcessingException jackson ? jackson.getOriginalMessage()
                    : cause.getMessage();
            throw new ImportException(file.name(), where, null, "the CycloneDX library cannot read it: " + message, e);
        }
    }

    /**
     * The bytes the library is given. It knows the external reference type "model-card" only as
     * "model_card" and reads the former as no type at all, so such references are renamed.
     */
    private static byte[] forLibrary(JsonNode tree, byte[] bytes) {
        return renameModelCardReferences(tree) ? Json.MAPPER.writeValueAsBytes(tree) : bytes;
    }

    private static boolean renameModelCardReferences(JsonNode node) {
        boolean renamed = false;
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (member.getKey().equals("externalReferences") && member.getValue().isArray()) {
                    for (JsonNode reference : member.getValue()) {
                        if (reference instanceof ObjectNode object && "model-card".equals(Json.text(object, "type"))) {
                            object.put("type", "model_card");
                            renamed = true;
                        }
                    }
                }
                renamed |= renameModelCardReferences(member.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                renamed |= renameModelCardReferences(element);
            }
        }
        return renamed;
    }

    /** The component names the file lists, in the order {@link BomFileReader#componentNames} walks them. */
    private static List<String> listedComponentNames(JsonNode tree) {
        List<String> names = new ArrayList<>();
        JsonNode metadata = tree.get("metadata");
        if (metadata != null && metadata.get("component") != null && metadata.get("component").isObject()) {
            collectNames(metadata.get("component"), names);
        }
        JsonNode components = tree.get("components");
        if (components != null && components.isArray()) {
            components.forEach(component -> collectNames(component, names));
        }
        return names;
    }

    private static void collectNames(JsonNode component, List<String> names) {
        String name = Json.text(component, "name");
        names.add(name == null ? "" : name.strip());
        JsonNode children = component.get("components");
        if (children != null && children.isArray()) {
            children.forEach(child -> collectNames(child, names));
        }
    }
}
