package org.oversight.ingest.kit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ids and values of people and teams as the graph model keys them, the one rule every importer
 * uses (an HR row, a SCIM group, an AWS tag, a Kubernetes annotation, an ownership row, a BOM
 * author): a {@code Human} is its lower-case e-mail address, a {@code Team} is
 * {@code team:<slug of its name>}, so one team named in four sources is one node.
 */
public final class People {

    /**
     * Deliberately plain: one '@', no spaces, a dot in the domain, none of the characters that
     * surround an address in text ({@code <>(),;:"'}). Enough to refuse what is not an address
     * and to find one in "Ada Lovelace &lt;ada@example.com&gt;".
     */
    private static final String ADDRESS = "[^@\\s<>(),;:\"']+@[^@\\s<>(),;:\"'.]+(?:\\.[^@\\s<>(),;:\"'.]+)+";
    private static final Pattern EMAIL = Pattern.compile(ADDRESS);
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private People() {
    }

    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value).matches();
    }

    /** The addresses written in free text, in order, e.g. the two of "Ada &lt;ada@x.org&gt;, bob@x.org". */
    public static List<String> emailsIn(String text) {
        List<String> found = new ArrayList<>();
        if (text != null) {
            Matcher matcher = EMAIL.matcher(text);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    /** The {@code Human} id of an e-mail address. */
    public static String humanId(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The {@code Team} id of a team name: {@code team:} and the name in lower case, accents
     * dropped, runs of anything but letters and digits turned into one '-'; e.g.
     * {@code "Tour Guides"} is {@code team:tour-guides} and {@code "Zürich Ops"} {@code team:zurich-ops};
     * letters of any script are kept. A slug is its own slug, so a team id's name part may be
     * given instead of the name. Null when nothing of the name is left.
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
}
