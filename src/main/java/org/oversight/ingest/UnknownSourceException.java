package org.oversight.ingest;

import java.util.Collection;

/** An import for a source Oversight has no importer for. */
public class UnknownSourceException extends RuntimeException {

    public UnknownSourceException(String source, Collection<String> known) {
        super("No importer for source '" + source + "'; sources are " + known);
    }
}
