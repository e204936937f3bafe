package org.oversight.ingest.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.Importer;
import org.springframework.stereotype.Component;

/** Source {@code bundle}: graph bundle files (YAML or JSON) in the vocabulary of the graph model. */
@Component
class GraphBundleImporter implements Importer {

    private final Clock clock;

    GraphBundleImporter(Clock clock) {
        this.clock = clock;
    }

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
        return Map.of("scope", "name of the part of the inventory the bundle describes, for snapshots");
    }

    @Override
    public void read(List<ImportFile> files, ImportOptions options, GraphBatch.Builder batch) {
        batch.scope(options.parameter("scope"));
        if (options.snapshot()) {
            batch.snapshot(Arrays.stream(NodeLabel.values())
                    .filter(label -> !label.isOversightRecord()).toList(),
                    List.of(RelType.values()));
        }
        GraphBundleReader reader = new GraphBundleReader(OffsetDateTime.now(clock));
        for (ImportFile file : files) {
            try (InputStream in = file.open()) {
                reader.read(file.name(), in, batch);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
