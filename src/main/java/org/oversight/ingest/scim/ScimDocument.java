package org.oversight.ingest.scim;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Streaming access to a SCIM file. {@link #kind} tells what the file holds from its top-level
 * {@code schemas} (or, lacking them, {@code meta.resourceType}) in a first pass that keeps only
 * the few small members saying what it is, so that a file cut short or not JSON is refused before
 * anything is mapped;
 * {@link #readListResponse} then hands over the {@code Resources} of a ListResponse one at a time,
 * so a large directory never sits in memory as one tree.
 */
final class ScimDocument {


    /** Top-level members the first pass keeps: what the file is, and what a SCIM Error says. */
    private static final Set<String> KEPT_MEMBERS = Set.of("schemas", "meta", "status", "detail");

    /** Gets each member of the top-level object with the parser on its value, and must consume that value. */
    private interface MemberReader {
        void read(String name, JsonParser parser);
    }

    private ScimDocument() {
    }

    /** The kind of a SCIM file: a ListResponse, a User or a Group; anything else is refused. */
    static ScimSchemas.Kind kind(ImportFile file) {
        Map<String, JsonNode> kept = new HashMap<>();
        readTopLevel(file, (name, parser) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (KEPT_MEMBERS.contains(lower)) {
                kept.put(lower, Json.readValue(parser));
            } else {
                parser.skipChildren();
            }
        });
        return classify(file.name(), kept);
    }

    /**
     * Streams a ListResponse: each element of {@code Resources} goes to {@code resources} as
     * {@code Resources[index]}; returns {@code totalResults}, or null when absent or not a number.
     */
    static Long readListResponse(ImportFile file, BiConsumer<String, JsonNode> resources) {
        Long[] totalResults = {null};
        readTopLevel(file, (name, parser) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("resources")) {
                if (parser.currentToken() != JsonToken.START_ARRAY) {
                    throw new ImportException(file.name(), null, name, "expected a list of resources");
                }
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    resources.accept(name + "[" + index++ + "]", Json.readValue(parser));
                }
            } else if (lower.equals("totalresults") && parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                JsonNode total = Json.readValue(parser);
                totalResults[0] = total.canConvertToLong() ? total.longValue() : null;
            } else {
                parser.skipChildren();
            }
        });
        return totalResults[0];
    }

    private static void readTopLevel(ImportFile file, MemberReader members) {
        try (InputStream in = file.open(); JsonParser parser = Json.MAPPER.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ImportException(file.name(), null, null, "is empty; expected a SCIM ListResponse, User or Group");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ImportException(file.name(), null, null,
                        "expected a JSON object (a SCIM ListResponse, User or Group) at the top");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                members.read(name, parser);
            }
            if (token != JsonToken.END_OBJECT) {
                throw new ImportException(file.name(), null, null, "ends before its JSON object is closed");
            }
            if (parser.nextToken() != null) {
                throw new ImportException(file.name(), null, null, "holds more after its JSON object");
            }
        } catch (JacksonException e) {
            throw Json.error(file, e);
        } catch (IOException e) {
            throw new ImportException(file.name(), null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static ScimSchemas.Kind classify(String file, Map<String, JsonNode> kept) {
        JsonNode schemas = kept.get("schemas");
        List<String> urns = new ArrayList<>();
        if (schemas != null && schemas.isArray()) {
            schemas.values().forEach(schema -> {
                if (schema.isString()) {
                    urns.add(schema.stringValue().strip());
                }
            });
        } else if (schemas != null && schemas.isString()) {
            urns.add(schemas.stringValue().strip());
        }
        ScimSchemas.Classification classification = ScimSchemas.classify(urns);
        return switch (classification.kind()) {
            case LIST_RESPONSE, USER, GROUP -> classification.kind();
            case OTHER_STANDARD -> throw new ImportException(file, null, "schemas",
                    ScimSchemas.notUsersOrGroups(classification.name() + errorDetail(kept)));
            case UNKNOWN -> byResourceType(file, urns, kept.get("meta"));
        };
    }

    /** What a SCIM Error says (an export run with an expired token saves one), e.g. {@code " (401: token expired)"}. */
    private static String errorDetail(Map<String, JsonNode> kept) {
        String detail = Stream.of(kept.get("status"), kept.get("detail"))
                .filter(value -> value != null && value.isValueNode() && !value.isNull())
                .map(value -> value.asString().strip()).filter(text -> !text.isEmpty())
                .collect(Collectors.joining(": "));
        return detail.isEmpty() ? "" : " (" + detail + ")";
    }

    /** Some servers leave schemas out of single resources; meta.resourceType still says what it is. */
    private static ScimSchemas.Kind byResourceType(String file, List<String> urns, JsonNode meta) {
        JsonNode resourceType = ScimResource.attribute(meta, "resourceType");
        String type = resourceType != null && resourceType.isString() ? resourceType.stringValue().strip() : null;
        if (urns.isEmpty() && "User".equalsIgnoreCase(type)) {
            return ScimSchemas.Kind.USER;
        }
        if (urns.isEmpty() && "Group".equalsIgnoreCase(type)) {
            return ScimSchemas.Kind.GROUP;
        }
        throw new ImportException(file, null, "schemas", urns.isEmpty()
                ? "is not a SCIM document: it has no 'schemas' naming a ListResponse, User or Group"
                : "names schemas " + urns + ", none of them a SCIM ListResponse, User or Group");
    }
}
