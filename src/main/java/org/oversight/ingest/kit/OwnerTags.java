package org.oversight.ingest.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRef;
import org.oversight.graph.RelType;

/**
 * Owners named in a resource's tags, labels or annotations, the one rule every source uses (AWS
 * tags, Kubernetes labels and annotations): which keys name an owner, and the
 * {@code OWNED_BY {source: TAG}} claim their value makes on a person (by e-mail) or a team (by
 * name). Keys are compared without case, punctuation or a Kubernetes-style prefix, so
 * {@code Owner}, {@code owner-email}, {@code OWNER_EMAIL} and {@code oversight.io/owner} are one.
 */
public final class OwnerTags {

    /** What a key means to Oversight. */
    public enum Meaning {
        /** E-mail addresses here name the accountable owners. */
        OWNER,
        /** E-mail addresses here name the technical contacts. */
        TECHNICAL_OWNER,
        /** The e-mail of the person whose account this is (on a user); on anything else, its owner. */
        EMAIL,
        /** The team that answers for it. */
        TEAM,
        /** Any other key, kept screened for secrets ({@link Secrets#pair}). */
        OTHER
    }

    private static final Set<String> OWNER_KEYS = Set.of("owner", "owneremail", "ownermail", "ownedby",
            "businessowner", "accountableowner", "contact");
    private static final Set<String> TECHNICAL_KEYS = Set.of("technicalowner", "techowner", "technicalcontact",
            "techcontact");
    private static final Set<String> EMAIL_KEYS = Set.of("email", "mail", "emailaddress", "useremail", "usermail");
    private static final Set<String> TEAM_KEYS = Set.of("team", "ownerteam", "owningteam", "teamname");
    /** Several addresses in one value are separated by commas or semicolons. */
    private static final Pattern SEPARATORS = Pattern.compile("[,;]");

    private OwnerTags() {
    }

    public static Meaning meaning(String key) {
        // a prefix such as oversight.io/ says whose key it is, not what it means
        String name = key.substring(key.lastIndexOf('/') + 1);
        String normalised = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (OWNER_KEYS.contains(normalised)) {
            return Meaning.OWNER;
        }
        if (TECHNICAL_KEYS.contains(normalised)) {
            return Meaning.TECHNICAL_OWNER;
        }
        if (EMAIL_KEYS.contains(normalised)) {
            return Meaning.EMAIL;
        }
        if (TEAM_KEYS.contains(normalised)) {
            return Meaning.TEAM;
        }
        return Meaning.OTHER;
    }

    /** An owner a tag names: a {@code Human} by e-mail or a {@code Team} by name, with the role it plays. */
    public record Owner(NodeLabel label, String id, Map<String, Object> stub, String role) {

        /** Writes the owner (a stub until its own source describes it) and its claim over {@code owned}. */
        public void claim(NodeRef owned, GraphBatch.Builder batch) {
            batch.reference(label, id, stub);
            batch.relationship(RelType.OWNED_BY, owned, new NodeRef(label, id), Map.of("role", role, "source", "TAG"));
        }
    }

    /**
     * The people a value names in a role: each e-mail address of it (several are separated by
     * commas or semicolons); each part that is no address goes to {@code notAnAddress}.
     */
    public static List<Owner> people(String value, String role, Consumer<String> notAnAddress) {
        List<Owner> owners = new ArrayList<>();
        for (String part : SEPARATORS.split(value)) {
            String token = part.strip();
            if (token.isEmpty()) {
                continue;
            }
            if (People.isEmail(token)) {
                String id = People.humanId(token);
                owners.add(new Owner(NodeLabel.HUMAN, id, Map.of("email", token), role));
            } else {
                notAnAddress.accept(token);
            }
        }
        return owners;
    }

    /** The team a value names as accountable owner; empty when it names none (no letter or digit). */
    public static Optional<Owner> team(String value) {
        String id = value == null ? null : People.teamId(value);
        return id == null ? Optional.empty()
                : Optional.of(new Owner(NodeLabel.TEAM, id, Map.of("name", value.strip()), "ACCOUNTABLE"));
    }
}
