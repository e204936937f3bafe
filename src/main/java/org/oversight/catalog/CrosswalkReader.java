package org.oversight.catalog;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRef;
import org.oversight.graph.PropertyDomains;
import org.oversight.graph.RelType;
import org.oversight.ingest.Csv;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;

/**
 * Reads a crosswalk CSV ({@code from,to,relationship,rationale,strength,justification}) into
 * MAPS_TO links of one mapping set. Each link states A's NIST IR 8477 relationship to B in one
 * direction only; the inverse is derived when read. A bad cell stops the whole file, naming its
 * line and column.
 */
public final class CrosswalkReader {

    public static final List<String> COLUMNS = List.of("from", "to", "relationship", "rationale", "strength",
            "justification");

    /** What a mapping set says about itself; {@code from}/{@code to} are framework ids. */
    public record MappingSetInfo(String id, String name, String from, String to, String provider, String method,
            String status, String licence, String sourceUri, String description) {

        Map<String, Object> properties() {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("name", name);
            properties.put("fromFramework", from);
            properties.put("toFramework", to);
            properties.put("provider", provider);
            properties.put("method", method);
            properties.put("status", status);
            properties.put("licence", licence);
            properties.put("sourceUri", sourceUri);
            properties.put("description", description);
            properties.values().removeIf(java.util.Objects::isNull);
            return properties;
        }
    }

    private CrosswalkReader() {
    }

    /** Checks a mapping set's description and adds its node. */
    public static void addSet(String file, MappingSetInfo set, GraphBatch.Builder batch) {
        check(file, set);
        batch.node(NodeLabel.MAPPING_SET, set.id(), set.properties());
    }

    public static void read(ImportFile file, MappingSetInfo set, GraphBatch.Builder batch) {
        addSet(file.name(), set, batch);
        Map<String, String> seen = new HashMap<>();
        Csv.read(file, List.of("from", "to", "relationship"), (name, row) -> {
            String from = requirementId(name, row, "from", set.from());
            String to = requirementId(name, row, "to", set.to());
            String relationship = value(name, row, "relationship", PropertyDomains.RELATIONSHIPS, true);
            String rationale = value(name, row, "rationale", PropertyDomains.allowed(RelType.MAPS_TO, "rationale"), false);
            Integer strength = strength(name, row);
            String earlier = seen.putIfAbsent(from + " " + to, row.location());
            if (earlier != null) {
                throw new ImportException(name, at(row, "to"), "to", "links " + from + " to " + to
                        + " again; first on " + earlier);
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("mappingSet", set.id());
            properties.put("relationship", relationship);
            properties.put("rationale", rationale);
            properties.put("strength", strength);
            properties.put("justification", row.get("justification"));
            properties.put("derived", false);
            properties.values().removeIf(java.util.Objects::isNull);
            batch.relationship(RelType.MAPS_TO, new NodeRef(NodeLabel.REQUIREMENT, from),
                    new NodeRef(NodeLabel.REQUIREMENT, to), properties);
        });
    }

    private static void check(String file, MappingSetInfo set) {
        if (set.id() == null || !set.id().matches("[a-z0-9][a-z0-9-]*")) {
            throw new ImportException(file, "mapping set", "id", "is lower-case words joined by '-', not " + set.id());
        }
        for (var framework : Map.of("from", String.valueOf(set.from()), "to", String.valueOf(set.to())).entrySet()) {
            if (!CatalogReader.FRAMEWORKS.contains(framework.getValue())) {
                throw new ImportException(file, "mapping set", framework.getKey(), "is one of "
                        + CatalogReader.FRAMEWORKS + ", not " + framework.getValue());
            }
        }
        if (set.provider() == null || set.provider().isBlank()) {
            throw new ImportException(file, "mapping set", "provider", "is required: who states these links");
        }
        checkDomain(file, "method", set.method());
        checkDomain(file, "status", set.status());
    }

    private static void checkDomain(String file, String field, String value) {
        List<String> allowed = PropertyDomains.allowed(NodeLabel.MAPPING_SET, field);
        if (value == null || !allowed.contains(value)) {
            throw new ImportException(file, "mapping set", field, "is one of " + allowed + ", not " + value);
        }
    }

    private static String requirementId(String file, Csv.Row row, String column, String framework) {
        String id = row.get(column);
        if (id == null) {
            throw new ImportException(file, at(row, column), column, "is empty");
        }
        if (!id.startsWith(framework + ":") || id.length() == framework.length() + 1) {
            throw new ImportException(file, at(row, column), column, "'" + id + "' is not a requirement of "
                    + framework + " (" + framework + ":<ref>)");
        }
        return id;
    }

    private static String value(String file, Csv.Row row, String column, List<String> allowed, boolean required) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                throw new ImportException(file, at(row, column), column, "is empty; it is one of " + allowed);
            }
            return null;
        }
        String upper = value.toUpperCase(java.util.Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw new ImportException(file, at(row, column), column, "'" + value + "' is not one of " + allowed);
        }
        return upper;
    }

    private static Integer strength(String file, Csv.Row row) {
        String value = row.get("strength");
        if (value == null) {
            return null;
        }
        try {
            int strength = Integer.parseInt(value);
            if (strength >= 1 && strength <= 10) {
                return strength;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ImportException(file, at(row, "strength"), "strength", "'" + value + "' is not a whole number from 1 to 10");
    }

    /** Line and column of a cell, as spreadsheet users look for it. */
    private static String at(Csv.Row row, String column) {
        return row.location() + ", column " + row.column(column);
    }
}
