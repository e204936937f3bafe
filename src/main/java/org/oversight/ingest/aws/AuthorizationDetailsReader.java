package org.oversight.ingest.aws;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.oversight.ingest.kit.Fields;
import org.oversight.ingest.kit.OwnerTags;
import org.oversight.ingest.kit.People;
import org.oversight.ingest.kit.Secrets;
import tools.jackson.databind.JsonNode;

/**
 * Reads the records of {@code aws iam get-account-authorization-details} (one file or one page of
 * it) into the inventory: users, roles, groups and managed policies, one record at a time.
 */
final class AuthorizationDetailsReader {

    static final Set<String> LISTS = Set.of("UserDetailList", "RoleDetailList", "GroupDetailList", "Policies");

    private static final Set<String> USER_FIELDS = Set.of("Path", "UserName", "UserId", "Arn", "CreateDate",
            "GroupList", "AttachedManagedPolicies", "UserPolicyList", "Tags", "PermissionsBoundary", "LoginProfile",
            "PasswordLastUsed");
    private static final Set<String> ROLE_FIELDS = Set.of("Path", "RoleName", "RoleId", "Arn", "CreateDate",
            "AssumeRolePolicyDocument", "InstanceProfileList", "RolePolicyList", "AttachedManagedPolicies", "Tags",
            "RoleLastUsed", "PermissionsBoundary", "Description", "MaxSessionDuration");
    private static final Set<String> GROUP_FIELDS = Set.of("Path", "GroupName", "GroupId", "Arn", "CreateDate",
            "GroupPolicyList", "AttachedManagedPolicies");
    private static final Set<String> POLICY_FIELDS = Set.of("PolicyName", "PolicyId", "Arn", "Path",
            "DefaultVersionId", "AttachmentCount", "PermissionsBoundaryUsageCount", "IsAttachable", "CreateDate",
            "UpdateDate", "Description", "PolicyVersionList");

    private final IamInventory inventory;
    /** Unread fields already reported, per list, so each is said once per file. */
    private final Set<String> reportedFields = new HashSet<>();

    AuthorizationDetailsReader(IamInventory inventory) {
        this.inventory = inventory;
    }

    /** One element of one of the four lists, e.g. {@code UserDetailList[3]}. */
    void record(String list, JsonNode node, Place place) {
        place.requireObject(node);
        switch (list) {
            case "UserDetailList" -> user(node, place);
            case "RoleDetailList" -> role(node, place);
            case "GroupDetailList" -> group(node, place);
            case "Policies" -> managedPolicy(node, place);
            default -> throw new IllegalArgumentException(list);
        }
    }

    private void user(JsonNode node, Place place) {
        reportUnreadFields("UserDetailList", node, USER_FIELDS, place);
        Arn arn = Arn.require(place.requiredText(node, "Arn"), "user", place, "Arn");
        IamInventory.Principal user = inventory.principal(arn, "IAM_USER", place, "Arn");
        common(user.properties, node, place, "UserName", "UserId");
        for (JsonNode group : place.list(node, "GroupList")) {
            if (!group.isString() || group.stringValue().isBlank()) {
                throw place.error("GroupList", "holds " + Fields.describe(group) + ", not a group name");
            }
            user.groupNames.add(group.stringValue().strip());
        }
        attachments(user.policies, node, place, "UserPolicyList", arn);
        tags(user, node, place);
        user.usedAt(place.time(node, "PasswordLastUsed"));
        JsonNode loginProfile = place.object(node, "LoginProfile");
        if (loginProfile != null) {
            // a console password: a person signs in with this user (the password itself is never read)
            Place profile = place.child(".LoginProfile");
            user.person = true;
            Map<String, Object> password = inventory.credential(user, arn.value() + "/password");
            password.putAll(CredentialReportReader.password(arn));
            putIfPresent(password, "createdAt", profile.time(loginProfile, "CreateDate"));
            putIfPresent(password, "passwordResetRequired", profile.bool(loginProfile, "PasswordResetRequired"));
        }
    }

    private void role(JsonNode node, Place place) {
        reportUnreadFields("RoleDetailList", node, ROLE_FIELDS, place);
        Arn arn = Arn.require(place.requiredText(node, "Arn"), "role", place, "Arn");
        IamInventory.Principal role = inventory.principal(arn, "IAM_ROLE", place, "Arn");
        common(role.properties, node, place, "RoleName", "RoleId");
        String path = (String) role.properties.get("path");
        // AWS creates and owns service-linked roles; they are kept, marked
        role.properties.put("serviceLinked", path.startsWith("/aws-service-role/"));
        putIfPresent(role.properties, "description", place.text(node, "Description"));
        putIfPresent(role.properties, "maxSessionDuration", place.number(node, "MaxSessionDuration"));
        attachments(role.policies, node, place, "RolePolicyList", arn);
        tags(role, node, place);

        JsonNode lastUsed = place.object(node, "RoleLastUsed");
        if (lastUsed != null) {
            Place used = place.child(".RoleLastUsed");
            role.usedAt(used.time(lastUsed, "LastUsedDate"));
            putIfPresent(role.properties, "lastUsedRegion", used.text(lastUsed, "Region"));
        }
        List<JsonNode> profiles = place.list(node, "InstanceProfileList");
        for (int i = 0; i < profiles.size(); i++) {
            Place profile = place.child(".InstanceProfileList[" + i + "]");
            role.instanceProfiles.add(profile.requiredText(profile.requireObject(profiles.get(i)), "InstanceProfileName"));
        }

        PolicyDocument.Trust trust = PolicyDocument.read(node.get("AssumeRolePolicyDocument"), place,
                "AssumeRolePolicyDocument").trust();
        role.assumers.addAll(trust.assumers());
        role.trustedPrincipals.addAll(trust.otherPrincipals());
        if (!trust.deniedPrincipals().isEmpty()) {
            inventory.warn(place, "trust policy denies " + trust.deniedPrincipals()
                    + "; Deny statements are not mapped");
        }
    }

    private void group(JsonNode node, Place place) {
        reportUnreadFields("GroupDetailList", node, GROUP_FIELDS, place);
        Arn arn = Arn.require(place.requiredText(node, "Arn"), "group", place, "Arn");
        IamInventory.GroupEntry group = inventory.group(arn, place, "Arn");
        common(group.properties, node, place, "GroupName", "GroupId");
        attachments(group.policies, node, place, "GroupPolicyList", arn);
    }

    /** A customer- or AWS-managed policy with its versions; only the default version is read. */
    private void managedPolicy(JsonNode node, Place place) {
        reportUnreadFields("Policies", node, POLICY_FIELDS, place);
        Arn arn = Arn.require(place.requiredText(node, "Arn"), "policy", place, "Arn");
        inventory.checkAccount(arn, place, "Arn");
        IamInventory.PolicyEntry policy = inventory.policy(arn.value(), null);
        Map<String, Object> properties = policy.properties;
        properties.put("name", place.requiredText(node, "PolicyName"));
        properties.put("path", place.text(node, "Path") == null ? arn.path() : place.text(node, "Path"));
        properties.put("awsManaged", arn.account().equals(Arn.AWS_MANAGED));
        putIfPresent(properties, "uniqueId", place.text(node, "PolicyId"));
        putIfPresent(properties, "description", place.text(node, "Description"));
        putIfPresent(properties, "createdAt", place.time(node, "CreateDate"));
        putIfPresent(properties, "updatedAt", place.time(node, "UpdateDate"));
        putIfPresent(properties, "attachmentCount", place.number(node, "AttachmentCount"));
        putIfPresent(properties, "permissionsBoundaryUsageCount", place.number(node, "PermissionsBoundaryUsageCount"));
        putIfPresent(properties, "attachable", place.bool(node, "IsAttachable"));
        String defaultVersion = place.text(node, "DefaultVersionId");
        putIfPresent(properties, "defaultVersion", defaultVersion);
        policy.described = true;

        List<JsonNode> versions = place.list(node, "PolicyVersionList");
        PolicyDocument.Summary summary = null;
        for (int i = 0; i < versions.size(); i++) {
            Place version = place.child(".PolicyVersionList[" + i + "]");
            JsonNode entry = version.requireObject(versions.get(i));
            boolean isDefault = Boolean.TRUE.equals(version.bool(entry, "IsDefaultVersion"))
                    || (defaultVersion != null && defaultVersion.equals(version.text(entry, "VersionId")));
            if (isDefault) {
                summary = PolicyDocument.read(entry.get("Document"), version, "Document").summarise();
                summary.addTo(properties);
                policy.privileged |= summary.privileged();
                break;
            }
        }
        if (summary == null) {
            inventory.warn(place, "no default version in PolicyVersionList; the policy's actions are unknown");
        }
    }

    /** Name, path, unique id and creation date, which users, roles and groups share. */
    private static void common(Map<String, Object> properties, JsonNode node, Place place, String nameField,
            String idField) {
        properties.put("name", place.requiredText(node, nameField));
        putIfPresent(properties, "path", place.text(node, "Path"));
        putIfPresent(properties, "uniqueId", place.text(node, idField));
        putIfPresent(properties, "createdAt", place.time(node, "CreateDate"));
    }

    /** AttachedManagedPolicies and the inline policies of a user, role or group. */
    private void attachments(Set<String> policyIds, JsonNode node, Place place, String inlineList, Arn owner) {
        List<JsonNode> managed = place.list(node, "AttachedManagedPolicies");
        for (int i = 0; i < managed.size(); i++) {
            Place attached = place.child(".AttachedManagedPolicies[" + i + "]");
            JsonNode entry = attached.requireObject(managed.get(i));
            Arn arn = Arn.require(attached.requiredText(entry, "PolicyArn"), "policy", attached, "PolicyArn");
            inventory.policy(arn.value(), attached.text(entry, "PolicyName"));
            policyIds.add(arn.value());
        }
        List<JsonNode> inline = place.list(node, inlineList);
        for (int i = 0; i < inline.size(); i++) {
            Place policyPlace = place.child("." + inlineList + "[" + i + "]");
            JsonNode entry = policyPlace.requireObject(inline.get(i));
            String name = policyPlace.requiredText(entry, "PolicyName");
            IamInventory.PolicyEntry policy = inventory.policy(owner.value() + "/inline/" + name, name);
            policy.properties.put("inline", true);
            PolicyDocument.Summary summary = PolicyDocument.read(entry.get("PolicyDocument"), policyPlace,
                    "PolicyDocument").summarise();
            summary.addTo(policy.properties);
            policy.privileged = summary.privileged();
            policy.described = true;
            policyIds.add(policy.id);
        }
    }

    /** Owner, e-mail and team tags become owners and e-mails; the rest is kept as Key=Value. */
    private void tags(IamInventory.Principal principal, JsonNode node, Place place) {
        List<JsonNode> tags = place.list(node, "Tags");
        boolean user = principal.kind.equals("IAM_USER");
        for (int i = 0; i < tags.size(); i++) {
            Place tagPlace = place.child(".Tags[" + i + "]");
            JsonNode tag = tagPlace.requireObject(tags.get(i));
            String key = tagPlace.requiredText(tag, "Key");
            String value = tagPlace.text(tag, "Value");
            OwnerTags.Meaning meaning = OwnerTags.meaning(key);
            if (meaning == OwnerTags.Meaning.OTHER || (meaning != OwnerTags.Meaning.TEAM && value == null)) {
                keepAsTag(principal, key, value, tagPlace);
                continue;
            }
            switch (meaning) {
                case EMAIL -> {
                    if (user && People.isEmail(value)) {
                        // the person whose account this is; the account is linked to them after the write
                        principal.email = value;
                        principal.person = true;
                    } else {
                        ownerByEmail(principal, key, value, "ACCOUNTABLE", tagPlace);
                    }
                }
                case OWNER -> ownerByEmail(principal, key, value, "ACCOUNTABLE", tagPlace);
                case TECHNICAL_OWNER -> ownerByEmail(principal, key, value, "TECHNICAL", tagPlace);
                case TEAM -> {
                    Optional<OwnerTags.Owner> team = OwnerTags.team(value);
                    if (team.isEmpty()) {
                        keepAsTag(principal, key, value, tagPlace);
                        inventory.warn(tagPlace, "team tag '" + key + "' names no team; kept as a tag");
                    } else {
                        principal.owners.add(team.get());
                    }
                }
                default -> throw new IllegalStateException(meaning.toString());
            }
        }
    }

    private void ownerByEmail(IamInventory.Principal principal, String key, String value, String role, Place place) {
        List<String> notAddresses = new ArrayList<>();
        List<OwnerTags.Owner> owners = OwnerTags.people(value, role, notAddresses::add);
        if (!notAddresses.isEmpty()) {
            keepAsTag(principal, key, value, place);
            inventory.warn(place, "owner tag '" + key + "' is '" + Secrets.redact(value) + "', not " + (owners.isEmpty()
                    ? "an e-mail address; no owner linked," : "e-mail addresses alone; " + owners.size() + " linked,")
                    + " kept as a tag");
        }
        principal.owners.addAll(owners);
    }

    /** A tag kept as {@code Key=Value}, screened: a secret-looking key keeps no value, a secret in a value is redacted. */
    private void keepAsTag(IamInventory.Principal principal, String key, String value, Place place) {
        principal.tags.add(Secrets.pair("tag", key, value, warning -> inventory.warn(place, warning)));
    }

    private void reportUnreadFields(String list, JsonNode node, Set<String> known, Place place) {
        for (String field : node.propertyNames()) {
            if (!known.contains(field) && reportedFields.add(list + "." + field)) {
                inventory.warn(place, "field '" + field + "' of " + list + " records is not read");
            }
        }
    }

    private static void putIfPresent(Map<String, Object> properties, String key, Object value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
