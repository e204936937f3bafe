package org.oversight.ingest.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.oversight.graph.GraphBatch;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;

/**
 * Damaged copies of the real files: a cut copy is always refused, a corrupted one is refused or
 * read, and in no case does anything but an {@link ImportException} naming the file come out.
 */
class CycloneDxFuzzTest {

    @Provide
    Arbitrary<String> realFiles() {
        return Arbitraries.of(CycloneDxFiles.REAL_FILES);
    }

    @Property(tries = 200)
    void aFileCutAnywhereBeforeItsEndIsRefused(@ForAll("realFiles") String name,
                                               @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double where) {
        byte[] content = CycloneDxFiles.bytes(name);
        // up to the last character that is not white space: the closing brace or tag is always lost
        int cut = (int) (where * lastSignificantByte(content));

        withCopy(name, Arrays.copyOf(content, cut), file ->
                assertThatThrownBy(() -> read(name, file))
                        .isInstanceOf(ImportException.class)
                        .hasMessageStartingWith(name));
    }

    @Property(tries = 200)
    void aCorruptedFileIsRefusedOrRead(@ForAll("realFiles") String name, @ForAll @IntRange(min = 1, max = 8) int bytes,
                                       @ForAll long seed) {
        byte[] content = CycloneDxFiles.bytes(name).clone();
        Random random = new Random(seed);
        for (int i = 0; i < bytes; i++) {
            content[random.nextInt(content.length)] = (byte) random.nextInt(256);
        }

        withCopy(name, content, file -> {
            try {
                GraphBatch batch = read(name, file);
                assertThat(batch.scope()).startsWith("ai:");
            } catch (ImportException e) {
                assertThat(e.getMessage()).startsWith(name);
            }
        });
    }

    private static GraphBatch read(String name, ImportFile file) {
        return new CycloneDxImporter().read(List.of(file), new ImportOptions(false, null, CycloneDxFiles.parametersFor(name)));
    }

    private static int lastSignificantByte(byte[] content) {
        int last = content.length - 1;
        while (last > 0 && Character.isWhitespace(content[last])) {
            last--;
        }
        return last;
    }

    /** Runs the check on a copy in a temporary folder of its own, named like the original. */
    private static void withCopy(String name, byte[] content, java.util.function.Consumer<ImportFile> check) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("cyclonedx-fuzz");
            check.accept(ImportFile.of(Files.write(folder.resolve(name), content)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (folder != null) {
                try {
                    Files.deleteIfExists(folder.resolve(name));
                    Files.deleteIfExists(folder);
                } catch (IOException e) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }
}
