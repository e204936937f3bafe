package org.oversight.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Spools an import's bytes to a private temporary folder, within the size limits, and unpacks
 * zip, tar and tar.gz archives into their files. The folder is removed when the upload closes.
 */
public final class Uploads {

    private final ImportProperties limits;

    public Uploads(ImportProperties limits) {
        this.limits = limits;
    }

    /** The files of one import and the SHA-256 of the bytes as sent. */
    public static final class Upload implements AutoCloseable {

        private final Path folder;
        private final List<ImportFile> files;
        private final String sha256;

        Upload(Path folder, List<ImportFile> files, String sha256) {
            this.folder = folder;
            this.files = List.copyOf(files);
            this.sha256 = sha256;
        }

        public List<ImportFile> files() {
            return files;
        }

        public String sha256() {
            return sha256;
        }

        @Override
        public void close() {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Stores the body under the given name; if it is an archive, the files inside become the
     * import's files instead.
     */
    public Upload store(String name, InputStream body) {
        Path folder = createFolder();
        try {
            Path raw = folder.resolve("upload");
            MessageDigest sha256 = sha256();
            long size = copyLimited(new DigestInputStream(body, sha256), raw, limits.maxSize().toBytes(),
                    name + " is larger than the import limit of " + limits.maxSize()
                            + " (oversight.import.max-size)");
            if (size == 0) {
                throw new ImportException(name, null, null, "is empty");
            }
            List<ImportFile> files = unpack(name, raw, folder);
            return new Upload(folder, files, HexFormat.of().formatHex(sha256.digest()));
        } catch (RuntimeException e) {
            new Upload(folder, List.of(), "").close();
            throw e;
        }
    }

    /** Files on disk, named as given, for the command line's direct mode. */
    public static Upload ofFiles(List<Path> paths) {
        MessageDigest sha256 = sha256();
        List<ImportFile> files = new ArrayList<>();
        for (Path path : paths) {
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), sha256)) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new ImportException(path.toString(), null, null, "cannot be read: " + e.getMessage(), e);
            }
            files.add(ImportFile.of(path));
        }
        return new Upload(createFolder(), files, HexFormat.of().formatHex(sha256.digest()));
    }

    private List<ImportFile> unpack(String name, Path raw, Path folder) {
        byte[] head = head(raw);
        try {
            if (startsWith(head, 0x50, 0x4b, 0x03, 0x04)) {
                return unzip(name, raw, folder);
            }
            if (startsWith(head, 0x1f, 0x8b)) {
                Path inflated = folder.resolve("inflated");
                try (InputStream in = new GzipCompressorInputStream(new BufferedInputStream(Files.newInputStream(raw)))) {
                    copyLimited(in, inflated, limits.maxExtractedSize().toBytes(), name
                            + " unpacks to more than " + limits.maxExtractedSize() + " (oversight.import.max-extracted-size)");
                }
                if (isTar(head(inflated))) {
                    return untar(name, inflated, folder);
                }
                return List.of(new ImportFile(stripSuffix(name, ".gz"), inflated));
            }
            if (isTar(head)) {
                return untar(name, raw, folder);
            }
            return List.of(new ImportFile(name, raw));
        } catch (IOException e) {
            throw new ImportException(name, null, null, "is not a readable archive: " + e.getMessage(), e);
        }
    }

    private List<ImportFile> unzip(String name, Path raw, Path folder) throws IOException {
        List<ImportFile> files = new ArrayList<>();
        long total = 0;
        try (ZipFile zip = ZipFile.builder().setPath(raw).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                if (skip(entry)) {
                    continue;
                }
                Path target = entryPath(folder, files.size(), name);
                try (InputStream in = zip.getInputStream(entry)) {
                    total += copyLimited(in, target, limits.maxExtractedSize().toBytes() - total,
                            name + " unpacks to more than " + limits.maxExtractedSize()
                                    + " (oversight.import.max-extracted-size)");
                }
                files.add(new ImportFile(name + "!" + entry.getName(), target));
            }
        }
        return nonEmpty(name, files);
    }

    private List<ImportFile> untar(String name, Path tar, Path folder) throws IOException {
        List<ImportFile> files = new ArrayList<>();
        long total = 0;
        try (ArchiveInputStream<?> in = new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(tar)))) {
            ArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (skip(entry)) {
                    continue;
                }
                Path target = entryPath(folder, files.size(), name);
                total += copyLimited(in, target, limits.maxExtractedSize().toBytes() - total,
                        name + " unpacks to more than " + limits.maxExtractedSize() + " (oversight.import.max-extracted-size)");
                files.add(new ImportFile(name + "!" + entry.getName(), target));
            }
        }
        return nonEmpty(name, files);
    }

    private Path entryPath(Path folder, int index, String name) {
        if (index >= limits.maxFiles()) {
            throw new ImportException(name, null, null, "holds more than " + limits.maxFiles()
                    + " files (oversight.import.max-files)");
        }
        return folder.resolve("entry-" + index);
    }

    /** Folders and the clutter of archiving tools are not exports. */
    private static boolean skip(ArchiveEntry entry) {
        String entryName = entry.getName();
        String base = entryName.substring(entryName.lastIndexOf('/') + 1);
        return entry.isDirectory() || entryName.startsWith("__MACOSX/") || base.startsWith("._")
                || base.equals(".DS_Store") || base.isEmpty();
    }

    private static List<ImportFile> nonEmpty(String name, List<ImportFile> files) {
        if (files.isEmpty()) {
            throw new ImportException(name, null, null, "is an archive without files");
        }
        return files;
    }

    private static long copyLimited(InputStream in, Path target, long limit, String tooLarge) throws UncheckedIOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > limit) {
                    throw new ImportTooLargeException(tooLarge);
                }
                out.write(buffer, 0, read);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the import", e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isTar(byte[] head) {
        return head.length >= 262 && new String(head, 257, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("ustar");
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String stripSuffix(String name, String suffix) {
        return name.toLowerCase(Locale.ROOT).endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("oversight-import-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the import", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
