package org.oversight.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * How every importer reads the text of a file: a byte order mark (UTF-8, UTF-16 little or big
 * endian, as Windows tools and PowerShell write them) names the encoding and is skipped; without
 * one the text is UTF-8. Bytes that are not text in that encoding fail the read instead of
 * becoming replacement characters. {@link Csv} and the YAML readers read through it; {@link Json}
 * leaves it to Jackson, which detects the same encodings.
 */
public final class Encodings {

    /** How far into a file its kind is looked for. */
    private static final int SNIFFED_CHARACTERS = 4096;

    private Encodings() {
    }

    /** The file's text, after its byte order mark, decoded strictly. */
    public static Reader reader(ImportFile file) {
        return reader(file.open(), file.name());
    }

    /** As {@link #reader(ImportFile)}, for a stream of the file (one already guarded, say). */
    public static Reader reader(InputStream in, String fileName) {
        try {
            BOMInputStream text = withoutBom(in);
            return new InputStreamReader(text, charset(text).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (IOException e) {
            throw new ImportException(fileName, null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The encoding of the file's text: the one its byte order mark names, else UTF-8. */
    public static Charset charset(ImportFile file) {
        try (BOMInputStream text = withoutBom(file.open())) {
            return charset(text);
        } catch (IOException e) {
            throw new ImportException(file.name(), null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static BOMInputStream withoutBom(InputStream in) throws IOException {
        return BOMInputStream.builder().setInputStream(in)
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get();
    }

    private static Charset charset(BOMInputStream text) throws IOException {
        String bom = text.getBOMCharsetName();
        return bom == null ? StandardCharsets.UTF_8 : Charset.forName(bom);
    }

    /**
     * The first character of the file that is not blank, to tell JSON ({@code {} or {@code [})
     * from other text: -1 when the first few thousand characters are all blank, U+FFFD when they
     * are not text. The zero bytes of UTF-16 written without a byte order mark count as blanks.
     */
    public static int firstNonBlank(ImportFile file) {
        try (Reader reader = reader(file)) {
            String head = head(reader, SNIFFED_CHARACTERS);
            for (int i = 0; i < head.length(); i++) {
                char c = head.charAt(i);
                if (c != 0 && !Character.isWhitespace(c)) {
                    return c;
                }
            }
            return -1;
        } catch (CharacterCodingException e) {
            return '\uFFFD';
        } catch (IOException e) {
            throw new ImportException(file.name(), null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The file's first line (of at most 64k characters), after its byte order mark. */
    public static String firstLine(ImportFile file) {
        try (Reader reader = reader(file)) {
            String head = head(reader, 64 * 1024);
            int end = head.indexOf('\n');
            return end < 0 ? head : head.substring(0, end);
        } catch (CharacterCodingException e) {
            throw new ImportException(file.name(), "line 1", null, "is not UTF-8 or UTF-16 text");
        } catch (IOException e) {
            throw new ImportException(file.name(), null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String head(Reader reader, int characters) throws IOException {
        char[] head = new char[characters];
        int length = 0;
        for (int read; length < characters && (read = reader.read(head, length, characters - length)) >= 0; ) {
            length += read;
        }
        return new String(head, 0, length);
    }
}
