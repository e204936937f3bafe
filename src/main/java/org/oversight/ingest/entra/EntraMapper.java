package org.oversight.ingest.entra;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRef;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.kit.People;
import tools.jackson.databind.JsonNode;

/**
 * Maps the records of Entra ID exports to the graph model, file after file, into one batch.
 * What needs objects of other files (an owner given by id only, the name of a permission held
 * through an app role assignment, the tenant) is kept aside and settled by {@link #finish}.
 */
final class EntraMapper implements ExportReader.Listener {

    static final String PROVIDER = "entra";
    /** The app role id Graph uses for "access to the application" without a specific role. */
    private static final String DEFAULT_ACCESS_ROLE = "00000000-0000-0000-0000-000000000000";
    private static final Map<String, Object> SOURCE_OWNER = Map.of("role", "ACCOUNTABLE", "source", "SOURCE_OWNER");
    private static final String IMPORT_LOCATION = "entra import";

    /** How to reach the person behind a user object: lower-case e-mail (null when it has none usable) and name. */
    private record Contact(String email, String name) {
    }

    private record PendingOwner(NodeRef owned, String ownerId, String where) {
    }

    private record Assignment(NodeRef principal, String resourceId, String appRoleId, String resourceName) {
    }

    private record RequestedPermission(String resourceAppId, String permissionId, String type) {
    }

    private final GraphBatch.Builder batch;

    private String file;
    private int recognised;
    private int unrecognised;
    private String firstUnrecognised;
    private String firstUnrecognisedReason;

    private final Map<String, Contact> users = new LinkedHashMap<>();
    private final Map<String, String> servicePrincipalNames = new LinkedHashMap<>();
    private final Map<String, String> appIdOfServicePrincipal = new LinkedHashMap<>();
    private final Set<String> applicationAppIds = new LinkedHashSet<>();
    private final Map<String, String> ownerOrganisationOfAppId = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> appRolesOfServicePrincipal = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> appRolesOfAppId = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> scopesOfAppId = new LinkedHashMap<>();
    private final List<PendingOwner> pendingOwners = new ArrayList<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private final Map<String, List<RequestedPermission>> requestedPermissions = new LinkedHashMap<>();
    private final Map<String, NodeLabel> describedIdentities = new LinkedHashMap<>();
    /** Identities whose app role assignments the import lists, so "not privileged" can be said of them. */
    private final Set<String> assignmentsListed = new LinkedHashSet<>();
    private final Map<String, int[]> pages = new LinkedHashMap<>();

    EntraMapper(GraphBatch.Builder batch) {
        this.batch = batch;
    }

    void startFile(String name) {
        file = name;
        recognised = 0;
        unrecognised = 0;
        firstUnrecognised = null;
        firstUnrecognisedReason = null;
    }

    /** Refuses a file none of whose records is an Entra object: it is a file of another kind. */
    void endFile() {
        if (recognised == 0 && unrecognised > 0) {
            throw new ImportException(file, firstUnrecognised, null, firstUnrecognisedReason
                    + "; nothing in the file is a Microsoft Graph object this source reads, so the file is refused");
        }
    }

    // ---------------------------------------------------------------- records

    @Override
    public void record(String location, JsonNode node, ListContext context) {
        if (!node.isObject()) {
            unrecognised(location, "is " + kindOf(node) + ", not a Microsoft Graph object");
            return;
        }
        GraphObject object = GraphObject.of(file, location, node);
        if (object.has("@removed")) {
            recognised++;
            batch.warn(object.where(), "marked @removed (a deletion in a delta response); not imported");
            return;
        }
        EntraType type = RecordTypes.typeOf(object, context);
        if (type == null) {
            unrecognised(location, RecordTypes.unrecognisedReason(object, node.propertyNames()));
            return;
        }
        recognised++;
        if (context.relation() == null) {
            describe(object, type);
            return;
        }
        switch (context.relation()) {
            case OWNERS -> owner(object, type, context.parentId(), context.parentType());
            case MEMBERS -> member(object, type, context.parentId());
            case FEDERATED_CREDENTIALS -> federatedCredential(object, context.parentId());
            case APP_ROLE_ASSIGNMENTS -> {
                if (context.parentId() != null) {
                    assignmentsListed.add(entraId(context.parentId()));
                }
                assignment(object, context.parentId(), context.parentType());
            }
            case CHILDREN_OF_PARAMETER -> childOfParameter(object, type, context.parentId());
        }
    }

    @Override
    public void page(String collection, boolean more) {
        pages.computeIfAbsent(collection, key -> new int[2])[more ? 0 : 1]++;
    }

    @Override
    public void warn(String location, String message) {
        batch.warn(location, message);
    }

    /** An object in a plain list: what it is decides what it becomes. */
    private void describe(GraphObject object, EntraType type) {
        switch (type) {
            case APPLICATION -> application(object);
            case SERVICE_PRINCIPAL -> servicePrincipal(object);
            case USER -> user(object);
            case GROUP -> group(object);
            case FEDERATED_CREDENTIAL -> federatedCredential(object, null);
            case APP_ROLE_ASSIGNMENT -> assignment(object, null, null);
            case DIRECTORY_OBJECT -> batch.warn(object.where(),
                    "a directory object whose kind the export does not say (no @odata.type); not imported");
            case OTHER -> batch.warn(object.where(), "a " + object.text("@odata.type")
                    + ", which this source does not read; not imported");
        }
    }

    /** With parameter {@code parent} every record is a child of that object: a credential, an assignment or an owner. */
    private void childOfParameter(GraphObject object, EntraType type, String parentId) {
        switch (type) {
            case FEDERATED_CREDENTIAL -> federatedCredential(object, parentId);
            case APP_ROLE_ASSIGNMENT -> assignment(object, parentId, null);
            case APPLICATION -> batch.warn(object.where(), "an application in a list of the children of " + parentId
                    + " (parameter parent); import applications without parameter parent; not imported");
            default -> owner(object, type, parentId, null);
        }
    }

    // ---------------------------------------------------------------- objects

    private void application(GraphObject app) {
        String objectId = app.id();
        String id = entraId(objectId);
        String appId = app.text("appId");
        Map<String, Object> properties = new LinkedHashMap<>();
        put(properties, "name", app.text("displayName"));
        properties.put("provider", PROVIDER);
        properties.put("kind", "APPLICATION");
        put(properties, "appId", appId);
        put(properties, "description", app.text("description"));
        put(properties, "createdAt", app.time("createdDateTime"));
        put(properties, "signInAudience", app.text("signInAudience"));
        properties.put("status", app.has("deletedDateTime") ? "DELETED" : "ACTIVE");
        identity(NodeLabel.NON_HUMAN_IDENTITY, id, properties);
        if (appId != null) {
            applicationAppIds.add(appId);
            collectPermissions(app.objects("appRoles"), appRolesOfAppId.computeIfAbsent(appId, key -> new LinkedHashMap<>()));
            GraphObject api = app.object("api");
            if (api != null) {
                collectPermissions(api.objects("oauth2PermissionScopes"),
                        scopesOfAppId.computeIfAbsent(appId, key -> new LinkedHashMap<>()));
            }
        }
        for (GraphObject resource : app.objects("requiredResourceAccess")) {
            String resourceAppId = resource.requiredText("resourceAppId", "it names the API whose permissions are requested");
            for (GraphObject access : resource.objects("resourceAccess")) {
                requestedPermissions.computeIfAbsent(id, key -> new ArrayList<>()).add(new RequestedPermission(
                        resourceAppId, access.requiredText("id", "it names the permission"),
                        "Scope".equalsIgnoreCase(access.text("type")) ? "Scope" : "Role"));
            }
        }
        credentials(app, objectId);
        owners(app, objectId, EntraType.APPLICATION);
    }

    private void servicePrincipal(GraphObject sp) {
        String objectId = sp.id();
        String id = entraId(objectId);
        String appId = sp.text("appId");
        String type = sp.text("servicePrincipalType");
        String ownerOrganisation = sp.text("appOwnerOrganizationId");
        Map<String, Object> properties = new LinkedHashMap<>();
        put(properties, "name", sp.text("displayName"));
        properties.put("provider", PROVIDER);
        properties.put("kind", "ManagedIdentity".equalsIgnoreCase(type) ? "MANAGED_IDENTITY" : "SERVICE_PRINCIPAL");
        put(properties, "appId", appId);
        put(properties, "appOwnerOrganizationId", ownerOrganisation);
        put(properties, "servicePrincipalType", type);
        put(properties, "description", sp.text("description"));
        put(properties, "createdAt", sp.time("createdDateTime"));
        put(properties, "status", status(sp));
        identity(NodeLabel.NON_HUMAN_IDENTITY, id, properties);
        servicePrincipalNames.put(objectId, sp.text("displayName"));
        Map<String, String> appRoles = appRolesOfServicePrincipal.computeIfAbsent(objectId, key -> new LinkedHashMap<>());
        collectPermissions(sp.objects("appRoles"), appRoles);
        if (appId != null) {
            appIdOfServicePrincipal.put(objectId, appId);
            if (ownerOrganisation != null) {
                ownerOrganisationOfAppId.put(appId, ownerOrganisation);
            }
            appRolesOfAppId.computeIfAbsent(appId, key -> new LinkedHashMap<>()).putAll(appRoles);
            collectPermissions(sp.objects("oauth2PermissionScopes"),
                    scopesOfAppId.computeIfAbsent(appId, key -> new LinkedHashMap<>()));
        }
        credentials(sp, objectId);
        owners(sp, objectId, EntraType.SERVICE_PRINCIPAL);
        expandedAssignments(sp, objectId, EntraType.SERVICE_PRINCIPAL);
        memberOf(sp, id);
    }

    private void user(GraphObject user) {
        String objectId = user.id();
        String id = entraId(objectId);
        Map<String, Object> properties = new LinkedHashMap<>();
        put(properties, "name", user.text("displayName"));
        properties.put("provider", PROVIDER);
        properties.put("kind", "USER_ACCOUNT");
        put(properties, "upn", user.text("userPrincipalName"));
        put(properties, "email", user.text("mail"));
        put(properties, "userType", user.text("userType"));
        put(properties, "createdAt", user.time("createdDateTime"));
        put(properties, "status", status(user));
        identity(NodeLabel.HUMAN_ACCOUNT, id, properties);
        users.put(objectId, contact(user));
        expandedAssignments(user, objectId, EntraType.USER);
        memberOf(user, id);
    }

    private void group(GraphObject group) {
        String objectId = group.id();
        String id = entraId(objectId);
        Map<String, Object> properties = new LinkedHashMap<>();
        put(properties, "name", group.text("displayName"));
        properties.put("provider", PROVIDER);
        put(properties, "description", group.text("description"));
        put(properties, "mail", group.text("mail"));
        put(properties, "securityEnabled", group.bool("securityEnabled"));
        put(properties, "mailEnabled", group.bool("mailEnabled"));
        List<String> groupTypes = group.texts("groupTypes");
        if (!groupTypes.isEmpty()) {
            properties.put("groupTypes", groupTypes);
        }
        batch.node(NodeLabel.GROUP, id, properties);
        for (GraphObject member : group.objects("members")) {
            member(member, RecordTypes.typeOf(member, RecordTypes.DIRECTORY_OBJECTS), objectId);
        }
        owners(group, objectId, EntraType.GROUP);
        expandedAssignments(group, objectId, EntraType.GROUP);
    }

    private void identity(NodeLabel label, String id, Map<String, Object> properties) {
        batch.node(label, id, properties);
        describedIdentities.put(id, label);
    }

    private static String status(GraphObject object) {
        if (object.has("deletedDateTime")) {
            return "DELETED";
        }
        Boolean enabled = object.bool("accountEnabled");
        return enabled == null ? null : enabled ? "ACTIVE" : "DISABLED";
    }

    private static void collectPermissions(List<GraphObject> permissions, Map<String, String> valueById) {
        for (GraphObject permission : permissions) {
            String id = permission.text("id");
            String value = permission.text("value");
            if (id != null && value != null) {
                valueById.put(id, value);
            }
        }
    }

    // ---------------------------------------------------------------- credentials

    private void credentials(GraphObject owner, String objectId) {
        String id = entraId(objectId);
        for (GraphObject secret : owner.objects("passwordCredentials")) {
            clientSecret(secret, id);
        }
        for (GraphObject certificate : owner.objects("keyCredentials")) {
            certificate(certificate, id);
        }
        for (GraphObject federated : owner.objects("federatedIdentityCredentials")) {
            federatedCredential(federated, objectId);
        }
    }

    /** A client secret's metadata. secretText and hint are never read: the graph holds no secret values. */
    private void clientSecret(GraphObject secret, String identityId) {
        String keyId = secret.requiredText("keyId", "it identifies the client secret");
        Map<String, Object> properties = keyCredentialBasics(secret, keyId, "CLIENT_SECRET");
        if (secret.has("secretText")) {
            batch.warn(secret.where(), "holds a secret value (secretText); it was not imported, but the export file "
                    + "itself must be kept secret or deleted");
        }
        credential(identityId, identityId + ":secret:" + keyId, properties);
    }

    /** A certificate's metadata; the key itself is not read. */
    private void certificate(GraphObject certificate, String identityId) {
        String keyId = certificate.requiredText("keyId", "it identifies the certificate");
        Map<String, Object> properties = keyCredentialBasics(certificate, keyId, "CERTIFICATE");
        put(properties, "usage", certificate.text("usage"));
        put(properties, "type", certificate.text("type"));
        credential(identityId, identityId + ":cert:" + keyId, properties);
    }

    private Map<String, Object> keyCredentialBasics(GraphObject credential, String keyId, String kind) {
        OffsetDateTime expiresAt = credential.time("endDateTime");
        Map<String, Object> properties = new LinkedHashMap<>();
        String name = credential.text("displayName");
        properties.put("name", name != null ? name : keyId);
        properties.put("kind", kind);
        properties.put("keyId", keyId);
        put(properties, "createdAt", credential.time("startDateTime"));
        // Entra states no status: whether it has expired is read from expiresAt when asked, never stored
        put(properties, "expiresAt", expiresAt);
        return properties;
    }

    private void federatedCredential(GraphObject federated, String parentObjectId) {
        if (parentObjectId == null) {
            throw new ImportException(federated.file(), federated.location(), null, "a federated identity credential "
                    + "without the application it belongs to: give parameter 'parent' (the application's object id), "
                    + "or export GET /applications/{id}/federatedIdentityCredentials, whose @odata.context names it");
        }
        String name = federated.requiredText("name", "it identifies the federated identity credential");
        String identityId = entraId(parentObjectId);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", name);
        properties.put("kind", "FEDERATED");
        put(properties, "issuer", federated.text("issuer"));
        put(properties, "subject", federated.text("subject"));
        List<String> audiences = federated.texts("audiences");
        if (!audiences.isEmpty()) {
            properties.put("audiences", audiences);
        }
        put(properties, "description", federated.text("description"));
        credential(identityId, identityId + ":federated:" + name, properties);
    }

    private void credential(String identityId, String credentialId, Map<String, Object> properties) {
        batch.node(NodeLabel.CREDENTIAL, credentialId, properties);
        batch.relationship(RelType.HAS_CREDENTIAL, new NodeRef(NodeLabel.IDENTITY, identityId),
                new NodeRef(NodeLabel.CREDENTIAL, credentialId));
    }

    // ---------------------------------------------------------------- owners and members

    private void owners(GraphObject owned, String objectId, EntraType ownedType) {
        for (GraphObject owner : owned.objects("owners")) {
            owner(owner, RecordTypes.typeOf(owner, RecordTypes.DIRECTORY_OBJECTS), objectId, ownedType);
        }
    }

    private void owner(GraphObject owner, EntraType ownerType, String ownedObjectId, EntraType ownedType) {
        if (ownedObjectId == null) {
            throw new ImportException(owner.file(), owner.location(), null, "an owner without the object it owns: "
                    + "expand owners on their objects ($expand=owners, -ExpandProperty Owners), put them in a bundle's "
                    + "'owners' map by object id, or give parameter 'parent'");
        }
        if (ownedType == EntraType.GROUP) {
            batch.warn(owner.where(), "owner of group " + ownedObjectId
                    + ": the graph model has no owners of groups; not imported");
            return;
        }
        NodeRef owned = new NodeRef(NodeLabel.IDENTITY, entraId(ownedObjectId));
        switch (ownerType) {
            case USER -> {
                Contact contact = contact(owner);
                if (contact.email() != null) {
                    ownedBy(owned, contact);
                } else {
                    pendingOwners.add(new PendingOwner(owned, owner.id(), owner.where()));
                }
            }
            case DIRECTORY_OBJECT -> pendingOwners.add(new PendingOwner(owned, owner.id(), owner.where()));
            case SERVICE_PRINCIPAL, APPLICATION -> batch.warn(owner.where(), "owner is " + ownerType.graphName() + " "
                    + describeObject(owner) + ": the graph records people and teams as owners; not imported");
            default -> batch.warn(owner.where(), "owner is a " + typeName(owner, ownerType) + " " + describeObject(owner)
                    + ", not a person; not imported");
        }
    }

    private void ownedBy(NodeRef owned, Contact contact) {
        Map<String, Object> human = new LinkedHashMap<>();
        human.put("email", contact.email());
        put(human, "name", contact.name());
        batch.reference(NodeLabel.HUMAN, contact.email(), human);
        batch.relationship(RelType.OWNED_BY, owned, new NodeRef(NodeLabel.HUMAN, contact.email()), SOURCE_OWNER);
    }

    /** A person's address: mail, else a user principal name that is one (a guest's #EXT# name is not). */
    private static Contact contact(GraphObject user) {
        String email = user.text("mail");
        String upn = user.text("userPrincipalName");
        if ((email == null || !People.isEmail(email)) && upn != null && !upn.toUpperCase(Locale.ROOT).contains("#EXT#")) {
            email = upn;
        }
        return new Contact(email == null || !People.isEmail(email) ? null : People.humanId(email),
                user.text("displayName"));
    }

    private void member(GraphObject member, EntraType memberType, String groupObjectId) {
        if (groupObjectId == null) {
            throw new ImportException(member.file(), member.location(), null, "a group member without its group: "
                    + "expand members on their groups ($expand=members, -ExpandProperty Members) or put them in a "
                    + "bundle's 'members' map by group id");
        }
        switch (memberType) {
            case USER, SERVICE_PRINCIPAL, DIRECTORY_OBJECT -> batch.relationship(RelType.MEMBER_OF,
                    new NodeRef(NodeLabel.IDENTITY, entraId(member.id())),
                    new NodeRef(NodeLabel.GROUP, entraId(groupObjectId)));
            default -> batch.warn(member.where(), "member is a " + typeName(member, memberType) + " "
                    + describeObject(member) + "; the graph model has identities as group members; not imported");
        }
    }

    /** Groups an identity is a member of, when the export expands memberOf. */
    private void memberOf(GraphObject identity, String identityId) {
        for (GraphObject membership : identity.objects("memberOf")) {
            EntraType type = RecordTypes.typeOf(membership, RecordTypes.DIRECTORY_OBJECTS);
            if (type == EntraType.GROUP) {
                batch.relationship(RelType.MEMBER_OF, new NodeRef(NodeLabel.IDENTITY, identityId),
                        new NodeRef(NodeLabel.GROUP, entraId(membership.id())));
            } else {
                batch.warn(membership.where(), "membership of a " + typeName(membership, type) + " "
                        + describeObject(membership) + ": only group memberships are imported");
            }
        }
    }

    // ---------------------------------------------------------------- app role assignments

    /**
     * Expanded appRoleAssignments. Only a non-empty list counts as listed in full: Graph PowerShell
     * writes an empty list for every navigation property it was not asked to expand.
     */
    private void expandedAssignments(GraphObject principal, String objectId, EntraType principalType) {
        List<GraphObject> expanded = principal.objects("appRoleAssignments");
        if (!expanded.isEmpty()) {
            assignmentsListed.add(entraId(objectId));
        }
        for (GraphObject assignment : expanded) {
            assignment(assignment, objectId, principalType);
        }
    }

    private void assignment(GraphObject assignment, String defaultPrincipalId, EntraType defaultPrincipalType) {
        String principalId = assignment.text("principalId");
        if (principalId == null) {
            principalId = defaultPrincipalId;
        }
        if (principalId == null) {
            throw assignment.error("principalId", "is required: an app role assignment names the principal that "
                    + "holds it, and Microsoft Graph always returns it (this one looks trimmed); export "
                    + "GET /servicePrincipals/{id}/appRoleAssignments or Get-MgServicePrincipalAppRoleAssignment, "
                    + "or give parameter 'parent'");
        }
        String resourceId = assignment.requiredText("resourceId",
                "an app role assignment names the resource service principal whose role it grants, and Microsoft "
                        + "Graph always returns it (this one looks trimmed)");
        String appRoleId = assignment.requiredText("appRoleId", "it names the role granted");
        String principalType = assignment.text("principalType");
        boolean group = principalType != null ? principalType.equalsIgnoreCase("Group")
                : principalId.equals(defaultPrincipalId) && defaultPrincipalType == EntraType.GROUP;
        NodeRef principal = new NodeRef(group ? NodeLabel.GROUP : NodeLabel.IDENTITY, entraId(principalId));
        assignments.add(new Assignment(principal, resourceId, appRoleId, assignment.text("resourceDisplayName")));
    }

    private void unrecognised(String location, String reason) {
        unrecognised++;
        if (firstUnrecognised == null) {
            firstUnrecognised = location;
            firstUnrecognisedReason = reason;
        }
        batch.warn(file + ": " + location, reason + "; not imported");
    }

    private static String kindOf(JsonNode node) {
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.isString() ? "the text " + abbreviate(node.stringValue()) : "the value " + abbreviate(node.toString());
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? "'" + text + "'" : "'" + text.substring(0, 57) + "...'";
    }

    /** A type's Graph name; for types this source does not map, the name @odata.type gives, e.g. {@code device}. */
    private static String typeName(GraphObject object, EntraType type) {
        String odataType = object.text("@odata.type");
        if (type == EntraType.OTHER && odataType != null) {
            return odataType.substring(odataType.lastIndexOf('.') + 1);
        }
        return type.graphName();
    }

    private static String describeObject(GraphObject object) {
        String name = object.text("displayName");
        String id = object.text("id");
        if (name == null) {
            return id == null ? "(no id)" : id;
        }
        return "'" + name + "'" + (id == null ? "" : " (" + id + ")");
    }

    // ---------------------------------------------------------------- settling what spans files

    /** Settles owners, permissions, privilege and the tenant once every file is read; returns the tenant or null. */
    String finish(String tenantParameter, boolean snapshot) {
        resolveOwners();
        Set<String> privileged = resolveAssignments();
        for (Map.Entry<String, NodeLabel> identity : describedIdentities.entrySet()) {
            if (privileged.contains(identity.getKey())) {
                batch.node(identity.getValue(), identity.getKey(), Map.of("privileged", true));
            } else if (assignmentsListed.contains(identity.getKey())) {
                batch.node(identity.getValue(), identity.getKey(), Map.of("privileged", false));
            }
        }
        nameRequestedPermissions();
        warnOfMissingPages();
        String tenant = tenant(tenantParameter);
        if (tenant != null) {
            describedIdentities.forEach((id, label) -> batch.node(label, id, Map.of("account", tenant)));
        } else if (snapshot) {
            batch.warn(IMPORT_LOCATION, "a snapshot without a tenant: give parameter 'tenant', or snapshots of "
                    + "different tenants mark each other's objects stale");
        }
        return tenant;
    }

    private void resolveOwners() {
        for (PendingOwner owner : pendingOwners) {
            Contact contact = users.get(owner.ownerId());
            if (contact != null && contact.email() != null) {
                ownedBy(owner.owned(), contact);
            } else if (contact != null) {
                batch.warn(owner.where(), "owner is user " + owner.ownerId() + ", who has neither a mail address nor "
                        + "a user principal name that is one; not imported");
            } else if (servicePrincipalNames.containsKey(owner.ownerId())) {
                batch.warn(owner.where(), "owner is service principal " + owner.ownerId()
                        + ": the graph records people and teams as owners; not imported");
            } else {
                batch.warn(owner.where(), "owner " + owner.ownerId() + " is not among the users of this import, "
                        + "so the person is unknown; import the users with it, or export owners expanded; not imported");
            }
        }
    }

    /** Policies for the app roles held, HAS_POLICY from their holders; returns the ids of privileged holders. */
    private Set<String> resolveAssignments() {
        Set<String> privilegedHolders = new LinkedHashSet<>();
        for (Assignment assignment : assignments) {
            String permission = appRoleValue(assignment.resourceId(), assignment.appRoleId());
            boolean privileged = HighRiskPermissions.isHighRisk(permission);
            String policyId = "entra:approle:" + assignment.resourceId() + ":" + assignment.appRoleId();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("name", permission != null ? permission
                    : DEFAULT_ACCESS_ROLE.equals(assignment.appRoleId()) ? "Default access" : assignment.appRoleId());
            properties.put("provider", PROVIDER);
            properties.put("privileged", privileged);
            if (permission != null) {
                properties.put("actions", List.of(permission));
            }
            properties.put("resourceId", assignment.resourceId());
            String resourceName = assignment.resourceName() != null ? assignment.resourceName()
                    : servicePrincipalNames.get(assignment.resourceId());
            put(properties, "resourceName", resourceName);
            properties.put("appRoleId", assignment.appRoleId());
            batch.node(NodeLabel.POLICY, policyId, properties);
            batch.relationship(RelType.HAS_POLICY, assignment.principal(), new NodeRef(NodeLabel.POLICY, policyId));
            if (privileged) {
                privilegedHolders.add(assignment.principal().id());
            }
        }
        return privilegedHolders;
    }

    /** The permission value of an app role, from the resource service principal (or its application) in the import. */
    private String appRoleValue(String resourceId, String appRoleId) {
        String value = appRolesOfServicePrincipal.getOrDefault(resourceId, Map.of()).get(appRoleId);
        if (value == null && appIdOfServicePrincipal.containsKey(resourceId)) {
            value = appRolesOfAppId.getOrDefault(appIdOfServicePrincipal.get(resourceId), Map.of()).get(appRoleId);
        }
        return value;
    }

    /** requiredResourceAccess as {@code Role|Scope:<resource appId>:<permission value or id>}. */
    private void nameRequestedPermissions() {
        requestedPermissions.forEach((id, requested) -> {
            List<String> names = new ArrayList<>();
            for (RequestedPermission permission : requested) {
                Map<String, Map<String, String>> values = permission.type().equals("Scope") ? scopesOfAppId : appRolesOfAppId;
                String value = values.getOrDefault(permission.resourceAppId(), Map.of()).get(permission.permissionId());
                names.add(permission.type() + ":" + permission.resourceAppId() + ":"
                        + (value != null ? value : permission.permissionId()));
            }
            batch.node(NodeLabel.NON_HUMAN_IDENTITY, id, Map.of("requestedPermissions", names));
        });
    }

    private void warnOfMissingPages() {
        pages.forEach((collection, counts) -> {
            if (counts[0] > 0 && counts[1] == 0) {
                batch.warn(collection, "every page of this list has an @odata.nextLink, so its last page is not in "
                        + "the import; import all pages together, or a snapshot marks the missing objects stale");
            }
        });
    }

    /**
     * The tenant: the parameter, else the appOwnerOrganizationId of the service principals of the
     * applications registered in the import (the tenant's own apps) when they agree.
     */
    private String tenant(String parameter) {
        Set<String> owners = new LinkedHashSet<>();
        for (String appId : applicationAppIds) {
            String owner = ownerOrganisationOfAppId.get(appId);
            if (owner != null) {
                owners.add(owner.toLowerCase(Locale.ROOT));
            }
        }
        if (parameter != null) {
            String tenant = parameter.toLowerCase(Locale.ROOT);
            owners.remove(tenant);
            if (!owners.isEmpty()) {
                batch.warn(IMPORT_LOCATION, "parameter tenant is " + tenant + ", but applications of the import belong to "
                        + owners + " (appOwnerOrganizationId of their service principals)");
            }
            return tenant;
        }
        if (owners.size() > 1) {
            batch.warn(IMPORT_LOCATION, "the applications of the import belong to several tenants " + owners
                    + " (appOwnerOrganizationId of their service principals); give parameter 'tenant' to set the scope");
            return null;
        }
        return owners.isEmpty() ? null : owners.iterator().next();
    }

    // ---------------------------------------------------------------- helpers

    /** The id of an Entra object in the graph, identity or group: {@code entra:<object id>}. */
    static String entraId(String objectId) {
        return "entra:" + objectId;
    }

    private static void put(Map<String, Object> properties, String key, Object value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
