package org.oversight.ingest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The test exports under {@code src/test/resources/ingest/<source>/}, as files on disk. */
public final class TestExports {

    private TestExports() {
    }

    public static Path path(String source, String name) {
        URL url = TestExports.class.getResource("/ingest/" + source + "/" + name);
        if (url == null) {
            throw new IllegalArgumentException("No test export " + source + "/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
