package org.oversight.ingest.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.oversight.graph.GraphBatch;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;

/** Damaged real exports are refused with an ImportException naming the file, never with anything else. */
class AwsIamImporterPropertiesTest {

    private static final List<String> JSON_EXPORTS = List.of(AwsIamFixtures.CLOUDSPLAINING,
            AwsIamFixtures.CLOUDSPLAINING_V2, AwsIamFixtures.CLOUDMAPPER_AUTHZ, AwsIamFixtures.CLOUDMAPPER_REPORT);

    /** A real file and a fraction of the way into it. */
    record Cut(String name, double fraction) {
    }

    /** A real file and byte changes: positions as fractions of its length, and the bytes to put there. */
    record Corruption(String name, List<Double> positions, List<Byte> values) {
    }

    @Provide
    Arbitrary<Cut> jsonCuts() {
        return Combinators.combine(Arbitraries.of(JSON_EXPORTS), Arbitraries.doubles().between(0, 1)).as(Cut::new);
    }

    @Provide
    Arbitrary<Cut> csvCuts() {
        return Arbitraries.doubles().between(0, 1).map(fraction -> new Cut(AwsIamFixtures.CLOUDMAPPER_REPORT_CSV, fraction));
    }

    @Provide
    Arbitrary<Corruption> corruptions() {
        return Arbitraries.integers().between(1, 6).flatMap(count -> Combinators.combine(
                Arbitraries.of(AwsIamFixtures.REAL_EXPORTS),
                Arbitraries.doubles().between(0, 1).list().ofSize(count),
                Arbitraries.bytes().list().ofSize(count)).as(Corruption::new));
    }

    @Property(tries = 200)
    void aJsonExportCutAnywhereBeforeItsEndIsRefused(@ForAll("jsonCuts") Cut cut) throws IOException {
        byte[] bytes = Files.readAllBytes(AwsIamFixtures.path(cut.name()));
        int lastBrace = lastIndexOf(bytes, (byte) '}');
        // anywhere from the first byte to just before the closing brace
        int length = (int) Math.min(lastBrace, Math.floor(cut.fraction() * lastBrace));
        Path file = write(cut.name(), java.util.Arrays.copyOf(bytes, length));
        try {
            assertThatThrownBy(() -> read(file, cut.name())).isInstanceOf(ImportException.class)
                    .satisfies(e -> assertThat(((ImportException) e).file()).isEqualTo(cut.name()));
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 100)
    void aCredentialReportCsvCutAnywhereIsRefusedOrRead(@ForAll("csvCuts") Cut cut) throws IOException {
        byte[] bytes = Files.readAllBytes(AwsIamFixtures.path(cut.name()));
        Path file = write(cut.name(), java.util.Arrays.copyOf(bytes, (int) (cut.fraction() * bytes.length)));
        try {
            refusedOrRead(file, cut.name());
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 200)
    void aCorruptedExportIsRefusedOrRead(@ForAll("corruptions") Corruption corruption) throws IOException {
        byte[] bytes = Files.readAllBytes(AwsIamFixtures.path(corruption.name()));
        for (int i = 0; i < corruption.positions().size(); i++) {
            int at = (int) Math.min(bytes.length - 1, corruption.positions().get(i) * bytes.length);
            bytes[at] = corruption.values().get(i);
        }
        Path file = write(corruption.name(), bytes);
        try {
            refusedOrRead(file, corruption.name());
        } finally {
            Files.delete(file);
        }
    }

    private static void refusedOrRead(Path file, String name) {
        try {
            GraphBatch batch = read(file, name);
            assertThat(batch).isNotNull();
        } catch (ImportException e) {
            assertThat(e.file()).isNotNull().contains(name);
        }
    }

    private static GraphBatch read(Path file, String name) {
        return new AwsIamImporter().read(List.of(new ImportFile(name, file)), ImportOptions.snapshot(java.util.Map.of()));
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        Path file = Files.createTempFile("aws-iam-", "-" + name);
        Files.write(file, bytes);
        return file;
    }

    private static int lastIndexOf(byte[] bytes, byte value) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException("no closing brace");
    }
}
