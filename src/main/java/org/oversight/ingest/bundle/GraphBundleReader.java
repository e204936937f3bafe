package org.oversight.ingest.bundle;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRef;
import org.oversight.graph.PropertyDomains;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.kit.Dates;
import org.oversight.ingest.YamlLines;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the Oversight graph bundle: YAML (or JSON) naming nodes by label and relationships by
 * type, in the vocabulary of the graph model. It is how the sample enterprise ships and how any
 * inventory without an importer of its own can be loaded.
 *
 * <pre>
 * nodes:
 *   Human:
 *     - {id: ada@example.com, name: Ada, status: ACTIVE}
 * relationships:
 *   OWNED_BY:
 *     - {from: "AiSystem:ai:chat", to: "Human:ada@example.com", role: ACCOUNTABLE, source: DECLARED}
 * </pre>
 *
 * Date-times are ISO-8601 or relative, {@code now-30d} / {@code now+7d}, so shipped examples
 * keep their meaning as years pass. Relative dates count from a day the caller gives (the import
 * parameter {@value #RELATIVE_TO}); the reader never reads the clock, and without that day it
 * refuses them.
 */
public final class GraphBundleReader {

    private static final Pattern RELATIVE_TIME = Pattern.compile("now([+-])(\\d{1,5})d");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** The import parameter naming the day relative dates count from. */
    public static final String RELATIVE_TO = "relativeTo";

    private final OffsetDateTime origin;

    /**
     * @param relativeTo the day relative dates count from: {@code now-30d} is 30 days before its
     *                   start (00:00 UTC); null refuses relative dates
     */
    public GraphBundleReader(LocalDate relativeTo) {
        this.origin = relativeTo == null ? null : relativeTo.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** Adds one bundle file to the batch; throws {@link ImportException} naming file, record and field. */
    public void read(String file, InputStream content, GraphBatch.Builder batch) {
        JsonNode root;
        try {
            root = YAML.readTree(YamlLines.guard(content, file));
        } catch (JacksonException e) {
            throw new ImportException(file, null, null, "not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return;
        }
        if (!root.isObject()) {
            throw new ImportException(file, null, null, "a bundle is a map with 'nodes' and 'relationships'");
        }
        for (Map.Entry<String, JsonNode> section : root.properties()) {
            switch (section.getKey()) {
                case "nodes" -> readNodes(file, section.getValue(), batch);
                case "relationships" -> readRelationships(file, section.getValue(), batch);
                default -> throw new ImportException(file, section.getKey(), null,
                        "unknown section; a bundle has 'nodes' and 'relationships'");
            }
        }
    }

    private void readNodes(String file, JsonNode nodes, GraphBatch.Builder batch) {
        for (Map.Entry<String, JsonNode> group : requireObject(file, "nodes", nodes).properties()) {
            NodeLabel label = NodeLabel.fromCypherName(group.getKey())
                    .filter(l -> !l.isOversightRecord() && l != NodeLabel.IDENTITY)
                    .orElseThrow(() -> new ImportException(file, "nodes." + group.getKey(), null,
                            "unknown node label; identities are listed as NonHumanIdentity or HumanAccount"));
            List<JsonNode> records = requireList(file, "nodes." + label, group.getValue());
            for (int i = 0; i < records.size(); i++) {
                String where = "nodes." + label + "[" + i + "]";
                Map<String, Object> properties = properties(file, where, requireObject(file, where, records.get(i)));
                Object id = properties.remove("id");
                if (!(id instanceof String text) || text.isBlank()) {
                    throw new ImportException(file, where, "id", "every node needs a non-empty id");
                }
                checkDomains(file, where, properties, name -> PropertyDomains.allowed(label, name));
                if (label == NodeLabel.AI_SYSTEM) {
                    primaryRiskClass(file, where, properties);
                }
                batch.node(label, text, properties);
            }
        }
    }

    private void readRelationships(String file, JsonNode relationships, GraphBatch.Builder batch) {
        for (Map.Entry<String, JsonNode> group : requireObject(file, "relationships", relationships).properties()) {
            RelType type = RelType.fromName(group.getKey()).orElseThrow(() -> new ImportException(file,
                    "relationships." + group.getKey(), null, "unknown relationship type"));
            List<JsonNode> records = requireList(file, "relationships." + type, group.getValue());
            for (int i = 0; i < records.size(); i++) {
                String where = "relationships." + type + "[" + i + "]";
                Map<String, Object> properties = properties(file, where, requireObject(file, where, records.get(i)));
                NodeRef from = endpoint(file, where, "from", properties.remove("from"));
                NodeRef to = endpoint(file, where, "to", properties.remove("to"));
                if (!type.connects(from.label(), to.label())) {
                    throw new ImportException(file, where, null, type + " cannot connect " + from.label() + " to "
                            + to.label() + "; it connects " + type.endpoints());
                }
                for (String key : type.keyProperties()) {
                    if (properties.get(key) == null) {
                        throw new ImportException(file, where, key, type + " needs " + type.keyProperties());
                    }
                }
                checkDomains(file, where, properties, name -> PropertyDomains.allowed(type, name));
                batch.relationship(type, from, to, properties);
            }
        }
    }

    private static NodeRef endpoint(String file, String where, String field, Object value) {
        if (!(value instanceof String text) || text.indexOf(':') <= 0 || text.endsWith(":")) {
            throw new ImportException(file, where, field, "must be \"<Label>:<id>\", e.g. \"Human:ada@example.com\"");
        }
        String labelName = text.substring(0, text.indexOf(':'));
        NodeLabel label = NodeLabel.fromCypherName(labelName).orElseThrow(() ->
                new ImportException(file, where, field, "unknown node label '" + labelName + "'"));
        return new NodeRef(label, text.substring(text.indexOf(':') + 1));
    }

    private Map<String, Object> properties(String file, String where, JsonNode record) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : record.properties()) {
            String name = property.getKey();
            if (!name.matches("[a-z][A-Za-z0-9]*")) {
                throw new ImportException(file, where, name, "property names are camelCase");
            }
            properties.put(name, value(file, where, name, property.getValue()));
        }
        return properties;
    }

    private Object value(String file, String where, String field, JsonNode value) {
        if (value.isNull()) {
            throw new ImportException(file, where, field, "null is not a value; leave the property out");
        }
        if (value.isString()) {
            return timeOrText(file, where, field, value.stringValue());
        }
        if (value.isIntegralNumber()) {
            return value.longValue();
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isArray()) {
            List<Object> items = new ArrayList<>();
            for (JsonNode item : value.values()) {
                if (item.isContainer() || item.isNull()) {
                    throw new ImportException(file, where, field, "lists hold plain values only");
                }
                items.add(value(file, where, field, item));
            }
            return items;
        }
        throw new ImportException(file, where, field, "nested maps cannot be stored; flatten them");
    }

    private Object timeOrText(String file, String where, String field, String text) {
        Matcher relative = RELATIVE_TIME.matcher(text);
        if (relative.matches()) {
            if (origin == null) {
                throw new ImportException(file, where, field, "'" + text + "' is a relative date; give the day it counts "
                        + "from as the import parameter " + RELATIVE_TO + ", e.g. " + RELATIVE_TO + "=2026-12-07");
            }
            long days = Long.parseLong(relative.group(2));
            return relative.group(1).equals("-") ? origin.minusDays(days) : origin.plusDays(days);
        }
        if (text.startsWith("now")) {
            throw new ImportException(file, where, field, "relative times are now-<days>d or now+<days>d, not '" + text + "'");
        }
        if (text.length() >= 20 && Character.isDigit(text.charAt(0)) && text.charAt(10) == 'T') {
            try {
                return Dates.parse(text);
            } catch (DateTimeParseException e) {
                throw new ImportException(file, where, field, "not an ISO-8601 date-time with offset: " + text, e);
            }
        }
        return text;
    }

    /** With several classes, the primary one is the first of them in the vocabulary's order, as upsertAiSystem keeps it. */
    private static void primaryRiskClass(String file, String where, Map<String, Object> properties) {
        if (!(properties.get("euRiskClasses") instanceof List<?> classes) || classes.isEmpty()) {
            return;
        }
        String primary = PropertyDomains.primaryEuRiskClass(classes);
        Object stated = properties.putIfAbsent("euRiskClass", primary);
        if (stated != null && !stated.equals(primary)) {
            throw new ImportException(file, where, "euRiskClass", "'" + stated + "' is not the primary class of "
                    + classes + "; it is " + primary + ", the first of them in the order " + PropertyDomains.EU_RISK_CLASSES);
        }
    }

    private static void checkDomains(String file, String where, Map<String, Object> properties,
            Function<String, List<String>> domain) {
        properties.forEach((name, value) -> {
            List<String> allowed = domain.apply(name);
            for (Object each : value instanceof List<?> list ? list : List.of(value)) {
                if (allowed != null && !allowed.contains(each)) {
                    throw new ImportException(file, where, name, "'" + each + "' is not one of " + allowed);
                }
            }
        });
    }

    private static JsonNode requireObject(String file, String where, JsonNode node) {
        if (!node.isObject()) {
            throw new ImportException(file, where, null, "expected a map");
        }
        return node;
    }

    private static List<JsonNode> requireList(String file, String where, JsonNode node) {
        if (!node.isArray()) {
            throw new ImportException(file, where, null, "expected a list");
        }
        return List.copyOf(node.values());
    }
}
