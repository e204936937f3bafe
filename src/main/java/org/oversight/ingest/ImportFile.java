package org.oversight.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file of an import, kept on disk so importers can stream it and read it more than once.
 *
 * @param name the name the user knows it by (an upload's file name, an archive entry's path)
 */
public record ImportFile(String name, Path path) {

    public static ImportFile of(Path path) {
        return new ImportFile(path.getFileName().toString(), path);
    }

    public InputStream open() {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    public long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    /** The lower-case extension of the name, without the dot, or "" when it has none. */
    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
