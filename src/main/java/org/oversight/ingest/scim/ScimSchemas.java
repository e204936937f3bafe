package org.oversight.ingest.scim;

import java.util.List;
import java.util.Locale;

/** The SCIM schema URNs the importer knows, and what a document or resource is by its {@code schemas}. */
final class ScimSchemas {

    static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    /** Prefixes of the other standard SCIM messages and resources (ServiceProviderConfig, PatchOp, Error ...). */
    private static final List<String> STANDARD_PREFIXES = List.of("urn:ietf:params:scim:api:messages:2.0:",
            "urn:ietf:params:scim:schemas:core:2.0:");

    enum Kind {
        LIST_RESPONSE, USER, GROUP,
        /** A standard SCIM message or resource that is neither a User nor a Group: a wrong-type input. */
        OTHER_STANDARD,
        /** Schemas the importer does not know, e.g. a provider's custom resource type. */
        UNKNOWN
    }

    /** What the schemas say, and for {@link Kind#OTHER_STANDARD} the name of the message, e.g. {@code PatchOp}. */
    record Classification(Kind kind, String name) {
    }

    private ScimSchemas() {
    }

    /** Schema URNs are compared without regard to case, as SCIM compares them. */
    static Classification classify(List<String> schemas) {
        List<String> lower = schemas.stream().map(schema -> schema.toLowerCase(Locale.ROOT)).toList();
        if (lower.contains(LIST_RESPONSE.toLowerCase(Locale.ROOT))) {
            return new Classification(Kind.LIST_RESPONSE, "ListResponse");
        }
        if (lower.contains(USER.toLowerCase(Locale.ROOT)) || lower.contains(ENTERPRISE_USER.toLowerCase(Locale.ROOT))) {
            return new Classification(Kind.USER, "User");
        }
        if (lower.contains(GROUP.toLowerCase(Locale.ROOT))) {
            return new Classification(Kind.GROUP, "Group");
        }
        for (String schema : schemas) {
            for (String prefix : STANDARD_PREFIXES) {
                if (schema.toLowerCase(Locale.ROOT).startsWith(prefix) && schema.length() > prefix.length()) {
                    return new Classification(Kind.OTHER_STANDARD, schema.substring(prefix.length()));
                }
            }
        }
        return new Classification(Kind.UNKNOWN, null);
    }

    /** Why a file or resource of another SCIM kind is refused, and what to export instead. */
    static String notUsersOrGroups(String name) {
        return "is a SCIM " + name + ", not Users or Groups; export GET /Users and GET /Groups (ListResponse) "
                + "or single User and Group resources";
    }
}
