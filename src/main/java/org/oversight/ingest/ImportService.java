package org.oversight.ingest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.ImportActivity;
import org.oversight.graph.GraphWriter;
import org.oversight.graph.ImportReport;
import org.oversight.graph.ImportRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Runs one import: the source's importer reads the files into a batch (nothing written yet, so a
 * bad file changes nothing), then the {@link GraphWriter} writes it, part by part.
 */
@Service
@EnableConfigurationProperties(ImportProperties.class)
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** Parameters every source takes. */
    public static final Map<String, String> COMMON_PARAMETERS = Map.of(
            "snapshot", "true if the files are a full snapshot of their source: what they lack becomes stale",
            "graceDays", "with a snapshot: mark nodes stale for longer than this many days as deleted");

    private final Map<String, Importer> importers;
    private final GraphWriter writer;
    private final ImportRuns runs;
    private final ImportActivity activity;

    ImportService(List<Importer> importers, GraphWriter writer, ImportRuns runs, ImportActivity activity) {
        this.importers = importers.stream().collect(Collectors.toMap(Importer::source, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("Two importers for source " + a.source());
                }, TreeMap::new));
        this.writer = writer;
        this.runs = runs;
        this.activity = activity;
    }

    public List<Importer> importers() {
        return List.copyOf(importers.values());
    }

    public Importer importer(String source) {
        Importer importer = importers.get(source);
        if (importer == null) {
            throw new UnknownSourceException(source, importers.keySet());
        }
        return importer;
    }

    /**
     * Checks the parameters, reads the files and writes what they hold. A refusal (bad input) is
     * recorded as a REFUSED run before it reaches the caller; nothing else is written.
     */
    public ImportReport run(String source, Uploads.Upload upload, String origin, ImportOptions options) {
        return activity.during(() -> readAndWrite(source, upload, origin, options));
    }

    private ImportReport readAndWrite(String source, Uploads.Upload upload, String origin, ImportOptions options) {
        Importer importer = importer(source);
        GraphBatch batch;
        long started = System.nanoTime();
        try {
            batch = read(importer, upload, options);
            log.debug("Import of {} read {} nodes and {} relationships in {} ms", origin, batch.nodes().size(),
                    batch.relationships().size(), (System.nanoTime() - started) / 1_000_000);
        } catch (ImportException e) {
            runs.refuse(source, origin, upload.sha256(), e.getMessage());
            throw e;
        }
        return writer.write(batch.withInput(origin, upload.sha256(), options.graceDays()));
    }

    private GraphBatch read(Importer importer, Uploads.Upload upload, ImportOptions options) {
        String source = importer.source();
        for (String name : options.parameters().keySet()) {
            if (!importer.parameters().containsKey(name)) {
                throw new ImportException(null, null, name, "unknown parameter for source '" + source + "'; it takes "
                        + new TreeMap<>(importer.parameters()).keySet() + " and " + COMMON_PARAMETERS.keySet());
            }
        }
        if (options.graceDays() != null && !options.snapshot()) {
            throw new ImportException(null, null, "graceDays", "a grace period only applies to a snapshot (snapshot=true)");
        }
        return importer.read(upload.files(), options);
    }
}
