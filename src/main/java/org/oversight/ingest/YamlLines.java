package org.oversight.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses YAML with a line longer than {@link #MAX_LINE} bytes, before the parser sees it. The YAML
 * parser scans a long single-line scalar at about a megabyte a second (a 16 MB scalar took a
 * minute, 100 MB left the server busy for ten), while the same text over many lines parses a
 * hundred times faster; no export Oversight reads needs such a line.
 */
public final class YamlLines extends FilterInputStream {

    /** Longest line accepted: a Kubernetes last-applied-configuration annotation stays far below it. */
    public static final int MAX_LINE = 1024 * 1024;

    private final String file;
    private long line = 1;
    private long length;

    private YamlLines(InputStream in, String file) {
        super(in);
        this.file = file;
    }

    public static InputStream guard(InputStream in, String file) {
        return new YamlLines(in, file);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = 0; i < read; i++) {
            count(buffer[offset + i]);
        }
        return read;
    }

    private void count(int b) {
        if (b == '\n') {
            line++;
            length = 0;
        } else if (++length > MAX_LINE) {
            throw new ImportException(file, "line " + line, null, "a line longer than " + (MAX_LINE / 1024 / 1024)
                    + " MB; YAML scalars that long are refused (put long text on several lines, or in a separate file)");
        }
    }
}
