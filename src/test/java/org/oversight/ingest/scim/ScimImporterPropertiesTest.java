package org.oversight.ingest.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.oversight.graph.GraphBatch;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;

/** Whatever is done to a real export, the importer answers with a batch or an ImportException naming the file. */
class ScimImporterPropertiesTest {

    @Provide
    Arbitrary<String> readableFiles() {
        return Arbitraries.of(ScimFixtures.READABLE);
    }

    @Property(tries = 200)
    void aFileCutShortIsRefused(@ForAll("readableFiles") String name,
                                @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double where)
            throws IOException {
        byte[] content = Files.readAllBytes(ScimFixtures.path(name));
        int closingBrace = lastIndexOf(content, (byte) '}');
        byte[] truncated = Arrays.copyOf(content, (int) (where * closingBrace));

        withFile(truncated, path -> assertThatThrownBy(() -> read(name, path))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.file()).isEqualTo(name)));
    }

    @Property(tries = 200)
    void aCorruptedFileIsRefusedOrRead(@ForAll("readableFiles") String name,
                                       @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1_000_000) Integer> offsets,
                                       @ForAll @Size(8) List<Byte> values) throws IOException {
        byte[] content = Files.readAllBytes(ScimFixtures.path(name));
        for (int i = 0; i < offsets.size(); i++) {
            content[offsets.get(i) % content.length] = values.get(i);
        }

        withFile(content, path -> {
            try {
                GraphBatch batch = read(name, path);
                assertThat(batch.source()).isEqualTo("scim");
            } catch (ImportException e) {
                assertThat(e.file()).isEqualTo(name);
            }
        });
    }

    private static GraphBatch read(String name, Path path) {
        return ScimFixtures.importer().read(List.of(new ImportFile(name, path)), ImportOptions.defaults());
    }

    private interface PathCheck {
        void check(Path path) throws IOException;
    }

    private static void withFile(byte[] content, PathCheck check) throws IOException {
        Path path = Files.createTempFile("scim-property", ".json");
        try {
            Files.write(path, content);
            check.check(path);
        } finally {
            Files.deleteIfExists(path);
        }
    }

    private static int lastIndexOf(byte[] content, byte value) {
        for (int i = content.length - 1; i >= 0; i--) {
            if (content[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException("no closing brace");
    }
}
