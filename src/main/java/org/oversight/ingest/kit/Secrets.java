package org.oversight.ingest.kit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secret values out of the graph: the one list of what looks like a secret, applied by every
 * importer to what it keeps of tags, labels, properties and free text. Exports should hold none,
 * but AWS tags, Kubernetes labels, BOM properties, URLs and descriptions sometimes carry tokens,
 * passwords or keys; they are replaced by {@value #REDACTED} before anything is stored, and the
 * importer warns about it.
 */
public final class Secrets {

    public static final String REDACTED = "[REDACTED]";

    /** Words of a property name that mark its value as a secret (the name itself is metadata and kept). */
    private static final Set<String> SECRET_WORDS = Set.of("secret", "secrets", "password", "passwords", "passwd",
            "pwd", "passphrase", "token", "tokens", "credential", "credentials", "bearer", "authorization", "cookie",
            "sas", "sig", "signature", "apikey", "accesskey", "privatekey", "secretkey", "clientsecret", "authtoken",
            "sshkey", "signingkey");

    /**
     * Run together, these name a secret wherever they stand in a name ({@code DBPASSWORD},
     * {@code x-client-secret-v2}); shorter words ({@code pwd}, {@code token}) only as words, so
     * that {@code tokenizer} is not one.
     */
    private static final List<String> SECRET_PARTS = List.of("password", "passwd", "passphrase", "secret", "privatekey",
            "apikey", "accesskey", "credential", "authtoken");

    /** Text that is a secret wherever it appears. */
    private static final List<Pattern> SECRET_TEXT = List.of(
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)"),
            Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/-]{16,}=*"),
            Pattern.compile("\\b(?:hf_[A-Za-z0-9]{20,}|sk-[A-Za-z0-9_-]{20,}|sk_(?:live|test)_[A-Za-z0-9]{16,}"
                    + "|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}"
                    + "|glpat-[A-Za-z0-9_-]{20,}|AIza[0-9A-Za-z_-]{35}|npm_[A-Za-z0-9]{36})"),
            Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"));

    /** "password=...", "api_key: ..." and the like: the value after the name is the secret. */
    private static final Pattern SECRET_ASSIGNMENT = Pattern.compile(
            "(?i)\\b(password|passwd|pwd|secret|token|api[-_]?key|access[-_]?key|secret[-_]?key|client[-_]?secret)"
                    + "(\\s*[:=]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s,;&]+)");

    /** user:password@ in a URL written inside free text. */
    private static final Pattern URL_USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@]+@");

    private Secrets() {
    }

    /** Whether a property called this holds a secret, e.g. {@code hf_token}, {@code apiKey}, {@code db-password}. */
    public static boolean isSecretName(String name) {
        if (name == null) {
            return false;
        }
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        String runTogether = spaced.replaceAll("[^a-z0-9]", "");
        if (SECRET_PARTS.stream().anyMatch(runTogether::contains)) {
            return true;
        }
        List<String> words = Arrays.stream(spaced.split("[^a-z0-9]+")).filter(word -> !word.isEmpty()).toList();
        for (int i = 0; i < words.size(); i++) {
            if (SECRET_WORDS.contains(words.get(i))
                    || i + 1 < words.size() && SECRET_WORDS.contains(words.get(i) + words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A named value (a tag, a label, a property) as it may be stored, and the warning to give when
     * something was taken out (null when nothing was).
     */
    private record Screened(String value, String warning) {
    }

    /**
     * The value of a secret-looking name is not stored at all; any other value is kept with what
     * looks like a secret in it redacted. {@code what} says what the name is ("tag", "label") for
     * the warning.
     */
    private static Screened screen(String what, String name, String value) {
        if (value == null || value.isBlank()) {
            return new Screened(value, null);
        }
        if (isSecretName(name)) {
            return new Screened(REDACTED, what + " '" + name + "' may hold a secret; its value is not stored");
        }
        String redacted = redact(value);
        return redacted.equals(value) ? new Screened(value, null)
                : new Screened(redacted, what + " '" + name + "' held text that looked like a secret; it was replaced by " + REDACTED);
    }

    /**
     * A tag, label or property as the {@code name=value} text a list property holds, screened:
     * what {@link #screen} took out is handed to {@code warn}.
     */
    public static String pair(String what, String name, String value, Consumer<String> warn) {
        Screened screened = screen(what, name, value);
        if (screened.warning() != null) {
            warn.accept(screened.warning());
        }
        return name + "=" + (screened.value() == null ? "" : screened.value());
    }

    /** The text with anything that looks like a secret replaced by {@value #REDACTED}; the same instance when clean. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Pattern pattern : SECRET_TEXT) {
            result = pattern.matcher(result).replaceAll(REDACTED);
        }
        result = SECRET_ASSIGNMENT.matcher(result).replaceAll(match -> Matcher.quoteReplacement(
                match.group(3).equals(REDACTED) ? match.group() : match.group(1) + match.group(2) + REDACTED));
        result = URL_USER_INFO.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(REDACTED) + "@");
        return result.equals(text) ? text : result;
    }

    /**
     * A URL as it may be stored: scheme, host and path only. User info, query string and
     * fragment are dropped, since pre-signed and token-bearing URLs carry their credentials there.
     *
     * @param credentialsRemoved whether what was dropped or redacted looked like a credential
     */
    public record SafeUrl(String value, boolean credentialsRemoved) {
    }

    public static SafeUrl url(String raw) {
        String trimmed = raw.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.isOpaque() || uri.getScheme() == null) {
                String redacted = redact(trimmed);
                return new SafeUrl(redacted, !redacted.equals(trimmed));
            }
            String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
            boolean userInfo = authority.contains("@");
            authority = authority.substring(authority.lastIndexOf('@') + 1);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String kept = redact(uri.getScheme() + "://" + authority + path);
            boolean secretQuery = uri.getRawQuery() != null && queryHoldsSecret(uri.getRawQuery());
            return new SafeUrl(kept, userInfo || secretQuery || kept.contains(REDACTED));
        } catch (URISyntaxException e) {
            // Not a URL after all: keep what stands before any query, with secrets redacted.
            int query = trimmed.indexOf('?');
            String head = query < 0 ? trimmed : trimmed.substring(0, query);
            String redacted = redact(head);
            boolean secretQuery = query >= 0 && queryHoldsSecret(trimmed.substring(query + 1));
            return new SafeUrl(redacted, secretQuery || !redacted.equals(head));
        }
    }

    private static boolean queryHoldsSecret(String query) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (isSecretName(name) || name.toLowerCase(Locale.ROOT).startsWith("x-amz-") || !redact(value).equals(value)) {
                return true;
            }
        }
        return false;
    }
}
