package org.oversight.ingest;

/** An import beyond the configured size limits; nothing of it is read. */
public class ImportTooLargeException extends RuntimeException {

    public ImportTooLargeException(String message) {
        super(message);
    }
}
