package org.oversight.ingest.entra;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a Microsoft Graph {@code @odata.context} URL that says what a response holds, e.g.
 * {@code ...$metadata#servicePrincipals(id,appId)} (a list of service principals, some properties
 * selected), {@code ...$metadata#applications('1b2c...')/federatedIdentityCredentials} (the
 * federated credentials of one application) or {@code ...$metadata#users/$entity} (one user).
 *
 * @param list       the entity set or navigation property the records come from, e.g. {@code owners}
 * @param parentSet  with a navigation property: the entity set of the object it belongs to
 * @param parentId   with a navigation property: that object's id, when the context names it
 * @param singleObject whether the response is one object rather than a list
 */
record ODataContext(String list, String parentSet, String parentId, boolean singleObject) {

    /** A key in parentheses: {@code ('id')}, {@code (id='id')} or a bare GUID. */
    private static final Pattern KEY = Pattern.compile(
            "(?:id=)?'([^']+)'|([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9_.]*)(?:\\((.*)\\))?");

    /** Parses a context URL; null when it has no {@code #fragment} of the expected form. */
    static ODataContext parse(String url) {
        int hash = url.indexOf('#');
        if (hash < 0) {
            return null;
        }
        List<String> segments = split(url.substring(hash + 1));
        boolean single = false;
        // Trailing $entity/$delta, and type casts such as /microsoft.graph.user, say nothing of the list.
        while (!segments.isEmpty() && (segments.getLast().startsWith("$")
                || segments.getLast().toLowerCase(java.util.Locale.ROOT).startsWith("microsoft.graph."))) {
            single |= segments.removeLast().equals("$entity");
        }
        if (segments.isEmpty()) {
            return null;
        }
        Matcher last = SEGMENT.matcher(segments.getLast());
        if (!last.matches()) {
            return null;
        }
        // A key on the last segment (users('1')) addresses one object, not a list.
        single |= key(last.group(2)) != null;
        String parentSet = null;
        String parentId = null;
        if (segments.size() >= 2) {
            Matcher parent = SEGMENT.matcher(segments.get(segments.size() - 2));
            if (parent.matches()) {
                parentSet = parent.group(1);
                parentId = key(parent.group(2));
            }
        }
        return new ODataContext(last.group(1), parentSet, parentId, single);
    }

    private static String key(String parentheses) {
        if (parentheses == null) {
            return null;
        }
        Matcher key = KEY.matcher(parentheses.trim());
        if (!key.matches()) {
            return null; // a select or expand list, e.g. (id,displayName) or (owners())
        }
        return key.group(1) != null ? key.group(1) : key.group(2);
    }

    /** Splits at '/' outside parentheses and quotes: {@code a('x/y')/b} is two segments. */
    private static List<String> split(String fragment) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (char c : fragment.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == '/') {
                segments.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        segments.add(current.toString());
        segments.removeIf(String::isEmpty);
        return segments;
    }
}
