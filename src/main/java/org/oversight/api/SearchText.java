package org.oversight.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns what a user types into a safe Lucene query: every word is escaped, so operators and
 * brackets in ids (ARNs, e-mails) are matched literally; a trailing {@code *} keeps prefix search.
 */
final class SearchText {

    private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/";

    private SearchText() {
    }

    static String toLucene(String text) {
        if (text == null) {
            return "";
        }
        return Arrays.stream(text.trim().split("\\s+"))
                .filter(word -> word.chars().anyMatch(Character::isLetterOrDigit))
                .map(SearchText::term)
                .collect(Collectors.joining(" "));
    }

    private static String term(String word) {
        boolean prefix = word.endsWith("*");
        String body = prefix ? word.substring(0, word.length() - 1) : word;
        StringBuilder escaped = new StringBuilder();
        for (char c : body.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return prefix ? escaped + "*" : escaped.toString();
    }
}
