package org.oversight.security;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

/**
 * What a token may do. VIEWER reads; IMPORTER also imports, STEWARD also corrects the graph
 * (ownership, controls, evidence, applicability, attestation campaigns), AUDITOR also reads the
 * audit trail; ADMIN may do everything, including managing tokens.
 */
public enum Role {
    VIEWER, IMPORTER, STEWARD, AUDITOR, ADMIN;

    static final RoleHierarchy HIERARCHY = RoleHierarchyImpl.withDefaultRolePrefix()
            .role("ADMIN").implies("STEWARD", "IMPORTER", "AUDITOR")
            .role("STEWARD").implies("VIEWER")
            .role("IMPORTER").implies("VIEWER")
            .role("AUDITOR").implies("VIEWER")
            .build();

    public String authority() {
        return "ROLE_" + name();
    }
}
