package org.oversight.ingest.aws;

import java.util.Optional;

/**
 * An IAM ARN such as {@code arn:aws:iam::123456789012:role/service-role/level1}, split into what
 * the importer needs: the account, the resource type (user, role, group, policy, root), the path
 * and the name.
 */
record Arn(String value, String partition, String account, String type, String path, String name) {

    /** The pseudo-account of AWS-managed policies ({@code arn:aws:iam::aws:policy/...}). */
    static final String AWS_MANAGED = "aws";

    static Optional<Arn> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(":", 6);
        if (parts.length != 6 || !parts[0].equals("arn") || !parts[1].startsWith("aws") || !parts[2].equals("iam")
                || !parts[3].isEmpty() || parts[4].isEmpty() || parts[5].isEmpty()
                || text.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        String resource = parts[5];
        int slash = resource.indexOf('/');
        if (slash < 0) {
            // only the account root has no type/name form
            return resource.equals("root")
                    ? Optional.of(new Arn(text, parts[1], parts[4], "root", "/", "root")) : Optional.empty();
        }
        String type = resource.substring(0, slash);
        String rest = resource.substring(slash + 1);
        int last = rest.lastIndexOf('/');
        String name = rest.substring(last + 1);
        if (type.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        String path = last < 0 ? "/" : "/" + rest.substring(0, last + 1);
        return Optional.of(new Arn(text, parts[1], parts[4], type, path, name));
    }

    /** The ARN in {@code field} of a record, which must be of the given resource type. */
    static Arn require(String text, String expectedType, Place place, String field) {
        Arn arn = parse(text).orElseThrow(() -> place.error(field, "'" + text + "' is not an IAM ARN"));
        if (!arn.type.equals(expectedType)) {
            throw place.error(field, "'" + text + "' is not the ARN of an IAM " + expectedType);
        }
        return arn;
    }

    /** Whether the account is a real 12-digit AWS account id (not {@code aws} or a placeholder). */
    boolean hasAccountId() {
        return isAccountId(account);
    }

    static boolean isAccountId(String text) {
        return text != null && text.matches("\\d{12}");
    }

    boolean isUserOrRole() {
        return type.equals("user") || type.equals("role");
    }

    @Override
    public String toString() {
        return value;
    }
}
