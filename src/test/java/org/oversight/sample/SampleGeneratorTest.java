package org.oversight.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The committed sample is what its generator makes: nobody edits the files by hand, and nobody
 * forgets to regenerate. With {@code -Dsample.regenerate=true} it writes the files first.
 */
class SampleGeneratorTest {

    @Test
    void regeneratingGivesTheCommittedFiles() throws IOException {
        SampleGenerator sample = SampleGenerator.generated(Path.of(""));
        if (Boolean.getBoolean("sample.regenerate")) {
            sample.write(SampleFiles.FOLDER);
        }
        Map<String, String> generated = sample.files();

        Map<String, String> committed;
        try (Stream<Path> files = Files.list(SampleFiles.FOLDER)) {
            committed = files.filter(f -> f.toString().endsWith(".yaml")).collect(Collectors.toMap(
                    f -> f.getFileName().toString(), f -> read(f)));
        }
        assertThat(committed.keySet()).as("sample files").containsExactlyInAnyOrderElementsOf(generated.keySet());
        generated.forEach((file, content) -> assertThat(firstDifference(committed.get(file), content))
                .as("%s differs from what the generator makes; run %s", file, SampleGenerator.COMMAND)
                .isEmpty());
    }

    /** The first line where the two texts differ, as both give it; empty when they are equal. */
    private static String firstDifference(String committed, String generated) {
        List<String> was = committed.lines().toList();
        List<String> is = generated.lines().toList();
        for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
            String a = i < was.size() ? was.get(i) : "(end of file)";
            String b = i < is.size() ? is.get(i) : "(end of file)";
            if (!a.equals(b)) {
                return "line " + (i + 1) + ":\n  committed: " + a + "\n  generated: " + b;
            }
        }
        return committed.equals(generated) ? "" : "line endings differ";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
