package org.oversight.catalog;

import java.util.List;
import java.util.Map;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.Importer;
import org.springframework.stereotype.Component;

/**
 * Source {@code crosswalk-csv}: a mapping set of one's own, as the documented CSV
 * ({@code from,to,relationship,rationale,strength,justification}), its metadata as parameters.
 * Each import of a set is a snapshot of it: links it no longer lists are removed.
 */
@Component
class CrosswalkCsvImporter implements Importer {

    @Override
    public String source() {
        return "crosswalk-csv";
    }

    @Override
    public String description() {
        return "A crosswalk between two frameworks as CSV: from,to,relationship,rationale,strength,justification";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of(
                "set", "id of the mapping set, lower-case words joined by '-' (required)",
                "from", "framework the links start in: ISO42001, EU_AI_ACT, NIST_AI_RMF, NIST_CSF_2, CO_AI_ACT or TX_TRAIGA (required)",
                "to", "framework the links end in (required)",
                "provider", "who states the links (required)",
                "name", "display name (default: the set id)",
                "method", "HUMAN (default), EXTRACTED or AUTOMATED",
                "status", "DRAFT (default), PUBLISHED or DEPRECATED",
                "licence", "terms of use of the links",
                "sourceUri", "where the crosswalk comes from",
                "description", "what the crosswalk is");
    }

    @Override
    public void read(List<ImportFile> files, ImportOptions options, GraphBatch.Builder batch) {
        String set = options.required("set", "it names the mapping set the links belong to");
        CrosswalkReader.MappingSetInfo info = new CrosswalkReader.MappingSetInfo(set,
                options.parameter("name") == null ? set : options.parameter("name"),
                options.required("from", "the framework the links start in"),
                options.required("to", "the framework the links end in"),
                options.required("provider", "who states the links"),
                options.parameter("method") == null ? "HUMAN" : options.parameter("method"),
                options.parameter("status") == null ? "DRAFT" : options.parameter("status"),
                options.parameter("licence"), options.parameter("sourceUri"), options.parameter("description"));
        batch.scope(set)
                .snapshot(List.of(NodeLabel.MAPPING_SET), List.of(RelType.MAPS_TO));
        if (files.size() != 1) {
            throw new ImportException(null, null, null, "a crosswalk import is one CSV file, not " + files.size());
        }
        CrosswalkReader.read(files.getFirst(), info, batch);
    }
}
