package org.oversight.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * bad file changes nothing), then the {@link GraphWriter} writes it, part by part. An import of
 * more records than {@code oversight.import.records-in-memory} is not held: the first reading
 * only validates it, and a second one hands the writer each part as it is read.
 */
@Service
@EnableConfigurationProperties(ImportProperties.class)
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** Parameters every source takes. */
    public static final Map<String, String> COMMON_PARAMETERS = Map.of(
            "snapshot", "true if the files are a full snapshot of their source: what they lack becomes stale",
            "graceDays", "with a snapshot: mark nodes stale for longer than this many days as deleted");

    /** Records per part handed to the writer when an import is streamed: a few transactions' worth. */
    static final int STREAMED_PART = 50_000;

    private final Map<String, Importer> importers;
    private final GraphWriter writer;
    private final ImportRuns runs;
    private final ImportActivity activity;
    private final int recordsInMemory;

    ImportService(List<Importer> importers, GraphWriter writer, ImportRuns runs, ImportActivity activity,
            ImportProperties properties) {
        this.importers = importers.stream().collect(Collectors.toMap(Importer::source, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("Two importers for source " + a.source());
                }, TreeMap::new));
        this.writer = writer;
        this.runs = runs;
        this.activity = activity;
        this.recordsInMemory = properties.recordsInMemory();
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
            batch = read(importer, upload, options, GraphBatch.builder(source).origin(origin).sha256(upload.sha256())
                    .graceDays(options.graceDays()).holdAtMost(recordsInMemory));
            if (batch.whole()) {
                log.debug("Import of {} read {} nodes and {} relationships in {} ms", origin, batch.nodes().size(),
                        batch.relationships().size(), (System.nanoTime() - started) / 1_000_000);
            } else {
                log.info("Import of {} holds more than {} records: validated in {} ms, it is read again and written as it is read",
                        origin, recordsInMemory, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (ImportException e) {
            runs.refuse(source, origin, upload.sha256(), e.getMessage());
            throw e;
        }
        if (!batch.scopes().isEmpty()) {
            if (options.scope() != null) {
                throw new IllegalStateException("Asked to read scope " + options.scope() + " of " + origin + ", the "
                        + source + " importer found several: " + batch.scopes());
            }
            return eachScope(source, upload, origin, options, batch.scopes());
        }
        if (batch.whole()) {
            return writer.write(batch);
        }
        return stream(importer, upload, options, batch);
    }

    /**
     * An input that holds several scopes (a merged export of several AWS accounts) is imported
     * once per scope, each its own run with its own lock and snapshot, so that a snapshot of one
     * scope never touches another. A scope that fails leaves the ones before it written.
     */
    private ImportReport eachScope(String source, Uploads.Upload upload, String origin, ImportOptions options,
            List<String> scopes) {
        log.info("Import of {} holds {} scopes of {}: {}; each is imported as its own run", origin, scopes.size(),
                source, scopes);
        List<ImportReport> reports = new ArrayList<>();
        for (String scope : scopes) {
            ImportReport report = readAndWrite(source, upload, origin, options.withScope(scope));
            if (!Objects.equals(report.scope(), scope)) {
                throw new IllegalStateException("Asked to read scope " + scope + " of " + origin + ", the "
                        + source + " importer read " + report.scope());
            }
            reports.add(report);
        }
        return ImportReport.ofRuns(reports);
    }

    /**
     * Reads a validated input again and writes each part as the importer fills it: only a part,
     * and the keys of what was written, are held. The warnings are those of the first reading.
     */
    private ImportReport stream(Importer importer, Uploads.Upload upload, ImportOptions options, GraphBatch validated) {
        GraphWriter.Write write = writer.open(validated);
        try {
            GraphBatch.Builder parts = validated.sameInput().streamTo(STREAMED_PART, write::part);
            importer.read(upload.files(), options, parts);
            GraphBatch last = parts.build();
            if (!Objects.equals(last.scope(), validated.scope())) {
                throw new IllegalStateException("The second reading of " + validated.origin() + " found scope "
                        + last.scope() + ", the first " + validated.scope());
            }
            return write.finish();
        } catch (RuntimeException e) {
            throw write.fail(e);
        }
    }

    private GraphBatch read(Importer importer, Uploads.Upload upload, ImportOptions options, GraphBatch.Builder batch) {
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
        importer.read(upload.files(), options, batch);
        return batch.build();
    }
}
