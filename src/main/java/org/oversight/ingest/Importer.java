package org.oversight.ingest;

import java.util.List;
import java.util.Map;

import org.oversight.graph.GraphBatch;

/**
 * Turns the export of one source into a {@link GraphBatch}: parse, validate and map, with no
 * database in sight, so each importer is tested with files alone. Implementations are Spring
 * beans; {@link #source()} is the {@code {source}} of {@code POST /api/imports/{source}}.
 *
 * <p>Rules every importer follows: bad input raises {@link ImportException} naming file, record
 * and field; nothing the file holds is dropped silently (skipped records become warnings on the
 * batch); secret values are never copied into the graph, only their metadata.
 */
public interface Importer {

    /** The source name, lower-case words joined by '-', e.g. {@code aws-iam}. */
    String source();

    /** What the source reads, in a sentence, for listings and errors. */
    String description();

    /** Parameters the source understands, with what each means. */
    default Map<String, String> parameters() {
        return Map.of();
    }

    /**
     * Reads the files of one import into {@code batch}. The batch may hand what it holds to the
     * writer as it fills (a large import is read twice: once to validate, once to write), so an
     * importer adds records as it reads, sets the scope and snapshot it finds, and never reads
     * back what it added.
     */
    void read(List<ImportFile> files, ImportOptions options, GraphBatch.Builder batch);

    /** Reads the files of one import into a batch held in memory, as tests and small imports do. */
    default GraphBatch read(List<ImportFile> files, ImportOptions options) {
        GraphBatch.Builder batch = GraphBatch.builder(source());
        read(files, options, batch);
        return batch.build();
    }
}
