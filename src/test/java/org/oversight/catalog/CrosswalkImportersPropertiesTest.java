package org.oversight.catalog;

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

/** Whatever is done to a crosswalk CSV or an OSCAL mapping, its importer reads it or refuses it naming the file. */
class CrosswalkImportersPropertiesTest {

    private static final Path CSV = Path.of("importers/catalogs/crosswalks/nist-ai-rmf-to-nist-csf-2.csv");
    private static final Path OSCAL = Path.of("src/test/resources/catalog/oscal-mapping.json");
    private static final ImportOptions CSV_OPTIONS = new ImportOptions(false, null,
            Map.of("set", "fuzz", "from", "NIST_AI_RMF", "to", "NIST_CSF_2", "provider", "fuzz"));
    private static final ImportOptions OSCAL_OPTIONS = new ImportOptions(false, null,
            Map.of("from", "NIST_AI_RMF", "to", "NIST_CSF_2"));

    @Property(tries = 100)
    void aCrosswalkCsvCutOrCorruptedIsRefusedOrRead(@ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double where,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1_000_000) Integer> offsets,
            @ForAll @Size(8) List<Byte> values) throws IOException {
        byte[] content = Files.readAllBytes(CSV);
        Corruption.refusedOrRead("links.csv", Corruption.cut(content, where),
                file -> new CrosswalkCsvImporter().read(List.of(file), CSV_OPTIONS));
        Corruption.refusedOrRead("links.csv", Corruption.overwrite(content, offsets, values),
                file -> new CrosswalkCsvImporter().read(List.of(file), CSV_OPTIONS));
    }

    @Property(tries = 100)
    void anOscalMappingCutOrCorruptedIsRefusedOrRead(@ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double where,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1_000_000) Integer> offsets,
            @ForAll @Size(8) List<Byte> values) throws IOException {
        byte[] content = Files.readAllBytes(OSCAL);
        Corruption.refusedOrRead("mapping.json", Corruption.cut(content, where),
                file -> new OscalMappingImporter().read(List.of(file), OSCAL_OPTIONS));
        Corruption.refusedOrRead("mapping.json", Corruption.overwrite(content, offsets, values),
                file -> new OscalMappingImporter().read(List.of(file), OSCAL_OPTIONS));
    }
}
