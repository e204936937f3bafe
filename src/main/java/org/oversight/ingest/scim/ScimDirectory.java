package org.oversight.ingest.scim;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRef;
import org.oversight.graph.RelType;
import org.oversight.ingest.kit.Fields;
import org.oversight.ingest.kit.People;
import tools.jackson.databind.JsonNode;

/**
 * The people and teams of one SCIM import. Users and Groups are mapped as they stream past; what
 * names another resource by SCIM id (a user's manager, a group's members, a user's groups) waits
 * until every file of the import is read and is then resolved through all of them, so users and
 * groups may come in any order and in separate files.
 */
final class ScimDirectory {

    private final GraphBatch.Builder batch;

    private final Map<String, String> humanIdByScimId = new HashMap<>();
    private final Map<String, Seen> userByHumanId = new HashMap<>();
    private final Map<String, String> teamIdByScimId = new HashMap<>();
    private final Map<String, Seen> groupByTeamId = new HashMap<>();

    private final List<ManagerLink> managerLinks = new ArrayList<>();
    private final List<MemberLink> memberLinks = new ArrayList<>();
    private final List<GroupLink> groupLinks = new ArrayList<>();

    /** Where a user or group was first met, to name both sides of a clash. */
    private record Seen(String scimId, String location) {
    }

    /** The enterprise extension's {@code manager} of a user. */
    private record ManagerLink(String location, String humanId, String managerScimId, String managerName) {
    }

    /** One of a group's {@code members}. */
    private record MemberLink(String location, String teamId, String scimId, String type, String ref, String display) {
    }

    /** One of a user's {@code groups}. */
    private record GroupLink(String location, String humanId, String groupScimId, String display) {
    }

    ScimDirectory(GraphBatch.Builder batch) {
        this.batch = batch;
    }

    /** A resource of a ListResponse, which may be a User, a Group or something to warn about. */
    void listed(ScimResource resource) {
        if (resource.node() == null || !resource.node().isObject()) {
            throw resource.error(null, "expected a SCIM resource (a JSON object)");
        }
        List<String> schemas = resource.schemas();
        ScimSchemas.Classification classification = ScimSchemas.classify(schemas);
        switch (classification.kind()) {
            case USER -> user(resource);
            case GROUP -> group(resource);
            case LIST_RESPONSE, OTHER_STANDARD -> throw resource.error("schemas",
                    ScimSchemas.notUsersOrGroups(classification.name()));
            case UNKNOWN -> {
                if (!schemas.isEmpty()) {
                    batch.warn(resource.location(), "schemas " + schemas
                            + " are neither a SCIM User nor a Group; the resource is not imported");
                } else {
                    inferKind(resource);
                }
            }
        }
    }

    /**
     * A listed resource without schemas (servers may leave them out when asked for some
     * attributes only): {@code meta.resourceType} tells, else {@code userName} (required of every
     * User) or {@code members} (only Groups have them).
     */
    private void inferKind(ScimResource resource) {
        String resourceType = resource.text("meta", "resourceType");
        if ("User".equalsIgnoreCase(resourceType) || resourceType == null && resource.at("userName") != null) {
            user(resource);
        } else if ("Group".equalsIgnoreCase(resourceType) || resourceType == null && resource.at("members") != null) {
            group(resource);
        } else {
            batch.warn(resource.location(), resourceType != null
                    ? "is a " + resourceType + ", neither a SCIM User nor a Group; the resource is not imported"
                    : "has no schemas, meta.resourceType, userName or members to tell a User from a Group; "
                    + "the resource is not imported");
        }
    }

    /** A User: a Human keyed by e-mail; its manager and groups are resolved later. */
    void user(ScimResource user) {
        String humanId = People.humanId(primaryEmail(user));
        String scimId = user.text("id");
        register(user, humanId, scimId);

        JsonNode enterprise = user.at(ScimSchemas.ENTERPRISE_USER);
        if (enterprise != null && !enterprise.isObject()) {
            throw user.error(ScimSchemas.ENTERPRISE_USER, "must be an object (the enterprise user extension), not "
                    + Fields.describe(enterprise));
        }
        boolean active = active(user);
        Map<String, Object> properties = new LinkedHashMap<>();
        putIfPresent(properties, "name", name(user));
        properties.put("email", humanId);
        properties.put("status", active ? "ACTIVE" : "LEAVER");
        // Explicitly null for active users, so a rehired person loses an earlier leaving date.
        properties.put("leftAt", active ? null : leftAt(user));
        putIfPresent(properties, "title", user.text("title"));
        putIfPresent(properties, "department", user.text(ScimSchemas.ENTERPRISE_USER, "department"));
        putIfPresent(properties, "employeeNumber", user.text(ScimSchemas.ENTERPRISE_USER, "employeeNumber"));
        putIfPresent(properties, "costCenter", user.text(ScimSchemas.ENTERPRISE_USER, "costCenter"));
        putIfPresent(properties, "organization", user.text(ScimSchemas.ENTERPRISE_USER, "organization"));
        putIfPresent(properties, "division", user.text(ScimSchemas.ENTERPRISE_USER, "division"));
        putIfPresent(properties, "userName", user.text("userName"));
        putIfPresent(properties, "userType", user.text("userType"));
        putIfPresent(properties, "scimId", scimId);
        putIfPresent(properties, "externalId", user.text("externalId"));
        // Never read: password (a secret), x509Certificates, addresses, phone numbers and the like.
        batch.node(NodeLabel.HUMAN, humanId, properties);

        JsonNode manager = user.at(ScimSchemas.ENTERPRISE_USER, "manager");
        if (manager != null) {
            String managerField = ScimSchemas.ENTERPRISE_USER + ".manager";
            if (manager.isObject()) {
                managerLinks.add(new ManagerLink(user.location(), humanId,
                        user.text(ScimResource.attribute(manager, "value"), managerField + ".value"),
                        user.text(ScimResource.attribute(manager, "displayName"), managerField + ".displayName")));
            } else {
                // Some servers give the manager's id alone.
                managerLinks.add(new ManagerLink(user.location(), humanId, user.text(manager, managerField), null));
            }
        }

        List<JsonNode> groups = user.list("groups");
        for (int i = 0; i < groups.size(); i++) {
            String field = "groups[" + i + "]";
            JsonNode group = requireObject(user, groups.get(i), field);
            groupLinks.add(new GroupLink(user.location() + ", " + field, humanId,
                    user.text(ScimResource.attribute(group, "value"), field + ".value"),
                    user.text(ScimResource.attribute(group, "display"), field + ".display")));
        }
    }

    /** A Group: a Team named after it; its members are resolved later. */
    void group(ScimResource group) {
        String displayName = group.fields().required(group.text("displayName"), "displayName",
                "a group's Team id is made of its name");
        String teamId = People.teamId(displayName);
        if (teamId == null) {
            throw group.error("displayName", "'" + displayName + "' has no letters or digits to make a Team id of");
        }
        String scimId = group.text("id");
        if (scimId != null) {
            String earlier = teamIdByScimId.putIfAbsent(scimId, teamId);
            if (earlier != null && !earlier.equals(teamId)) {
                throw group.error("id", "SCIM id " + scimId + " is also the group of " + earlier
                        + " in this import, under another name");
            }
        }
        Seen namesake = groupByTeamId.putIfAbsent(teamId, new Seen(scimId, group.location()));
        if (namesake != null && namesake.scimId() != null && scimId != null && !namesake.scimId().equals(scimId)) {
            batch.warn(group.location(), "group '" + displayName + "' and the group at " + namesake.location()
                    + " both make Team " + teamId + "; their members are merged");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", displayName);
        putIfPresent(properties, "scimId", scimId);
        putIfPresent(properties, "externalId", group.text("externalId"));
        batch.node(NodeLabel.TEAM, teamId, properties);

        List<JsonNode> members = group.list("members");
        for (int i = 0; i < members.size(); i++) {
            String field = "members[" + i + "]";
            JsonNode member = requireObject(group, members.get(i), field);
            memberLinks.add(new MemberLink(group.location() + ", " + field, teamId,
                    group.text(ScimResource.attribute(member, "value"), field + ".value"),
                    group.text(ScimResource.attribute(member, "type"), field + ".type"),
                    group.text(ScimResource.attribute(member, "$ref"), field + ".$ref"),
                    group.text(ScimResource.attribute(member, "display"), field + ".display")));
        }
    }

    /** Writes the links between users and groups of the whole import; what cannot be resolved becomes a warning. */
    void resolveLinks() {
        managerLinks.forEach(this::resolve);
        memberLinks.forEach(this::resolve);
        groupLinks.forEach(this::resolve);
    }

    private void resolve(ManagerLink link) {
        String manager = link.managerName() == null ? "the manager" : "manager '" + link.managerName() + "'";
        if (link.managerScimId() == null) {
            batch.warn(link.location(), manager + " has no SCIM id ('value') to find them by; no REPORTS_TO written");
            return;
        }
        String managerId = humanIdByScimId.get(link.managerScimId());
        if (managerId == null) {
            batch.warn(link.location(), manager + " (SCIM id " + link.managerScimId()
                    + ") is not among the users of this import; no REPORTS_TO written");
        } else if (managerId.equals(link.humanId())) {
            batch.warn(link.location(), manager + " is the user themself; no REPORTS_TO written");
        } else {
            batch.relationship(RelType.REPORTS_TO, human(link.humanId()), human(managerId));
        }
    }

    private void resolve(MemberLink link) {
        String member = link.display() == null ? "the member" : "member '" + link.display() + "'";
        boolean isGroup = "Group".equalsIgnoreCase(link.type())
                || link.ref() != null && link.ref().contains("/Groups/")
                || link.scimId() != null && teamIdByScimId.containsKey(link.scimId());
        if (isGroup) {
            batch.warn(link.location(), member + " is a group; nested groups are not mapped, as teams hold people only");
        } else if (link.type() != null && !"User".equalsIgnoreCase(link.type())) {
            batch.warn(link.location(), member + " is of type '" + link.type() + "', not a User; not mapped");
        } else if (link.scimId() == null) {
            batch.warn(link.location(), member + " has no SCIM id ('value') to find them by; no MEMBER_OF written");
        } else if (!humanIdByScimId.containsKey(link.scimId())) {
            batch.warn(link.location(), member + " (SCIM id " + link.scimId()
                    + ") is not among the users of this import; no MEMBER_OF written");
        } else {
            batch.relationship(RelType.MEMBER_OF, human(humanIdByScimId.get(link.scimId())),
                    new NodeRef(NodeLabel.TEAM, link.teamId()));
        }
    }

    /** A group named on the user's side: the import's Group if it has it, else a Team referenced by its name. */
    private void resolve(GroupLink link) {
        String teamId = link.groupScimId() == null ? null : teamIdByScimId.get(link.groupScimId());
        if (teamId == null && link.display() != null) {
            teamId = People.teamId(link.display());
            if (teamId != null) {
                batch.reference(NodeLabel.TEAM, teamId, Map.of("name", link.display()));
            }
        }
        if (teamId == null) {
            batch.warn(link.location(), "group " + (link.groupScimId() == null ? "without id" : link.groupScimId())
                    + " is not among the groups of this import and has no usable 'display' name; no MEMBER_OF written");
            return;
        }
        batch.relationship(RelType.MEMBER_OF, human(link.humanId()), new NodeRef(NodeLabel.TEAM, teamId));
    }

    /**
     * The e-mail that keys the person: the primary one, else the work one, else the first; failing
     * those a userName that is an e-mail address.
     */
    private static String primaryEmail(ScimResource user) {
        List<JsonNode> emails = user.list("emails");
        List<Integer> withValue = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            JsonNode email = requireObject(user, emails.get(i), "emails[" + i + "]");
            if (user.text(ScimResource.attribute(email, "value"), "emails[" + i + "].value") != null) {
                withValue.add(i);
            }
        }
        Integer chosen = firstOf(withValue, i -> ScimResource.isTrue(emails.get(i), "primary"));
        if (chosen == null) {
            chosen = firstOf(withValue, i -> "work".equalsIgnoreCase(
                    user.text(ScimResource.attribute(emails.get(i), "type"), "emails[" + i + "].type")));
        }
        if (chosen == null && !withValue.isEmpty()) {
            chosen = withValue.getFirst();
        }
        if (chosen != null) {
            String field = "emails[" + chosen + "].value";
            String email = user.text(ScimResource.attribute(emails.get(chosen), "value"), field);
            if (!People.isEmail(email)) {
                throw user.error(field, "'" + email + "' is not an e-mail address");
            }
            return email;
        }
        String userName = user.text("userName");
        if (People.isEmail(userName)) {
            return userName;
        }
        throw user.error("emails", "no e-mail address: the user has no 'emails'"
                + (userName == null ? "" : " and its userName '" + userName + "' is not one")
                + "; a person's Human id is their e-mail, so export the emails attribute");
    }

    private static Integer firstOf(List<Integer> indexes, Predicate<Integer> test) {
        return indexes.stream().filter(test).findFirst().orElse(null);
    }

    /** name.formatted, else given and family name, else displayName. */
    private static String name(ScimResource user) {
        String formatted = user.text("name", "formatted");
        if (formatted != null) {
            return formatted;
        }
        String givenAndFamily = Stream.of(user.text("name", "givenName"), user.text("name", "familyName"))
                .filter(part -> part != null).collect(Collectors.joining(" "));
        return givenAndFamily.isEmpty() ? user.text("displayName") : givenAndFamily;
    }

    private static boolean active(ScimResource user) {
        Boolean active = user.fields().boolOrText(user.at("active"), "active");
        return active == null || active;
    }

    /**
     * When an inactive user left: their last modification, which is when they were deactivated at
     * the latest; unknown (null) without one, never the time of the import, so that importing the
     * same file again changes nothing.
     */
    private OffsetDateTime leftAt(ScimResource user) {
        return user.fields().time(user.text("meta", "lastModified"), "meta.lastModified");
    }

    private void register(ScimResource user, String humanId, String scimId) {
        Seen earlier = userByHumanId.putIfAbsent(humanId, new Seen(scimId, user.location()));
        if (earlier != null && earlier.scimId() != null && scimId != null && !earlier.scimId().equals(scimId)) {
            throw user.error("emails", "e-mail '" + humanId + "' is also the e-mail of user " + earlier.scimId()
                    + " (" + earlier.location() + "); one person cannot be two users");
        }
        if (scimId != null) {
            String other = humanIdByScimId.putIfAbsent(scimId, humanId);
            if (other != null && !other.equals(humanId)) {
                throw user.error("id", "SCIM id " + scimId + " is also the user " + other
                        + " in this import, with another e-mail");
            }
        }
    }

    private static JsonNode requireObject(ScimResource resource, JsonNode value, String field) {
        if (!value.isObject()) {
            throw resource.error(field, "must be an object, not " + Fields.describe(value));
        }
        return value;
    }

    private static NodeRef human(String id) {
        return new NodeRef(NodeLabel.HUMAN, id);
    }

    private static void putIfPresent(Map<String, Object> properties, String key, String value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
