package org.oversight.ingest.hr;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Ids and values of people and teams as the graph model keys them, shared by the importers of
 * people feeds (HR CSV, SCIM): a {@code Human} is its lower-case e-mail address, a {@code Team}
 * is {@code team:<slug of its name>}.
 */
public final class People {

    /** Deliberately plain: one '@', no spaces, a dot in the domain. Enough to refuse what is not an address. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private People() {
    }

    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value).matches();
    }

    /** The {@code Human} id of an e-mail address. */
    public static String humanId(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The {@code Team} id of a team name: {@code team:} and the name in lower case, accents
     * dropped, runs of anything but letters and digits turned into one '-'; e.g.
     * {@code "Tour Guides"} is {@code team:tour-guides}. Null when nothing of the name is left.
     */
    public static String teamId(String name) {
        String slug = slug(name);
        return slug.isEmpty() ? null : "team:" + slug;
    }

    static String slug(String name) {
        String withoutAccents = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String dashed = NOT_LETTER_OR_DIGIT.matcher(withoutAccents.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = 0;
        int end = dashed.length();
        while (start < end && dashed.charAt(start) == '-') {
            start++;
        }
        while (end > start && dashed.charAt(end - 1) == '-') {
            end--;
        }
        return dashed.substring(start, end);
    }

    /**
     * An ISO-8601 date ({@code 2025-03-31}, taken as the start of that day in UTC) or date-time
     * (with an offset, or without one and then read as UTC), as a UTC date-time.
     *
     * @throws DateTimeParseException when it is neither
     */
    public static OffsetDateTime parseDateOrDateTime(String value) {
        String text = value.strip();
        if (!text.contains("T") && !text.contains("t")) {
            return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
        }
    }
}
