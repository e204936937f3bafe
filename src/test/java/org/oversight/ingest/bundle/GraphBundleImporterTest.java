package org.oversight.ingest.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.graph.GraphBatch;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;

/** The importer is pure: what a bundle's relative dates mean is given with the import, never read from the clock. */
class GraphBundleImporterTest {

    private static final String LEAVER = "nodes: {Human: [{id: b@example.com, status: LEAVER, leftAt: now-30d}]}";

    @TempDir
    Path dir;

    @Test
    void relativeDatesCountFromTheDayTheImportGives() throws IOException {
        GraphBatch batch = new GraphBundleImporter().read(List.of(file(LEAVER)), options(Map.of("relativeTo", "2026-12-07")));

        assertThat(batch.nodes()).singleElement().satisfies(human -> assertThat(human.properties())
                .containsEntry("leftAt", OffsetDateTime.parse("2026-11-07T00:00:00Z")));
        assertThat(new GraphBundleImporter().parameters()).containsKey("relativeTo");
    }

    @Test
    void aBundleWithRelativeDatesIsRefusedWithoutADayAndABadDayIsRefused() throws IOException {
        ImportFile file = file(LEAVER);

        assertThatThrownBy(() -> new GraphBundleImporter().read(List.of(file), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("people.yaml, nodes.Human[0], field 'leftAt': 'now-30d' is a relative date")
                .hasMessageContaining("relativeTo=");
        assertThatThrownBy(() -> new GraphBundleImporter().read(List.of(file), options(Map.of("relativeTo", "7 Dec 2026"))))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("'relativeTo' is a date yyyy-MM-dd, not '7 Dec 2026'");
    }

    private ImportFile file(String yaml) throws IOException {
        Path path = Files.writeString(dir.resolve("people.yaml"), yaml, StandardCharsets.UTF_8);
        return ImportFile.of(path);
    }

    private static ImportOptions options(Map<String, String> parameters) {
        return new ImportOptions(false, null, parameters);
    }
}
