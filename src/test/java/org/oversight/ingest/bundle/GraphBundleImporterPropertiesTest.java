package org.oversight.ingest.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.oversight.ingest.Corruption;
import org.oversight.ingest.ImportOptions;

/** Whatever is done to a graph bundle (the sample's people file), the importer reads it or refuses it naming the file. */
class GraphBundleImporterPropertiesTest {

    private static final Path FILE = Path.of("importers/samples/kestrel/people.yaml");
    private static final ImportOptions OPTIONS = new ImportOptions(false, null, Map.of("relativeTo", "2026-12-07"));

    @Property(tries = 100)
    void aFileCutShortIsRefusedOrRead(@ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double where) throws IOException {
        check(Corruption.cut(Files.readAllBytes(FILE), where));
    }

    @Property(tries = 100)
    void aCorruptedFileIsRefusedOrRead(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1_000_000) Integer> offsets,
                                       @ForAll @Size(8) List<Byte> values) throws IOException {
        check(Corruption.overwrite(Files.readAllBytes(FILE), offsets, values));
    }

    private static void check(byte[] content) throws IOException {
        Corruption.refusedOrRead("people.yaml", content,
                file -> new GraphBundleImporter().read(List.of(file), OPTIONS));
    }
}
