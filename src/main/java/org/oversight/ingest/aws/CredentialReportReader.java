package org.oversight.ingest.aws;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.oversight.ingest.Csv;
import org.oversight.ingest.ImportFile;

/**
 * Reads the rows of an IAM credential report (the CSV of {@code aws iam get-credential-report}):
 * per user, the console password, two access keys and two signing certificates, as metadata.
 * The report holds no key ids and no secrets; credentials are named after their user and slot.
 */
final class CredentialReportReader {

    static final String ROOT_USER = "<root_account>";

    static final List<String> COLUMNS = List.of("user", "arn", "user_creation_time", "password_enabled",
            "password_last_used", "password_last_changed", "password_next_rotation", "mfa_active",
            "access_key_1_active", "access_key_1_last_rotated", "access_key_1_last_used_date",
            "access_key_1_last_used_region", "access_key_1_last_used_service",
            "access_key_2_active", "access_key_2_last_rotated", "access_key_2_last_used_date",
            "access_key_2_last_used_region", "access_key_2_last_used_service",
            "cert_1_active", "cert_1_last_rotated", "cert_2_active", "cert_2_last_rotated");

    /** How the report says "no value". */
    private static final Set<String> ABSENT = Set.of("n/a", "not_supported", "no_information");

    private final IamInventory inventory;

    CredentialReportReader(IamInventory inventory) {
        this.inventory = inventory;
    }

    /** Whether a CSV header row is the credential report's: it starts with the user and arn columns. */
    static boolean isReportHeader(List<String> header) {
        return header.size() >= 2 && header.get(0).equals("user") && header.get(1).equals("arn");
    }

    /**
     * Reads the report in {@code csv}; errors and warnings name {@code fileName} and, for a report
     * inside the JSON response, put {@code recordPrefix} ("Content, ") before the line.
     */
    void read(ImportFile csv, String fileName, String recordPrefix, List<String> header) {
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                inventory.warn(new Place(fileName, recordPrefix + "header"), "column '" + column + "' is not read");
            }
        }
        // Csv.Row.line() is the line after the row's own once a line break follows it; report rows
        // never span lines, so the row's line is its index after the header
        int[] rowIndex = {0};
        Csv.read(csv, List.of("user", "arn"), (name, row) -> {
            Place place = new Place(fileName, recordPrefix + "line " + (++rowIndex[0] + 1));
            for (String column : header) {
                if (!row.values().containsKey(column)) {
                    throw place.error(column, "is missing: the row has fewer cells than the header (is the report cut off?)");
                }
            }
            row(row, place);
        });
    }

    private void row(Csv.Row row, Place place) {
        String user = required(row, place, "user");
        String arnText = required(row, place, "arn");
        boolean root = ROOT_USER.equals(user);
        Arn arn = Arn.require(arnText, root ? "root" : "user", place, "arn");
        IamInventory.Principal principal = inventory.principal(arn, "IAM_USER", place, "arn");
        if (root) {
            // the account root is a person's sign-in with every permission
            principal.root = true;
            principal.person = true;
            principal.properties.put("root", true);
        } else {
            principal.properties.putIfAbsent("name", user);
        }
        OffsetDateTime created = time(row, place, "user_creation_time");
        if (created != null) {
            principal.properties.putIfAbsent("createdAt", created);
        }
        Boolean mfa = bool(row, place, "mfa_active");
        if (mfa != null) {
            principal.properties.put("mfaActive", mfa);
        }

        OffsetDateTime passwordUsed = time(row, place, "password_last_used");
        principal.usedAt(passwordUsed);
        Boolean passwordEnabled = bool(row, place, "password_enabled");
        // the root row says not_supported; a root password that was used evidently exists
        if (Boolean.TRUE.equals(passwordEnabled) || (root && passwordUsed != null)) {
            principal.person = true;
            Map<String, Object> password = inventory.credential(principal, arn.value() + "/password");
            password.putAll(password(arn));
            putIfPresent(password, "lastRotatedAt", time(row, place, "password_last_changed"));
            putIfPresent(password, "lastUsedAt", passwordUsed);
            putIfPresent(password, "expiresAt", time(row, place, "password_next_rotation"));
        } else {
            time(row, place, "password_last_changed");
            time(row, place, "password_next_rotation");
        }

        for (int slot = 1; slot <= 2; slot++) {
            String prefix = "access_key_" + slot + "_";
            Boolean active = bool(row, place, prefix + "active");
            OffsetDateTime rotated = time(row, place, prefix + "last_rotated");
            OffsetDateTime used = time(row, place, prefix + "last_used_date");
            principal.usedAt(used);
            if (Boolean.TRUE.equals(active) || rotated != null) {
                Map<String, Object> key = inventory.credential(principal, arn.value() + "/access-key/" + slot);
                key.put("name", "access key " + slot + " of " + arn.name());
                key.put("kind", "ACCESS_KEY");
                putIfPresent(key, "status", active == null ? null : active ? "ACTIVE" : "INACTIVE");
                putIfPresent(key, "lastRotatedAt", rotated);
                putIfPresent(key, "lastUsedAt", used);
                putIfPresent(key, "lastUsedRegion", text(row, prefix + "last_used_region"));
                putIfPresent(key, "lastUsedService", text(row, prefix + "last_used_service"));
            }
        }
        for (int slot = 1; slot <= 2; slot++) {
            String prefix = "cert_" + slot + "_";
            Boolean active = bool(row, place, prefix + "active");
            OffsetDateTime rotated = time(row, place, prefix + "last_rotated");
            if (Boolean.TRUE.equals(active) || rotated != null) {
                Map<String, Object> certificate = inventory.credential(principal,
                        arn.value() + "/certificate/" + slot);
                certificate.put("name", "signing certificate " + slot + " of " + arn.name());
                certificate.put("kind", "CERTIFICATE");
                putIfPresent(certificate, "status", active == null ? null : active ? "ACTIVE" : "INACTIVE");
                putIfPresent(certificate, "lastRotatedAt", rotated);
            }
        }
    }

    /** What every console password credential has. */
    static Map<String, Object> password(Arn user) {
        Map<String, Object> password = new LinkedHashMap<>();
        password.put("name", "console password of " + user.name());
        password.put("kind", "PASSWORD");
        password.put("status", "ACTIVE");
        return password;
    }

    private static String required(Csv.Row row, Place place, String column) {
        String value = text(row, column);
        if (value == null) {
            throw place.error(column, "is required");
        }
        return value;
    }

    private static String text(Csv.Row row, String column) {
        String value = row.get(column);
        return value == null || ABSENT.contains(value.toLowerCase(Locale.ROOT)) ? null : value;
    }

    private static Boolean bool(Csv.Row row, Place place, String column) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw place.error(column, "'" + value + "' is not true or false");
        };
    }

    private static OffsetDateTime time(Csv.Row row, Place place, String column) {
        return place.time(text(row, column), column);
    }

    private static void putIfPresent(Map<String, Object> properties, String key, Object value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
