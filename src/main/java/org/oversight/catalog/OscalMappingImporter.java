package org.oversight.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRef;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.Importer;
import org.oversight.ingest.Json;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Source {@code oscal-mapping}: a crosswalk in the OSCAL control mapping model (a
 * {@code mapping-collection} whose maps pair source and target controls with a relationship such
 * as {@code subset-of}). OSCAL names controls without their framework, so the frameworks are
 * parameters; every source-target pair of a map becomes one link.
 */
@Component
class OscalMappingImporter implements Importer {

    private static final Map<String, String> RELATIONSHIPS = Map.of(
            "equivalent-to", "EQUAL", "equal-to", "EQUAL", "subset-of", "SUBSET_OF", "superset-of", "SUPERSET_OF",
            "intersects-with", "INTERSECTS_WITH", "no-relationship", "NOT_RELATED");

    @Override
    public String source() {
        return "oscal-mapping";
    }

    @Override
    public String description() {
        return "A crosswalk in the OSCAL control mapping model (JSON mapping-collection)";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of(
                "from", "framework of the source controls: ISO42001, EU_AI_ACT, NIST_AI_RMF, NIST_CSF_2, CO_AI_ACT or TX_TRAIGA (required)",
                "to", "framework of the target controls (required)",
                "provider", "who states the links (default: the mapping collection's title)",
                "set", "id of the mapping set (default: oscal-<uuid of the collection>)",
                "idCase", "upper to upper-case control ids (OSCAL writes gv.oc-01 for GV.OC-01); default as written",
                "status", "DRAFT (default), PUBLISHED or DEPRECATED");
    }

    @Override
    public void read(List<ImportFile> files, ImportOptions options, GraphBatch.Builder batch) {
        if (files.size() != 1) {
            throw new ImportException(null, null, null, "an OSCAL mapping import is one JSON file, not " + files.size());
        }
        ImportFile file = files.getFirst();
        JsonNode collection = Json.readTree(file).path("mapping-collection");
        if (!collection.isObject()) {
            throw new ImportException(file.name(), null, "mapping-collection",
                    "not an OSCAL mapping model document (no top-level mapping-collection)");
        }
        String uuid = Json.text(collection, "uuid");
        String title = Json.text(collection.path("metadata"), "title");
        String set = options.parameter("set") != null ? options.parameter("set")
                : "oscal-" + (uuid == null ? "mapping" : uuid.toLowerCase(Locale.ROOT));
        String provider = options.parameter("provider") != null ? options.parameter("provider") : title;
        String from = options.required("from", "OSCAL control ids do not name their framework");
        String to = options.required("to", "OSCAL control ids do not name their framework");
        boolean upper = "upper".equalsIgnoreCase(options.parameter("idCase"));
        CrosswalkReader.MappingSetInfo info = new CrosswalkReader.MappingSetInfo(set, title == null ? set : title, from,
                to, provider, "HUMAN", options.parameter("status") == null ? "DRAFT" : options.parameter("status"),
                null, null, Json.text(collection.path("metadata"), "remarks"));
        batch.scope(set)
                .snapshot(List.of(NodeLabel.MAPPING_SET), List.of(RelType.MAPS_TO));
        CrosswalkReader.addSet(file.name(), info, batch);

        int m = 0;
        for (JsonNode mapping : collection.path("mappings").values()) {
            int n = 0;
            for (JsonNode map : mapping.path("maps").values()) {
                String where = "mappings[" + m + "].maps[" + n++ + "]";
                String relationship = RELATIONSHIPS.get(String.valueOf(Json.text(map, "relationship")).toLowerCase(Locale.ROOT));
                if (relationship == null) {
                    throw new ImportException(file.name(), where, "relationship", "'" + Json.text(map, "relationship")
                            + "' is not one of " + RELATIONSHIPS.keySet());
                }
                List<String> sources = ids(file, where, "sources", map, upper);
                List<String> targets = ids(file, where, "targets", map, upper);
                for (String source : sources) {
                    for (String target : targets) {
                        Map<String, Object> properties = new LinkedHashMap<>();
                        properties.put("mappingSet", set);
                        properties.put("relationship", relationship);
                        properties.put("derived", false);
                        if (Json.text(map, "remarks") != null) {
                            properties.put("justification", Json.text(map, "remarks"));
                        }
                        batch.relationship(RelType.MAPS_TO, new NodeRef(NodeLabel.REQUIREMENT, from + ":" + source),
                                new NodeRef(NodeLabel.REQUIREMENT, to + ":" + target), properties);
                    }
                }
                if (map.has("qualifiers")) {
                    batch.warn(file.name() + ": " + where, "qualifiers are not kept; review the links of this map");
                }
            }
            m++;
        }
        if (m == 0) {
            throw new ImportException(file.name(), "mapping-collection", "mappings", "holds no mappings");
        }
    }

    private static List<String> ids(ImportFile file, String where, String field, JsonNode map, boolean upper) {
        List<String> ids = map.path(field).values().stream().map(item -> Json.text(item, "id-ref"))
                .filter(id -> id != null).map(id -> upper ? id.toUpperCase(Locale.ROOT) : id).toList();
        if (ids.isEmpty()) {
            throw new ImportException(file.name(), where, field, "names no control (id-ref)");
        }
        return ids;
    }
}
