package org.oversight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The fuzz corpus of the importers that have no shape of their own to break: a real file cut short
 * or with bytes overwritten must be read or refused with an ImportException naming the file, never
 * fail otherwise.
 */
public final class Corruption {

    private Corruption() {
    }

    public static byte[] cut(byte[] content, double where) {
        return Arrays.copyOf(content, (int) (where * content.length));
    }

    public static byte[] overwrite(byte[] content, List<Integer> offsets, List<Byte> values) {
        byte[] copy = content.clone();
        for (int i = 0; i < offsets.size(); i++) {
            copy[offsets.get(i) % copy.length] = values.get(i);
        }
        return copy;
    }

    /** Writes the bytes to a file named {@code name} and reads it; a refusal must name that file. */
    public static void refusedOrRead(String name, byte[] content, Function<ImportFile, Object> read) throws IOException {
        Path folder = Files.createTempDirectory("fuzz");
        Path path = folder.resolve(name);
        try {
            Files.write(path, content);
            assertThat(read.apply(new ImportFile(name, path))).isNotNull();
        } catch (ImportException e) {
            assertThat(e.file()).as(e.getMessage()).isIn(name, null);
        } finally {
            Files.deleteIfExists(path);
            Files.deleteIfExists(folder);
        }
    }
}
