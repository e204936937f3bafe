package org.oversight.ingest.entra;

import java.util.Locale;
import java.util.Map;

/** The kinds of Microsoft Graph object this source tells apart. */
enum EntraType {
    APPLICATION("application"),
    SERVICE_PRINCIPAL("servicePrincipal"),
    USER("user"),
    GROUP("group"),
    FEDERATED_CREDENTIAL("federatedIdentityCredential"),
    APP_ROLE_ASSIGNMENT("appRoleAssignment"),
    /** A directory object whose kind the export does not say (an owner or member given by id only). */
    DIRECTORY_OBJECT("directoryObject"),
    /** A Graph type this source does not map (device, orgContact, directoryRole ...). */
    OTHER("other");

    private static final String GRAPH_TYPE_PREFIX = "#microsoft.graph.";
    private static final Map<String, EntraType> BY_GRAPH_NAME = Map.of(
            "application", APPLICATION,
            "serviceprincipal", SERVICE_PRINCIPAL,
            "user", USER,
            "group", GROUP,
            "federatedidentitycredential", FEDERATED_CREDENTIAL,
            "approleassignment", APP_ROLE_ASSIGNMENT,
            "directoryobject", DIRECTORY_OBJECT);

    private final String graphName;

    EntraType(String graphName) {
        this.graphName = graphName;
    }

    /** The Microsoft Graph name, e.g. {@code servicePrincipal}. */
    String graphName() {
        return graphName;
    }

    /**
     * The type an {@code @odata.type} annotation names, e.g. {@code #microsoft.graph.user}; OTHER
     * for Graph types this source does not map; null when the text is no Graph type at all.
     */
    static EntraType fromODataType(String odataType) {
        String lower = odataType.trim().toLowerCase(Locale.ROOT);
        if (!lower.startsWith(GRAPH_TYPE_PREFIX)) {
            return null;
        }
        return BY_GRAPH_NAME.getOrDefault(lower.substring(GRAPH_TYPE_PREFIX.length()), OTHER);
    }
}
