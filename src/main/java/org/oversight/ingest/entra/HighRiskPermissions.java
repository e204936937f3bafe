package org.oversight.ingest.entra;

import java.util.Set;

/**
 * Application permissions (app roles) that make their holder privileged: each gives a known path
 * to Global Administrator and so to the whole tenant, by granting roles or permissions, taking
 * over other applications' credentials, changing authentication or federation, or controlling
 * group memberships and accounts. The list follows the public tiering of Microsoft Graph
 * application permissions (Tier 0, "paths to Global Admin"); permissions listed there as untested
 * or legacy are left out. Matching is by permission value, whatever the resource.
 */
final class HighRiskPermissions {

    static final Set<String> VALUES = Set.of(
            "AdministrativeUnit.ReadWrite.All",
            "Application.ReadWrite.All",
            "Application.ReadWrite.OwnedBy",
            "AppRoleAssignment.ReadWrite.All",
            "DeviceManagementConfiguration.ReadWrite.All",
            "DeviceManagementRBAC.ReadWrite.All",
            "Directory.ReadWrite.All",
            "Domain.ReadWrite.All",
            "EntitlementManagement.ReadWrite.All",
            "Group.ReadWrite.All",
            "GroupMember.ReadWrite.All",
            "Organization.ReadWrite.All",
            "Policy.ReadWrite.AuthenticationMethod",
            "Policy.ReadWrite.ConditionalAccess",
            "Policy.ReadWrite.PermissionGrant",
            "PrivilegedAccess.ReadWrite.AzureADGroup",
            "PrivilegedAssignmentSchedule.ReadWrite.AzureADGroup",
            "PrivilegedEligibilitySchedule.ReadWrite.AzureADGroup",
            "RoleAssignmentSchedule.ReadWrite.Directory",
            "RoleEligibilitySchedule.ReadWrite.Directory",
            "RoleManagement.ReadWrite.Directory",
            "RoleManagementPolicy.ReadWrite.AzureADGroup",
            "RoleManagementPolicy.ReadWrite.Directory",
            "User.DeleteRestore.All",
            "User.EnableDisableAccount.All",
            "User.ReadWrite.All",
            "User-PasswordProfile.ReadWrite.All",
            "UserAuthenticationMethod.ReadWrite.All");

    private HighRiskPermissions() {
    }

    static boolean isHighRisk(String permission) {
        return permission != null && VALUES.contains(permission);
    }
}
