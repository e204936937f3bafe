package org.oversight.ingest.aws;

import java.util.Locale;
import java.util.Set;

/**
 * What an IAM tag key means to Oversight. Keys are compared without case and without
 * punctuation, so {@code Owner}, {@code owner-email} and {@code OWNER_EMAIL} are the same kind.
 */
enum Tags {
    /** An e-mail here names the accountable owner. */
    OWNER,
    /** An e-mail here names the technical contact. */
    TECHNICAL_OWNER,
    /** The e-mail of the person whose account this is (on users); an owner on roles. */
    EMAIL,
    /** The team responsible. */
    TEAM,
    /** Any other tag, kept as {@code Key=Value} once screened for secrets ({@code kit.Secrets}). */
    OTHER;

    private static final Set<String> OWNER_KEYS = Set.of("owner", "owneremail", "ownermail", "ownedby",
            "businessowner", "accountableowner");
    private static final Set<String> TECHNICAL_KEYS = Set.of("technicalowner", "techowner", "technicalcontact",
            "techcontact");
    private static final Set<String> EMAIL_KEYS = Set.of("email", "mail", "emailaddress", "useremail", "usermail");
    private static final Set<String> TEAM_KEYS = Set.of("team", "ownerteam", "owningteam", "teamname");

    static Tags of(String key) {
        String normalised = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (OWNER_KEYS.contains(normalised)) {
            return OWNER;
        }
        if (TECHNICAL_KEYS.contains(normalised)) {
            return TECHNICAL_OWNER;
        }
        if (EMAIL_KEYS.contains(normalised)) {
            return EMAIL;
        }
        if (TEAM_KEYS.contains(normalised)) {
            return TEAM;
        }
        return OTHER;
    }
}
