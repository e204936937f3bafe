package org.oversight.ingest.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
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

/** Source {@code bundle}: graph bundle files (YAML or JSON) in the vocabulary of the graph model. */
@Component
class GraphBundleImporter implements Importer {

    @Override
    public String source() {
        return "bundle";
    }

    @Override
    public String description() {
        return "Oversight graph bundles: nodes by label and relationships by type, as YAML or JSON";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("scope", "name of the part of the inventory the bundle describes, for snapshots",
                GraphBundleReader.RELATIVE_TO, "the day (yyyy-MM-dd) that relative dates such as now-30d count from, "
                        + "at 00:00 UTC; a bundle with relative dates is refused without it");
    }

    @Override
    public void read(List<ImportFile> files, ImportOptions options, GraphBatch.Builder batch) {
        batch.scope(options.parameter("scope"));
        if (options.snapshot()) {
            batch.snapshot(Arrays.stream(NodeLabel.values())
                    .filter(label -> !label.isOversightRecord()).toList(),
                    List.of(RelType.values()));
        }
        GraphBundleReader reader = new GraphBundleReader(relativeTo(options));
        for (ImportFile file : files) {
            try (InputStream in = file.open()) {
                reader.read(file.name(), in, batch);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The day relative dates count from, or null when the import gives none. */
    private static LocalDate relativeTo(ImportOptions options) {
        String day = options.parameter(GraphBundleReader.RELATIVE_TO);
        try {
            return day == null ? null : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new ImportException(null, null, GraphBundleReader.RELATIVE_TO,
                    "parameter '" + GraphBundleReader.RELATIVE_TO + "' is a date yyyy-MM-dd, not '" + day + "'", e);
        }
    }
}
