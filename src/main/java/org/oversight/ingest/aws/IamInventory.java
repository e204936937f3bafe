package org.oversight.ingest.aws;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRef;
import org.oversight.graph.RelType;
import org.oversight.ingest.kit.OwnerTags;

/**
 * Everything the files of one import say about the AWS accounts they hold, gathered before
 * anything is mapped: a user's groups, its policies and its credential report row may sit in
 * different files (or pages), and whether an identity is privileged or a person's account is only
 * known once all of them are read. A merged export holds several accounts; each is mapped on its
 * own ({@link #emit}), as its own scope. Holds summaries, never whole documents.
 */
final class IamInventory {

    static final String PROVIDER = "aws";

    /** An IAM user, role or the account root. */
    static final class Principal {
        final Arn arn;
        final String kind;
        final Map<String, Object> properties = new LinkedHashMap<>();
        /** Ids of the managed and inline policies attached directly. */
        final Set<String> policies = new LinkedHashSet<>();
        /** Group names from the user's GroupList. */
        final Set<String> groupNames = new LinkedHashSet<>();
        final Set<Arn> assumers = new LinkedHashSet<>();
        final Set<String> trustedPrincipals = new LinkedHashSet<>();
        final Set<String> instanceProfiles = new LinkedHashSet<>();
        final List<String> tags = new ArrayList<>();
        final Set<OwnerTags.Owner> owners = new LinkedHashSet<>();
        final Set<String> credentials = new LinkedHashSet<>();
        final Place place;
        OffsetDateTime lastUsedAt;
        String email;
        /** A console password, a login profile or an e-mail tag: a person signs in with it. */
        boolean person;
        boolean root;

        Principal(Arn arn, String kind, Place place) {
            this.arn = arn;
            this.kind = kind;
            this.place = place;
        }

        void usedAt(OffsetDateTime time) {
            if (time != null && (lastUsedAt == null || time.isAfter(lastUsedAt))) {
                lastUsedAt = time;
            }
        }
    }

    static final class GroupEntry {
        final Arn arn;
        final Map<String, Object> properties = new LinkedHashMap<>();
        final Set<String> policies = new LinkedHashSet<>();

        GroupEntry(Arn arn) {
            this.arn = arn;
        }
    }

    /** A managed or inline policy; {@code described} is false for one only named in an attachment. */
    static final class PolicyEntry {
        final String id;
        final Map<String, Object> properties = new LinkedHashMap<>();
        boolean described;
        boolean privileged;

        PolicyEntry(String id) {
            this.id = id;
        }
    }

    private final GraphBatch.Builder batch;
    private final Map<String, Principal> principals = new LinkedHashMap<>();
    private final Map<String, GroupEntry> groups = new LinkedHashMap<>();
    private final Map<String, PolicyEntry> policies = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> credentials = new LinkedHashMap<>();
    /** The 12-digit accounts the files name, in the order met. */
    private final Set<String> accounts = new LinkedHashSet<>();
    /** The accounts authorization details, and credential reports, describe: what a snapshot of each covers. */
    private final Set<String> inDetails = new LinkedHashSet<>();
    private final Set<String> inReports = new LinkedHashSet<>();
    private Set<String> reading = inDetails;
    /** ARNs that name no 12-digit account (AWS-managed policies aside), which only a one-account import can place. */
    private final Set<String> unplaced = new LinkedHashSet<>();

    IamInventory(GraphBatch.Builder batch) {
        this.batch = batch;
    }

    /** The 12-digit AWS accounts the files describe, in the order met. */
    Set<String> accounts() {
        return accounts;
    }

    void warn(Place place, String message) {
        batch.warn(place.location(), message);
    }

    /** What follows is read from authorization details. */
    void readingDetails() {
        reading = inDetails;
    }

    /** What follows is read from a credential report. */
    void readingReport() {
        reading = inReports;
    }

    /** Whether the authorization details of the files describe the account. */
    boolean detailsDescribe(String account) {
        return inDetails.contains(account);
    }

    /** Whether a credential report of the files lists the account's users. */
    boolean reportLists(String account) {
        return inReports.contains(account);
    }

    /** Notes the account an ARN of the files belongs to. */
    void checkAccount(Arn arn, Place place, String field) {
        if (arn.hasAccountId()) {
            accounts.add(arn.account());
            reading.add(arn.account());
        } else if (!(arn.account().equals(Arn.AWS_MANAGED) && arn.type().equals("policy"))) {
            unplaced.add(arn.value());
            warn(place, "ARN '" + arn + "' names account '" + arn.account()
                    + "', not a 12-digit account id; kept as it is");
        }
    }

    Principal principal(Arn arn, String kind, Place place, String field) {
        Principal existing = principals.get(arn.value());
        if (existing != null) {
            return existing;
        }
        checkAccount(arn, place, field);
        Principal principal = new Principal(arn, kind, place);
        principal.properties.put("name", arn.name());
        principal.properties.put("provider", PROVIDER);
        principal.properties.put("kind", kind);
        principal.properties.put("account", arn.account());
        principal.properties.put("path", arn.path());
        principals.put(arn.value(), principal);
        return principal;
    }

    GroupEntry group(Arn arn, Place place, String field) {
        GroupEntry existing = groups.get(arn.value());
        if (existing != null) {
            return existing;
        }
        checkAccount(arn, place, field);
        GroupEntry group = new GroupEntry(arn);
        group.properties.put("name", arn.name());
        group.properties.put("provider", PROVIDER);
        group.properties.put("path", arn.path());
        groups.put(arn.value(), group);
        return group;
    }

    /** A policy by id, created as a bare reference until its document is read. */
    PolicyEntry policy(String id, String name) {
        PolicyEntry policy = policies.computeIfAbsent(id, PolicyEntry::new);
        if (name != null) {
            policy.properties.putIfAbsent("name", name);
        }
        policy.properties.putIfAbsent("provider", PROVIDER);
        if (id.equals(PolicyDocument.ADMINISTRATOR_ACCESS)) {
            policy.privileged = true;
        }
        return policy;
    }

    /** A credential's metadata by id; properties given twice (login profile and report) are merged. */
    Map<String, Object> credential(Principal owner, String id) {
        owner.credentials.add(id);
        return credentials.computeIfAbsent(id, key -> new LinkedHashMap<>());
    }

    /**
     * Maps what the files say of one account into the batch: its users, roles, groups, policies and
     * credentials. AWS-managed policies are shared by every account; an import of several accounts
     * describes them with the first (so that each keeps one source scope) and only points at them
     * from the others.
     *
     * @param account       the account to map, one of {@link #accounts()} (or any, for files that name none)
     * @param policiesKnown   whether the import holds authorization details; without them (a credential
     *                        report alone) whether a user is privileged is unknown and left unsaid
     * @param describesShared whether this account's run describes the AWS-managed policies
     */
    void emit(String account, boolean policiesKnown, boolean describesShared) {
        boolean several = accounts.size() > 1;
        if (several && describesShared && !unplaced.isEmpty()) {
            batch.warn(null, "ARNs that name no 12-digit account cannot be placed in one of the files' accounts "
                    + accounts + " and are not imported: " + unplaced + "; import them with their account's files");
        }
        Map<String, GroupEntry> groupsByName = new LinkedHashMap<>();
        groups.values().stream().filter(group -> inAccount(group.arn, account, several))
                .forEach(group -> groupsByName.put(group.arn.name(), group));
        Set<String> attached = new LinkedHashSet<>();

        for (Principal principal : principals.values()) {
            if (!inAccount(principal.arn, account, several)) {
                continue;
            }
            attached.addAll(principal.policies);
            List<GroupEntry> memberOf = memberships(principal, groupsByName);
            NodeLabel label = principal.person ? NodeLabel.HUMAN_ACCOUNT : NodeLabel.NON_HUMAN_IDENTITY;
            Map<String, Object> properties = new LinkedHashMap<>(principal.properties);
            properties.put("status", "ACTIVE");
            if (policiesKnown || principal.root) {
                properties.put("privileged", principal.root || anyPrivileged(principal.policies)
                        || memberOf.stream().anyMatch(group -> anyPrivileged(group.policies)));
            }
            putIfPresent(properties, "lastUsedAt", principal.lastUsedAt);
            putIfPresent(properties, "email", principal.email);
            putList(properties, "trustedPrincipals", principal.trustedPrincipals);
            putList(properties, "instanceProfiles", principal.instanceProfiles);
            putList(properties, "tags", principal.tags);
            batch.node(label, principal.arn.value(), properties);
            NodeRef from = new NodeRef(label, principal.arn.value());

            for (OwnerTags.Owner owner : principal.owners) {
                owner.claim(from, batch);
            }
            for (GroupEntry group : memberOf) {
                batch.relationship(RelType.MEMBER_OF, from, new NodeRef(NodeLabel.GROUP, group.arn.value()));
            }
            for (String policy : principal.policies) {
                batch.relationship(RelType.HAS_POLICY, from, new NodeRef(NodeLabel.POLICY, policy));
            }
            for (Arn assumer : principal.assumers) {
                batch.relationship(RelType.CAN_ASSUME, assumerRef(assumer, account), from);
            }
            for (String credential : principal.credentials) {
                batch.node(NodeLabel.CREDENTIAL, credential, credentials.get(credential));
                batch.relationship(RelType.HAS_CREDENTIAL, from, new NodeRef(NodeLabel.CREDENTIAL, credential));
            }
        }
        for (GroupEntry group : groupsByName.values()) {
            attached.addAll(group.policies);
            Map<String, Object> properties = new LinkedHashMap<>(group.properties);
            properties.put("privileged", anyPrivileged(group.policies));
            batch.node(NodeLabel.GROUP, group.arn.value(), properties);
            for (String policy : group.policies) {
                batch.relationship(RelType.HAS_POLICY, new NodeRef(NodeLabel.GROUP, group.arn.value()),
                        new NodeRef(NodeLabel.POLICY, policy));
            }
        }
        for (PolicyEntry policy : policies.values()) {
            String policyAccount = policy.id.split(":", 6)[4];
            boolean shared = policyAccount.equals(Arn.AWS_MANAGED);
            if (shared ? !describesShared && !attached.contains(policy.id)
                    : several && !policyAccount.equals(account)) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>(policy.properties);
            properties.put("privileged", policy.privileged);
            if (policy.described && (!shared || describesShared)) {
                batch.node(NodeLabel.POLICY, policy.id, properties);
            } else {
                // only named in an attachment (AWS-managed, or left out by the export's filter)
                batch.reference(NodeLabel.POLICY, policy.id, properties);
            }
        }
    }

    /** Whether a user, role or group is of the account mapped; with one account, ARNs that name none are too. */
    private static boolean inAccount(Arn arn, String account, boolean several) {
        return arn.account().equals(account) || (!several && !arn.hasAccountId());
    }

    /** The groups of a user's GroupList; a group the files do not describe is referenced by its likely ARN. */
    private List<GroupEntry> memberships(Principal principal, Map<String, GroupEntry> groupsByName) {
        List<GroupEntry> memberOf = new ArrayList<>();
        for (String name : principal.groupNames) {
            GroupEntry group = groupsByName.get(name);
            if (group == null) {
                String arn = "arn:" + principal.arn.partition() + ":iam::" + principal.arn.account() + ":group/" + name;
                warn(principal.place, "group '" + name + "' of GroupList is not in the files' GroupDetailList;"
                        + " linked to " + arn + ", assuming path /");
                batch.reference(NodeLabel.GROUP, arn, Map.of("name", name, "provider", PROVIDER));
                group = new GroupEntry(Arn.parse(arn).orElseThrow());
            }
            memberOf.add(group);
        }
        return memberOf;
    }

    /**
     * A trusted user, role or account root. One the files describe is pointed at (described when
     * its own account is mapped). One of an account the files do not hold is a reference marked
     * {@code external}: it is known only from the trust, and is none of the imported accounts'
     * identities.
     */
    private NodeRef assumerRef(Arn assumer, String account) {
        Principal known = principals.get(assumer.value());
        NodeLabel label = known != null && known.person ? NodeLabel.HUMAN_ACCOUNT : NodeLabel.NON_HUMAN_IDENTITY;
        if (known != null && inAccount(known.arn, account, accounts.size() > 1)) {
            return new NodeRef(label, assumer.value());
        }
        Map<String, Object> stub = new LinkedHashMap<>(Map.of("name", assumer.name(), "provider", PROVIDER,
                "kind", assumer.type().equals("role") ? "IAM_ROLE" : "IAM_USER", "account", assumer.account()));
        if (known == null && !accounts.contains(assumer.account()) && !assumer.account().equals(account)) {
            stub.put("external", true);
        }
        batch.reference(label, assumer.value(), stub);
        return new NodeRef(label, assumer.value());
    }

    private boolean anyPrivileged(Set<String> policyIds) {
        return policyIds.stream().map(policies::get).anyMatch(policy -> policy != null && policy.privileged);
    }

    private static void putIfPresent(Map<String, Object> properties, String key, Object value) {
        if (value != null) {
            properties.put(key, value);
        }
    }

    private static void putList(Map<String, Object> properties, String key, java.util.Collection<String> values) {
        if (!values.isEmpty()) {
            properties.put(key, List.copyOf(values));
        }
    }
}
