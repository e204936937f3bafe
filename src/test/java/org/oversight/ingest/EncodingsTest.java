package org.oversight.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text of a file as Windows tools, PowerShell and everyone else write it. */
class EncodingsTest {

    private static final String CSV = "email,name\nzoë@example.com,Zoë\n";

    @TempDir
    Path folder;

    @Test
    void aByteOrderMarkNamesTheEncodingAndIsNotPartOfTheText() throws IOException {
        for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            ImportFile file = write("people-" + charset.name() + ".csv", withBom(charset, CSV));
            try (Reader reader = Encodings.reader(file)) {
                assertThat(reader.readAllAsString()).as(charset.name()).isEqualTo(CSV);
            }
            assertThat(Encodings.charset(file)).isEqualTo(charset);
            assertThat(Encodings.firstLine(file)).isEqualTo("email,name");
        }
        assertThat(Encodings.charset(write("plain.csv", CSV.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void csvRowsReadTheSameWhateverTheEncoding() {
        List<String> names = new ArrayList<>();
        Csv.read(write("people.csv", withBom(StandardCharsets.UTF_16LE, CSV)), List.of("email"),
                (file, row) -> names.add(row.get("name")));
        assertThat(names).containsExactly("Zoë");
    }

    @Test
    void jsonIsToldFromOtherTextAfterAnyMarkBlankOrZeroByte() {
        assertThat(Encodings.firstNonBlank(write("a.json", withBom(StandardCharsets.UTF_16LE, "\n  {\"a\": 1}"))))
                .isEqualTo('{');
        assertThat(Encodings.firstNonBlank(write("b.json", " \0[\0".getBytes(StandardCharsets.ISO_8859_1))))
                .isEqualTo('[');
        assertThat(Encodings.firstNonBlank(write("c.csv", CSV.getBytes(StandardCharsets.UTF_8)))).isEqualTo('e');
        assertThat(Encodings.firstNonBlank(write("blank.txt", " \n\t".getBytes(StandardCharsets.UTF_8)))).isEqualTo(-1);
        assertThat(Encodings.firstNonBlank(write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xC3})))
                .isEqualTo('\uFFFD');
    }

    @Test
    void bytesThatAreNotTextFailTheReadNamingTheFile() {
        ImportFile latin1 = write("latin1.csv", "email,name\nzoe@example.com,Zo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Csv.read(latin1, List.of("email"), (file, row) -> { }))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("latin1.csv");
    }

    private ImportFile write(String name, byte[] bytes) {
        try {
            return ImportFile.of(Files.write(folder.resolve(name), bytes));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] withBom(Charset charset, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("\uFEFF".getBytes(charset));
        bytes.writeBytes(text.getBytes(charset));
        return bytes.toByteArray();
    }
}
