package org.oversight.ingest.cyclonedx;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.cyclonedx.Version;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;

/**
 * Reads one file as a CycloneDX BOM: JSON or XML is told from the content (not the name), the
 * document must be a CycloneDX 1.5 or 1.6 BOM that follows the schema of its version, and only
 * then is it handed to the CycloneDX library. The schema check comes first because the library
 * misreads documents with members it does not know instead of refusing them.
 */
final class BomFileReader {

    /** A BOM is one document read whole; this keeps a mistaken upload from filling the memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final JsonBomReader json = new JsonBomReader();
    private final XmlBomReader xml = new XmlBomReader();

    ParsedBom read(ImportFile file) {
        byte[] bytes = readBytes(file);
        char first = firstSignificantCharacter(bytes);
        return switch (first) {
            case '{', '[' -> json.read(file, bytes);
            case '<' -> xml.read(file, bytes);
            case 0 -> throw new ImportException(file.name(), null, null, "is empty; expected a CycloneDX BOM in JSON or XML");
            default -> throw new ImportException(file.name(), null, null,
                    "is not a CycloneDX BOM: it is neither JSON nor XML (it starts with '" + first + "')");
        };
    }

    /** The library's model for a supported spec version, or a refusal naming where the version was read. */
    static Version supportedVersion(ImportFile file, String record, String field, String specVersion) {
        return switch (specVersion) {
            case "1.5" -> Version.VERSION_15;
            case "1.6" -> Version.VERSION_16;
            default -> throw new ImportException(file.name(), record, field, "CycloneDX " + specVersion
                    + " is not supported; ML-BOMs are read from CycloneDX 1.5 and 1.6");
        };
    }

    /**
     * Names of the components the importer walks, in its order: the metadata component and its
     * sub-components, then the BOM's components, depth first.
     */
    static List<String> componentNames(Bom bom) {
        List<String> names = new ArrayList<>();
        if (bom.getMetadata() != null && bom.getMetadata().getComponent() != null) {
            collectNames(bom.getMetadata().getComponent(), names);
        }
        if (bom.getComponents() != null) {
            bom.getComponents().forEach(component -> collectNames(component, names));
        }
        return names;
    }

    private static void collectNames(Component component, List<String> names) {
        names.add(component == null || component.getName() == null ? "" : component.getName().strip());
        if (component != null && component.getComponents() != null) {
            component.getComponents().forEach(child -> collectNames(child, names));
        }
    }

    /**
     * A last guard against the library misreading a document: the components it returns must be
     * the ones the file lists, in the same order.
     */
    static void checkComponents(ImportFile file, List<String> listed, Bom bom) {
        List<String> read = componentNames(bom);
        if (!read.equals(listed)) {
            throw new ImportException(file.name(), null, "components", "the CycloneDX library read the components as "
                    + read + " but the file lists " + listed + "; the BOM uses a construct this importer cannot read faithfully");
        }
    }

    private static byte[] readBytes(ImportFile file) {
        try {
            long size = Files.size(file.path());
            if (size > MAX_BYTES) {
                throw new ImportException(file.name(), null, null, "is " + size / (1024 * 1024)
                        + " MB; a CycloneDX BOM is read whole and may be at most " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new ImportException(file.name(), null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The first character that is not white space, decoded as UTF-8 or UTF-16 after the byte
     * order mark (or the zero bytes of BOM-less UTF-16); 0 when there is none.
     */
    static char firstSignificantCharacter(byte[] bytes) {
        int offset = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            offset = 2;
            charset = StandardCharsets.UTF_16BE;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            offset = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (bytes.length >= 2 && bytes[0] == 0 && bytes[1] != 0) {
            charset = StandardCharsets.UTF_16BE;
        } else if (bytes.length >= 2 && bytes[0] != 0 && bytes[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        }
        int length = Math.min(bytes.length - offset, 4096);
        String head = new String(bytes, offset, Math.max(length, 0), charset); // malformed bytes become U+FFFD
        for (int i = 0; i < head.length(); i++) {
            if (!Character.isWhitespace(head.charAt(i))) {
                return head.charAt(i);
            }
        }
        return 0;
    }
}
