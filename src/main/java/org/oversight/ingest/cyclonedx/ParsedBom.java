package org.oversight.ingest.cyclonedx;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.cyclonedx.model.Bom;
import org.oversight.graph.ImportWarning;
import org.oversight.ingest.ImportFile;

/**
 * One BOM file as the CycloneDX library read it, after it was checked against the schema of its
 * version.
 *
 * @param specVersion "1.5" or "1.6"
 * @param format      "JSON" or "XML"
 * @param timestamp   metadata.timestamp when the file gives one (the library makes one up otherwise)
 * @param warnings    what the reading left out (XML extension elements, say)
 */
record ParsedBom(ImportFile file, Bom bom, String specVersion, String format, OffsetDateTime timestamp,
                 List<ImportWarning> warnings) {

    ParsedBom {
        warnings = List.copyOf(warnings);
    }

    /** The library's metadata.timestamp in UTC, if the file gave one. */
    static OffsetDateTime timestamp(Bom bom, boolean given) {
        if (!given || bom.getMetadata() == null || bom.getMetadata().getTimestamp() == null) {
            return null;
        }
        return OffsetDateTime.ofInstant(bom.getMetadata().getTimestamp().toInstant(), ZoneOffset.UTC);
    }
}
