package org.oversight.ingest.hr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.oversight.graph.GraphBatch;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;

/**
 * Whatever is done to the HR file, the importer answers with a batch or an ImportException naming
 * the file. A CSV cut after a whole row is still a valid CSV, so a cut copy may also be read.
 */
class HrCsvImporterPropertiesTest {

    private static final String PEOPLE = "people.csv";

    @Property(tries = 200)
    void aFileCutShortIsRefusedOrRead(@ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double where)
            throws IOException {
        byte[] content = Files.readAllBytes(HrCsvImporterTest.path(PEOPLE));
        refusedOrRead(Arrays.copyOf(content, (int) (where * content.length)));
    }

    @Property(tries = 200)
    void aCorruptedFileIsRefusedOrRead(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1_000_000) Integer> offsets,
                                       @ForAll @Size(8) List<Byte> values) throws IOException {
        byte[] content = Files.readAllBytes(HrCsvImporterTest.path(PEOPLE));
        for (int i = 0; i < offsets.size(); i++) {
            content[offsets.get(i) % content.length] = values.get(i);
        }
        refusedOrRead(content);
    }

    private static void refusedOrRead(byte[] content) throws IOException {
        Path path = Files.createTempFile("hr-property", ".csv");
        try {
            Files.write(path, content);
            GraphBatch batch = new HrCsvImporter().read(List.of(new ImportFile(PEOPLE, path)), ImportOptions.defaults());
            assertThat(batch.source()).isEqualTo("hr-csv");
        } catch (ImportException e) {
            assertThat(e.file()).isEqualTo(PEOPLE);
        } finally {
            Files.deleteIfExists(path);
        }
    }
}
