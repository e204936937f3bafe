package org.oversight.ingest.entra;

import java.util.Locale;

/**
 * What an export says about the records of one list: their type when it says (a list response's
 * {@code @odata.context}, a bundle member's name), and the object the list belongs to when it is
 * a child list (the owners, members, federated credentials or app role assignments of one object).
 *
 * @param type       the records' type, or null when each record must tell
 * @param relation   how the records relate to the parent, or null for a plain list of objects
 * @param parentId   object id of the parent, or null when unknown
 * @param parentType the parent's type, or null when unknown
 */
record ListContext(EntraType type, Relation relation, String parentId, EntraType parentType) {

    enum Relation {
        OWNERS,
        MEMBERS,
        FEDERATED_CREDENTIALS,
        APP_ROLE_ASSIGNMENTS,
        /** Parameter {@code parent}: each record is a child of that object as its own type says. */
        CHILDREN_OF_PARAMETER
    }

    /** The names of lists this source reads, as entity sets, navigation properties or bundle members. */
    static final String READABLE_LISTS = "applications, servicePrincipals, users, groups, directoryObjects and the "
            + "owners, members, federatedIdentityCredentials and appRoleAssignments of one object";

    static ListContext top(String parentParameter) {
        return parentParameter == null ? new ListContext(null, null, null, null)
                : new ListContext(null, Relation.CHILDREN_OF_PARAMETER, parentParameter, null);
    }

    /** The records are of this type; the parent, if any, stays. */
    ListContext ofType(EntraType newType) {
        return new ListContext(newType, relation, parentId, parentType);
    }

    /**
     * The context a list named {@code name} gives its records (an entity set such as
     * {@code servicePrincipals}, or a navigation property such as {@code owners} of the given
     * parent), or null when this source does not read such lists.
     */
    ListContext forList(String name, String newParentId, EntraType newParentType) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "applications" -> ofType(EntraType.APPLICATION);
            case "serviceprincipals" -> ofType(EntraType.SERVICE_PRINCIPAL);
            case "users" -> ofType(EntraType.USER);
            case "groups" -> ofType(EntraType.GROUP);
            case "directoryobjects" -> ofType(EntraType.DIRECTORY_OBJECT);
            case "owners" -> child(EntraType.DIRECTORY_OBJECT, Relation.OWNERS, newParentId, newParentType);
            case "members" -> child(EntraType.DIRECTORY_OBJECT, Relation.MEMBERS, newParentId, newParentType);
            case "federatedidentitycredentials" ->
                    child(EntraType.FEDERATED_CREDENTIAL, Relation.FEDERATED_CREDENTIALS, newParentId, newParentType);
            case "approleassignments" ->
                    child(EntraType.APP_ROLE_ASSIGNMENT, Relation.APP_ROLE_ASSIGNMENTS, newParentId, newParentType);
            // Assignments to a resource: the parent is the resource, each record names its principal.
            case "approleassignedto" -> new ListContext(EntraType.APP_ROLE_ASSIGNMENT, Relation.APP_ROLE_ASSIGNMENTS,
                    null, null);
            default -> null;
        };
    }

    /** A child list; without a parent of its own it keeps the one of parameter {@code parent}, if given. */
    private ListContext child(EntraType newType, Relation newRelation, String newParentId, EntraType newParentType) {
        if (newParentId == null && relation == Relation.CHILDREN_OF_PARAMETER) {
            return new ListContext(newType, newRelation, parentId, null);
        }
        return new ListContext(newType, newRelation, newParentId, newParentType);
    }

    /** The type an entity set name stands for, e.g. {@code groups}; null for others. */
    static EntraType typeOfSet(String set) {
        return switch (set == null ? "" : set.toLowerCase(Locale.ROOT)) {
            case "applications" -> EntraType.APPLICATION;
            case "serviceprincipals" -> EntraType.SERVICE_PRINCIPAL;
            case "users" -> EntraType.USER;
            case "groups" -> EntraType.GROUP;
            default -> null;
        };
    }
}
