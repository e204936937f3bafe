package org.oversight.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what an import may send.
 *
 * @param maxSize          largest request body (an export, or an archive of exports)
 * @param maxExtractedSize largest total of the files unpacked from one archive
 * @param maxFiles         most files in one archive
 * @param recordsInMemory  most nodes and relationships of one import held in memory: a larger
 *                         import is read twice, once to validate it whole and once to write it
 *                         as it is read, so its size never has to fit in the heap
 */
@ConfigurationProperties("oversight.import")
public record ImportProperties(
        @DefaultValue("256MB") DataSize maxSize,
        @DefaultValue("2GB") DataSize maxExtractedSize,
        @DefaultValue("10000") int maxFiles,
        @DefaultValue("200000") int recordsInMemory) {
}
