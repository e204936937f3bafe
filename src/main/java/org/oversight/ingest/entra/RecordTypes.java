package org.oversight.ingest.entra;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Tells what kind of Microsoft Graph object a record is, and why when it is none this source reads. */
final class RecordTypes {

    /** The context of an expanded owners or members list: directory objects of any kind. */
    static final ListContext DIRECTORY_OBJECTS = new ListContext(EntraType.DIRECTORY_OBJECT, null, null, null);

    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private RecordTypes() {
    }

    /** The record's @odata.type, else the type its list has, else what its properties show; null if none. */
    static EntraType typeOf(GraphObject object, ListContext context) {
        String odataType = object.text("@odata.type");
        if (odataType != null) {
            EntraType declared = EntraType.fromODataType(odataType);
            if (declared != null) {
                return declared;
            }
        }
        if (context.type() != null && context.type() != EntraType.DIRECTORY_OBJECT) {
            return context.type();
        }
        EntraType shown = typeByProperties(object.fieldNames());
        if (shown != null) {
            return shown;
        }
        // An owner or member given by its id alone.
        boolean childList = context.type() == EntraType.DIRECTORY_OBJECT || context.relation() != null;
        return childList && object.has("id") ? EntraType.DIRECTORY_OBJECT : null;
    }

    /**
     * The type of an object without @odata.type (az CLI and PowerShell output), from properties
     * only that type has. Service principals come first: they share signInAudience with applications.
     */
    static EntraType typeByProperties(Collection<String> names) {
        if (names.contains("appRoleId")) {
            return EntraType.APP_ROLE_ASSIGNMENT;
        }
        if (names.contains("issuer") && names.contains("subject")) {
            return EntraType.FEDERATED_CREDENTIAL;
        }
        if (containsAny(names, "servicePrincipalType", "appOwnerOrganizationId", "servicePrincipalNames",
                "appDisplayName", "appRoleAssignmentRequired", "oauth2PermissionScopes")) {
            return EntraType.SERVICE_PRINCIPAL;
        }
        if (containsAny(names, "signInAudience", "requiredResourceAccess", "identifierUris", "publisherDomain",
                "isFallbackPublicClient", "publicClient", "spa", "web", "api")) {
            return EntraType.APPLICATION;
        }
        if (names.contains("userPrincipalName")) {
            return EntraType.USER;
        }
        if (containsAny(names, "groupTypes", "securityEnabled", "mailEnabled")) {
            return EntraType.GROUP;
        }
        return null;
    }

    /**
     * Why an object is none of the types this source reads, naming the intermediate files of
     * ScubaGear, which post-processes Graph data.
     */
    static String unrecognisedReason(GraphObject object, Collection<String> originalNames) {
        Collection<String> names = object.fieldNames();
        if (names.contains("roleId") && names.contains("roleDisplayName") && !names.contains("id")) {
            return "is a summary of permissions (RoleId, RoleDisplayName, ResourceDisplayName) such as ScubaGear "
                    + "computes, not a Microsoft Graph object: it does not say which application holds them; export "
                    + "the service principals and their appRoleAssignments instead";
        }
        if (!names.isEmpty() && names.stream().allMatch(name -> GUID.matcher(name).matches())
                && names.stream().allMatch(name -> object.raw(name).has("appRoles"))) {
            return "is a cache of permissions by resource appId (appRoles and oauth2PermissionScopes) such as "
                    + "ScubaGear keeps, not a Microsoft Graph export: it holds no object ids; export the resource "
                    + "service principals instead, whose appRoles name the permissions";
        }
        List<String> some = originalNames.stream().limit(8).toList();
        return "has no @odata.type, and its properties " + some + (originalNames.size() > some.size() ? " ..." : "")
                + " are those of no application, servicePrincipal, user, group, federatedIdentityCredential or "
                + "appRoleAssignment";
    }

    private static boolean containsAny(Collection<String> names, String... candidates) {
        for (String candidate : candidates) {
            if (names.contains(candidate)) {
                return true;
            }
        }
        return false;
    }
}
