package org.oversight.ingest.entra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.ingest.entra.EntraTestFiles.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.oversight.graph.GraphBatch;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;

/** Whatever is done to a real export, the importer answers with a batch or an ImportException naming the file. */
class EntraImporterPropertiesTest {

    private static final List<String> REAL_FILES = List.of(APPLICATIONS, SERVICE_PRINCIPALS, FEDERATED_CREDENTIALS,
            APP_ROLE_ASSIGNMENTS, APPLICATION_PERMISSIONS, PERMISSION_CACHE, GRAPH_RESOURCE_SP, RAW_SERVICE_PRINCIPALS);

    private static Path folder;

    @BeforeContainer
    static void createFolder() throws IOException {
        folder = Files.createTempDirectory("entra-properties");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> realFiles() {
        return Arbitraries.of(REAL_FILES);
    }

    @Property(tries = 200)
    void aFileCutBeforeItsLastBracketIsRefused(@ForAll("realFiles") String name,
                                               @ForAll @IntRange(min = 0, max = 1 << 20) int offset) {
        byte[] whole = bytes(name);
        int cut = offset % (lastBracket(whole) + 1);
        ImportFile truncated = writeBytes(folder, name, Arrays.copyOf(whole, cut));

        assertThatThrownBy(() -> importer().read(List.of(truncated), parentFor(name)))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).file()).isEqualTo(name));
    }

    @Property(tries = 200)
    void aCorruptedFileIsReadOrRefusedNamingTheFile(@ForAll("realFiles") String name,
                                                    @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1 << 20) Integer> positions,
                                                    @ForAll @Size(8) List<Byte> values) {
        byte[] corrupted = bytes(name);
        for (int i = 0; i < positions.size(); i++) {
            corrupted[positions.get(i) % corrupted.length] = values.get(i);
        }
        ImportFile file = writeBytes(folder, name, corrupted);

        try {
            GraphBatch batch = importer().read(List.of(file), parentFor(name));
            assertThat(batch.source()).isEqualTo("entra");
        } catch (ImportException refused) {
            assertThat(refused.file()).isEqualTo(name);
        }
    }

    /** The federated credentials file is read only with its application given. */
    private static ImportOptions parentFor(String name) {
        return name.equals(FEDERATED_CREDENTIALS) ? parameters(Map.of("parent", "00000000-0000-0000-0000-000000000001"))
                : ImportOptions.defaults();
    }

    /** Where the closing bracket of the top-level value starts, skipping trailing line ends and UTF-16's zero bytes. */
    private static int lastBracket(byte[] content) {
        int index = content.length - 1;
        while (index > 0 && (content[index] == 0 || Character.isWhitespace(content[index]))) {
            index--;
        }
        assertThat((char) content[index]).isIn(']', '}');
        return index;
    }
}
