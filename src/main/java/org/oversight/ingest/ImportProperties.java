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
 */
@ConfigurationProperties("oversight.import")
public record ImportProperties(
        @DefaultValue("256MB") DataSize maxSize,
        @DefaultValue("2GB") DataSize maxExtractedSize,
        @DefaultValue("10000") int maxFiles) {
}
