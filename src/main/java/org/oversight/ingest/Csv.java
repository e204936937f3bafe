package org.oversight.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvParser;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * CSV reading for importers: a header row names the columns (case and surrounding spaces do not
 * matter), rows are streamed, and each row knows its line so errors can point at it.
 */
public final class Csv {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.TRIM_SPACES).build();

    private Csv() {
    }

    /** One data row: its line number in the file and its values by lower-case column name. */
    public record Row(long line, Map<String, String> values) {

        /** A value, or null when the column is absent or the cell empty. */
        public String get(String column) {
            String value = values.get(column.toLowerCase(Locale.ROOT));
            return value == null || value.isBlank() ? null : value.trim();
        }

        public String location() {
            return "line " + line;
        }

        /** The 1-based position of a column in the header, or 0 when absent. */
        public int column(String name) {
            return List.copyOf(values.keySet()).indexOf(name.toLowerCase(Locale.ROOT)) + 1;
        }
    }

    /**
     * Reads the rows, after checking that every required column is in the header.
     *
     * @param rows gets each row with the file's name
     */
    public static void read(ImportFile file, List<String> requiredColumns, BiConsumer<String, Row> rows) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (Reader in = Encodings.reader(file);
             MappingIterator<Map<String, String>> iterator = MAPPER.readerForMapOf(String.class).with(schema)
                     .readValues(in)) {
            boolean any = iterator.hasNextValue();
            List<String> header = ((CsvParser) iterator.parser()).getSchema().getColumnNames().stream()
                    .map(Csv::normalise).toList();
            if (header.isEmpty()) {
                throw new ImportException(file.name(), "line 1", null, "has no header row");
            }
            for (String column : requiredColumns) {
                if (!header.contains(column.toLowerCase(Locale.ROOT))) {
                    throw new ImportException(file.name(), "header", column, "required column is missing; columns are "
                            + header);
                }
            }
            while (any) {
                // hasNextValue() has read the row's first token, so this is the line the row starts on
                long line = iterator.currentLocation().getLineNr();
                Map<String, String> raw = iterator.nextValue();
                Map<String, String> values = new LinkedHashMap<>();
                raw.forEach((key, value) -> values.put(normalise(key), value));
                rows.accept(file.name(), new Row(line, values));
                any = iterator.hasNextValue();
            }
        } catch (JacksonException e) {
            String location = e.getLocation() == null ? null : "line " + e.getLocation().getLineNr();
            throw new ImportException(file.name(), location, null, "not valid CSV: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ImportException(file.name(), null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String normalise(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }
}
