package org.oversight.ingest.kit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The one reading of dates and times every importer uses, so that the same text is the same
 * instant whichever export it came from. Times are stored in UTC.
 */
public final class Dates {

    private Dates() {
    }

    /**
     * An ISO-8601 date-time or date, as a UTC date-time:
     * <ul>
     * <li>a date-time with an offset ({@code 2025-03-31T09:00:00Z}, {@code +02:00}) is that instant;</li>
     * <li>one without an offset is read as UTC, which is what the exports that omit it mean
     *     (PowerShell's Graph output, spreadsheets);</li>
     * <li>a space instead of the {@code T}, as Python tools print times, is accepted;</li>
     * <li>a date alone ({@code 2025-03-31}) is the start of that day in UTC.</li>
     * </ul>
     * {@link Fields#time} reads a field with it and words the refusal every importer gives.
     *
     * @throws DateTimeParseException when the text is none of these
     */
    public static OffsetDateTime parse(String text) {
        String iso = text.strip();
        if (iso.length() > 10 && iso.charAt(10) == ' ') {
            iso = iso.substring(0, 10) + 'T' + iso.substring(11);
        }
        if (iso.length() <= 10) {
            return LocalDate.parse(iso).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
        }
    }
}
