package org.oversight.ingest;

/**
 * Input an importer cannot take, said precisely enough to fix: the file, the record in it and the
 * field. Nothing of an import that raised it is written.
 */
public class ImportException extends RuntimeException {

    private final String file;
    private final String record;
    private final String field;

    public ImportException(String file, String record, String field, String problem) {
        this(file, record, field, problem, null);
    }

    public ImportException(String file, String record, String field, String problem, Throwable cause) {
        super(describe(file, record, field, problem), cause);
        this.file = file;
        this.record = record;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public String record() {
        return record;
    }

    public String field() {
        return field;
    }

    private static String describe(String file, String record, String field, String problem) {
        StringBuilder where = new StringBuilder(file == null ? "input" : file);
        if (record != null) {
            where.append(", ").append(record);
        }
        if (field != null) {
            where.append(", field '").append(field).append('\'');
        }
        return where + ": " + problem;
    }
}
