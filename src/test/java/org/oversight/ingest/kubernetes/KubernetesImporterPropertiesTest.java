package org.oversight.ingest.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.oversight.ingest.kubernetes.KubernetesFixtures.KUBECTL_JSON;
import static org.oversight.ingest.kubernetes.KubernetesFixtures.MIXED_YAML;
import static org.oversight.ingest.kubernetes.KubernetesFixtures.REAL_FILES;
import static org.oversight.ingest.kubernetes.KubernetesFixtures.bytes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.oversight.graph.GraphBatch;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;

/**
 * Damaged copies of the test files: the importer refuses them with an {@link ImportException}
 * naming the file, or (for corruption that leaves valid input) reads them, and never fails with
 * any other exception.
 */
class KubernetesImporterPropertiesTest {

    private static final List<String> FILES = Stream.concat(REAL_FILES.stream(), Stream.of(KUBECTL_JSON, MIXED_YAML))
            .toList();

    private static Path folder;

    @BeforeContainer
    static void createFolder() throws IOException {
        folder = Files.createTempDirectory("k8s-importer-properties");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @Provide
    Arbitrary<String> files() {
        return Arbitraries.of(FILES);
    }

    /** Bytes that change a document's structure more often than random ones do, and random ones. */
    @Provide
    Arbitrary<Byte> corruptBytes() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of((byte) ':', (byte) '-', (byte) '\n', (byte) ' ', (byte) '"',
                        (byte) '{', (byte) '[', (byte) '}', (byte) '#', (byte) '*', (byte) '&', (byte) '\t')),
                Tuple.of(1, Arbitraries.bytes()));
    }

    /**
     * A file cut anywhere inside its content. JSON cut short is always refused. YAML cut inside a
     * line is refused (a complete file ends with a line break); YAML cut right after a line break
     * can be a shorter valid file, which YAML cannot tell apart, so it is refused or read.
     */
    @Property(tries = 200)
    void aTruncatedFileIsRefused(@ForAll("files") String name,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double where) {
        byte[] content = bytes(name);
        int cut = (int) (where * contentLength(content));
        byte[] truncated = Arrays.copyOf(content, cut);
        boolean yamlCutAfterLineBreak = name.endsWith(".yaml") && cut > 0 && truncated[cut - 1] == '\n';

        Throwable thrown = catchThrowable(() -> read(name, truncated));

        if (yamlCutAfterLineBreak && thrown == null) {
            return;
        }
        assertThat(thrown).as("cut at %d of %d", cut, content.length).isInstanceOf(ImportException.class);
        assertThat(((ImportException) thrown).file()).isEqualTo(name);
    }

    @Property(tries = 200)
    void aCorruptedFileIsRefusedOrRead(@ForAll("files") String name,
            @ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = 0, max = 1, maxIncluded = false) Double> positions,
            @ForAll @Size(min = 8, max = 8) List<@From("corruptBytes") Byte> values) {
        byte[] corrupted = bytes(name);
        for (int i = 0; i < positions.size(); i++) {
            corrupted[(int) (positions.get(i) * corrupted.length)] = values.get(i);
        }

        Throwable thrown = catchThrowable(() -> read(name, corrupted));

        if (thrown != null) {
            assertThat(thrown).isInstanceOf(ImportException.class);
            assertThat(((ImportException) thrown).file()).isEqualTo(name);
        }
    }

    /** The length without trailing white space: a cut in there removes content. */
    private static int contentLength(byte[] content) {
        int length = content.length;
        while (length > 0 && Character.isWhitespace(content[length - 1])) {
            length--;
        }
        return length;
    }

    private static GraphBatch read(String name, byte[] content) {
        try {
            Path path = Files.createTempFile(folder, "damaged", ".tmp");
            try {
                Files.write(path, content);
                return KubernetesFixtures.read(new ImportFile(name, path));
            } finally {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
