package org.oversight.ingest.entra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.oversight.ingest.entra.EntraTestFiles.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.ImportWarning;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRecord;
import org.oversight.graph.NodeRef;
import org.oversight.graph.RelRecord;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;

/** The shapes of Microsoft Graph JSON the entra source takes, and how each maps. */
class EntraGraphShapesTest {

    private static final String TENANT = "7f3c1a52-9d4e-4b1a-8c2f-5e6d7c8b9a00";
    private static final String TRIAGE_SP = "5b1f0a1e-2c3d-4e5f-8a9b-0c1d2e3f4a01";
    private static final String GRAPH_SP = "e3a1c7f0-6b2d-4c8e-9f10-0000000000a3";
    private static final String ADA = "0e1d2c3b-4a59-4687-9a1b-2c3d4e5f6a01";
    private static final String BORIS = "0e1d2c3b-4a59-4687-9a1b-2c3d4e5f6a02";

    @TempDir
    Path folder;

    private final List<ImportFile> files = new ArrayList<>();

    private void file(String name, String json) {
        files.add(write(folder, name, json, StandardCharsets.UTF_8));
    }

    private GraphBatch read() {
        return read(ImportOptions.defaults());
    }

    private GraphBatch read(ImportOptions options) {
        GraphBatch batch = importer().read(files, options);
        assertWithinDomains(batch);
        return batch;
    }

    private List<String> warnings(GraphBatch batch) {
        return batch.warnings().stream().map(ImportWarning::toString).toList();
    }

    @Test
    void readsAListResponseOfServicePrincipalsWithExpandedOwners() {
        files.add(ImportFile.of(resource(RAW_SERVICE_PRINCIPALS)));
        GraphBatch batch = read();

        assertThat(nodes(batch, NodeLabel.IDENTITY)).extracting(NodeRecord::id, node -> node.properties().get("kind"),
                node -> node.properties().get("status")).containsExactly(
                tuple("entra:" + TRIAGE_SP, "SERVICE_PRINCIPAL", "ACTIVE"),
                tuple("entra:5b1f0a1e-2c3d-4e5f-8a9b-0c1d2e3f4a02", "MANAGED_IDENTITY", "DISABLED"),
                tuple("entra:" + GRAPH_SP, "SERVICE_PRINCIPAL", "ACTIVE"));
        assertThat(node(batch, "entra:" + TRIAGE_SP).properties())
                .containsEntry("name", "claims-triage-agent")
                .containsEntry("description", "Routes incoming insurance claims")
                .containsEntry("servicePrincipalType", "Application")
                .containsEntry("appOwnerOrganizationId", TENANT);

        String expired = "entra:" + TRIAGE_SP + ":secret:c0ffee00-1111-4222-8333-444455556666";
        String current = "entra:" + TRIAGE_SP + ":secret:c0ffee00-7777-4888-8999-aaaabbbbcccc";
        String certificate = "entra:" + TRIAGE_SP + ":cert:d00dfeed-1234-4567-89ab-cdef01234567";
        assertThat(nodes(batch, NodeLabel.CREDENTIAL)).extracting(NodeRecord::id).containsExactly(expired, current, certificate);
        // Entra states no status: expiry is read from expiresAt when asked, so the import reads no clock
        assertThat(node(batch, expired).properties()).doesNotContainKey("status")
                .containsEntry("expiresAt", OffsetDateTime.parse("2025-07-10T09:00:00Z"));
        assertThat(node(batch, current).properties()).doesNotContainKey("status")
                .containsEntry("name", "rotation-2026");
        assertThat(node(batch, certificate).properties()).containsEntry("usage", "Verify")
                .containsEntry("type", "AsymmetricX509Cert").containsEntry("kind", "CERTIFICATE");

        // The user owner is a Human by lower-case mail; a service principal owner is no person.
        assertThat(relationships(batch, RelType.OWNED_BY)).singleElement().satisfies(owner -> {
            assertThat(owner.from()).isEqualTo(new NodeRef(NodeLabel.IDENTITY, "entra:" + TRIAGE_SP));
            assertThat(owner.to()).isEqualTo(new NodeRef(NodeLabel.HUMAN, "ada.lovelace@contoso.example"));
            assertThat(owner.properties()).containsExactlyInAnyOrderEntriesOf(Map.of("role", "ACCOUNTABLE", "source", "SOURCE_OWNER"));
        });
        assertThat(node(batch, "ada.lovelace@contoso.example")).satisfies(human -> {
            assertThat(human.reference()).isTrue();
            assertThat(human.properties()).containsEntry("email", "ada.lovelace@contoso.example").containsEntry("name", "Ada Lovelace");
        });
        assertThat(warnings(batch)).containsExactly(
                RAW_SERVICE_PRINCIPALS + ": value[0].passwordCredentials[0]: holds a secret value (secretText); it was "
                        + "not imported, but the export file itself must be kept secret or deleted",
                RAW_SERVICE_PRINCIPALS + ": value[0].owners[1]: owner is servicePrincipal 'ops-automation' "
                        + "(9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c01): the graph records people and teams as owners; not imported",
                RAW_SERVICE_PRINCIPALS + ": value[1].owners[0]: owner " + BORIS + " is not among the users of this "
                        + "import, so the person is unknown; import the users with it, or export owners expanded; not imported");
        assertThat(batch.scope()).isNull();
    }

    @Test
    void ownersGivenByIdAreResolvedThroughTheUsersOfTheImport() {
        files.add(ImportFile.of(resource(RAW_SERVICE_PRINCIPALS)));
        file("users.json", """
                {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
                 "value": [
                   {"id": "%s", "displayName": "Ada Lovelace", "userPrincipalName": "ada@contoso.example",
                    "mail": "Ada.Lovelace@Contoso.example", "accountEnabled": true, "userType": "Member",
                    "createdDateTime": "2023-04-01T08:00:00Z"},
                   {"id": "%s", "displayName": "Boris Guest", "userPrincipalName": "boris_partner.example#EXT#@contoso.onmicrosoft.com",
                    "mail": null, "accountEnabled": false, "userType": "Guest"},
                   {"id": "0e1d2c3b-4a59-4687-9a1b-2c3d4e5f6a03", "displayName": "Carla", "userPrincipalName": "carla@contoso.example"}
                 ]}
                """.formatted(ADA, BORIS));
        GraphBatch batch = read();

        assertThat(nodes(batch, NodeLabel.IDENTITY)).filteredOn(node -> node.label() == NodeLabel.HUMAN_ACCOUNT)
                .extracting(NodeRecord::id, node -> node.properties().get("upn"), node -> node.properties().get("email"),
                        node -> node.properties().get("status"))
                .containsExactly(
                        tuple("entra:" + ADA, "ada@contoso.example", "Ada.Lovelace@Contoso.example", "ACTIVE"),
                        tuple("entra:" + BORIS, "boris_partner.example#EXT#@contoso.onmicrosoft.com", null, "DISABLED"),
                        tuple("entra:0e1d2c3b-4a59-4687-9a1b-2c3d4e5f6a03", "carla@contoso.example", null, null));
        assertThat(node(batch, "entra:" + ADA).properties()).containsEntry("kind", "USER_ACCOUNT")
                .containsEntry("userType", "Member").containsEntry("createdAt", OffsetDateTime.parse("2023-04-01T08:00:00Z"));
        // Boris owns the managed identity, but a guest's #EXT# name is no address to find the person by.
        assertThat(warnings(batch)).contains(RAW_SERVICE_PRINCIPALS + ": value[1].owners[0]: owner is user " + BORIS
                + ", who has neither a mail address nor a user principal name that is one; not imported");
    }

    @Test
    void anAppRoleAssignmentsResponseGivesPoliciesNamedByTheResourceAppRolesAndMarksPrivilege() {
        files.add(ImportFile.of(resource(RAW_SERVICE_PRINCIPALS)));
        file("assignments.json", """
                {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('%1$s')/appRoleAssignments",
                 "value": [
                   {"id": "a1", "appRoleId": "9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8", "principalId": "%1$s",
                    "principalType": "ServicePrincipal", "resourceId": "%2$s", "resourceDisplayName": "Microsoft Graph"},
                   {"id": "a2", "appRoleId": "df021288-bdef-4463-88db-98f22de89214", "principalId": "%1$s",
                    "principalType": "ServicePrincipal", "resourceId": "%2$s", "resourceDisplayName": "Microsoft Graph"},
                   {"id": "a3", "appRoleId": "11111111-2222-4333-8444-555555555555", "principalId": "%1$s",
                    "principalType": "ServicePrincipal", "resourceId": "fe0e0000-0000-4000-8000-000000000001",
                    "resourceDisplayName": "Payments API"}
                 ]}
                """.formatted(TRIAGE_SP, GRAPH_SP));
        file("managed-identity-assignments.json", """
                {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('5b1f0a1e-2c3d-4e5f-8a9b-0c1d2e3f4a02')/appRoleAssignments",
                 "value": [
                   {"id": "b1", "appRoleId": "df021288-bdef-4463-88db-98f22de89214",
                    "principalId": "5b1f0a1e-2c3d-4e5f-8a9b-0c1d2e3f4a02", "resourceId": "%s"}
                 ]}
                """.formatted(GRAPH_SP));
        GraphBatch batch = read();

        String roleManagement = "entra:approle:" + GRAPH_SP + ":9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8";
        String userRead = "entra:approle:" + GRAPH_SP + ":df021288-bdef-4463-88db-98f22de89214";
        String unknown = "entra:approle:fe0e0000-0000-4000-8000-000000000001:11111111-2222-4333-8444-555555555555";
        assertThat(nodes(batch, NodeLabel.POLICY)).extracting(NodeRecord::id, node -> node.properties().get("name"),
                node -> node.properties().get("privileged")).containsExactly(
                tuple(roleManagement, "RoleManagement.ReadWrite.Directory", true),
                tuple(userRead, "User.Read.All", false),
                tuple(unknown, "11111111-2222-4333-8444-555555555555", false));
        assertThat(node(batch, roleManagement).properties())
                .containsEntry("actions", List.of("RoleManagement.ReadWrite.Directory"))
                .containsEntry("resourceId", GRAPH_SP).containsEntry("resourceName", "Microsoft Graph")
                .containsEntry("provider", "entra");
        assertThat(node(batch, unknown).properties()).containsEntry("resourceName", "Payments API").doesNotContainKey("actions");
        assertThat(relationships(batch, RelType.HAS_POLICY)).extracting(rel -> rel.from().id(), rel -> rel.to().id())
                .containsExactly(
                        tuple("entra:" + TRIAGE_SP, roleManagement),
                        tuple("entra:" + TRIAGE_SP, userRead),
                        tuple("entra:" + TRIAGE_SP, unknown),
                        tuple("entra:5b1f0a1e-2c3d-4e5f-8a9b-0c1d2e3f4a02", userRead));
        assertThat(node(batch, "entra:" + TRIAGE_SP).properties()).containsEntry("privileged", true);
        // Its assignments are listed in full and none is high-risk; of Microsoft Graph's nothing is known.
        assertThat(node(batch, "entra:5b1f0a1e-2c3d-4e5f-8a9b-0c1d2e3f4a02").properties()).containsEntry("privileged", false);
        assertThat(node(batch, "entra:" + GRAPH_SP).properties()).doesNotContainKey("privileged");
    }

    @Test
    void namesAPermissionByTheAppRolesOfScubaGearsGraphResourceServicePrincipal() {
        file("assignments.json", """
                [{"AppRoleId": "7ab1d382-f21e-4acd-a863-ba3e13f7da61", "PrincipalId": "%s", "PrincipalType": "ServicePrincipal",
                  "ResourceId": "resource-sp-graph", "ResourceDisplayName": "Microsoft Graph"}]
                """.formatted(TRIAGE_SP));
        assertThat(node(read(), "entra:approle:resource-sp-graph:7ab1d382-f21e-4acd-a863-ba3e13f7da61").properties())
                .containsEntry("name", "7ab1d382-f21e-4acd-a863-ba3e13f7da61");

        files.add(ImportFile.of(resource(GRAPH_RESOURCE_SP)));
        assertThat(node(read(), "entra:approle:resource-sp-graph:7ab1d382-f21e-4acd-a863-ba3e13f7da61").properties())
                .containsEntry("name", "Directory.Read.All").containsEntry("privileged", false);
    }

    @Test
    void theTenantIsTheOwnerOrganisationOfTheTenantsOwnApplications() {
        files.add(ImportFile.of(resource(RAW_SERVICE_PRINCIPALS)));
        file("applications.json", """
                {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#applications(owners())",
                 "value": [
                   {"id": "6c2e0000-0000-4000-8000-0000000000a1", "appId": "a1b2c3d4-0000-4000-8000-00000000a001",
                    "displayName": "claims-triage-agent", "createdDateTime": "2025-01-09T10:11:12Z",
                    "signInAudience": "AzureADMyOrg", "passwordCredentials": [], "keyCredentials": [],
                    "requiredResourceAccess": [{"resourceAppId": "00000003-0000-0000-c000-000000000000",
                      "resourceAccess": [{"id": "9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8", "type": "Role"},
                                         {"id": "e1fe6dd8-ba31-4d61-89e7-88639da4683d", "type": "Scope"},
                                         {"id": "0a0a0a0a-0000-4000-8000-000000000000", "type": "Role"}]}],
                    "owners": [{"@odata.type": "#microsoft.graph.user", "id": "%s", "userPrincipalName": "ADA@contoso.example"}]}
                 ]}
                """.formatted(ADA));
        GraphBatch batch = read();

        assertThat(batch.scope()).isEqualTo(TENANT);
        assertThat(nodes(batch, NodeLabel.IDENTITY)).hasSize(4)
                .allSatisfy(identity -> assertThat(identity.properties()).containsEntry("account", TENANT));
        NodeRecord application = node(batch, "entra:6c2e0000-0000-4000-8000-0000000000a1");
        assertThat(application.properties())
                .containsEntry("kind", "APPLICATION")
                .containsEntry("createdAt", OffsetDateTime.parse("2025-01-09T10:11:12Z"))
                .containsEntry("requestedPermissions", List.of(
                        "Role:00000003-0000-0000-c000-000000000000:RoleManagement.ReadWrite.Directory",
                        "Scope:00000003-0000-0000-c000-000000000000:User.Read",
                        "Role:00000003-0000-0000-c000-000000000000:0a0a0a0a-0000-4000-8000-000000000000"));
        assertThat(relationships(batch, RelType.OWNED_BY)).extracting(rel -> rel.from().id(), rel -> rel.to().id())
                .containsExactly(
                        tuple("entra:" + TRIAGE_SP, "ada.lovelace@contoso.example"),
                        tuple("entra:6c2e0000-0000-4000-8000-0000000000a1", "ada@contoso.example"));
    }

    @Test
    void groupsWithExpandedMembersGiveMemberOfEdgesFromIdentities() {
        file("groups.json", """
                {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#groups(members())",
                 "value": [
                   {"id": "9f000000-0000-4000-8000-0000000000g1", "displayName": "claims-automation",
                    "securityEnabled": true, "mailEnabled": false, "groupTypes": [], "description": "Claims bots",
                    "members": [
                      {"@odata.type": "#microsoft.graph.servicePrincipal", "id": "%s", "displayName": "claims-triage-agent"},
                      {"@odata.type": "#microsoft.graph.user", "id": "%s"},
                      {"@odata.type": "#microsoft.graph.group", "id": "9f000000-0000-4000-8000-0000000000g2", "displayName": "nested"},
                      {"@odata.type": "#microsoft.graph.device", "id": "dev-1", "displayName": "laptop-17"}
                    ],
                    "owners": [{"@odata.type": "#microsoft.graph.user", "id": "%s", "mail": "ada@contoso.example"}]}
                 ]}
                """.formatted(TRIAGE_SP, ADA, ADA));
        GraphBatch batch = read();

        assertThat(nodes(batch, NodeLabel.GROUP)).singleElement().satisfies(group -> {
            assertThat(group.id()).isEqualTo("entra:9f000000-0000-4000-8000-0000000000g1");
            assertThat(group.properties()).containsEntry("name", "claims-automation").containsEntry("provider", "entra")
                    .containsEntry("securityEnabled", true).containsEntry("description", "Claims bots")
                    .doesNotContainKey("groupTypes");
        });
        assertThat(relationships(batch, RelType.MEMBER_OF)).extracting(RelRecord::from, rel -> rel.to().id()).containsExactly(
                tuple(new NodeRef(NodeLabel.IDENTITY, "entra:" + TRIAGE_SP), "entra:9f000000-0000-4000-8000-0000000000g1"),
                tuple(new NodeRef(NodeLabel.IDENTITY, "entra:" + ADA), "entra:9f000000-0000-4000-8000-0000000000g1"));
        assertThat(relationships(batch, RelType.OWNED_BY)).isEmpty();
        assertThat(batch.warnings()).extracting(ImportWarning::location).containsExactly(
                "groups.json: value[0].members[2]", "groups.json: value[0].members[3]", "groups.json: value[0].owners[0]");
        assertThat(batch.warnings().get(1).message()).contains("device 'laptop-17'");
    }

    @Test
    void expandedMemberOfGivesGroupMembershipsAndWarnsOfDirectoryRoles() {
        file("users.json", """
                {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users(memberOf())",
                 "value": [{"id": "u-1", "userPrincipalName": "a@contoso.example", "memberOf": [
                   {"@odata.type": "#microsoft.graph.group", "id": "g-1", "displayName": "finance"},
                   {"@odata.type": "#microsoft.graph.directoryRole", "id": "r-1", "displayName": "Global Administrator"}]}]}
                """);
        GraphBatch batch = read();

        assertThat(batch.relationships()).singleElement().satisfies(rel -> {
            assertThat(rel.type()).isEqualTo(RelType.MEMBER_OF);
            assertThat(rel.to()).isEqualTo(new NodeRef(NodeLabel.GROUP, "entra:g-1"));
        });
        assertThat(warnings(batch)).containsExactly("users.json: value[0].memberOf[1]: membership of a directoryRole "
                + "'Global Administrator' (r-1): only group memberships are imported");
    }

    @Test
    void readsABundleOfListsAndChildListsByObjectId() {
        file("tenant-bundle.json", """
                {
                  "applications": [
                    {"id": "app-1", "appId": "client-1", "displayName": "invoice-bot", "signInAudience": "AzureADMyOrg"}
                  ],
                  "servicePrincipals": {
                    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#servicePrincipals",
                    "value": [{"id": "sp-1", "appId": "client-1", "displayName": "invoice-bot",
                               "appOwnerOrganizationId": "%s", "accountEnabled": true}]
                  },
                  "users": [{"id": "u-1", "userPrincipalName": "ines@contoso.example", "displayName": "Ines"}],
                  "groups": [{"id": "g-1", "displayName": "finance-bots", "securityEnabled": true}],
                  "owners": {"app-1": [{"id": "u-1"}], "sp-1": {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#directoryObjects", "value": [{"@odata.type": "#microsoft.graph.user", "id": "u-1", "mail": "ines@contoso.example"}]}},
                  "members": {"g-1": [{"@odata.type": "#microsoft.graph.servicePrincipal", "id": "sp-1"}]},
                  "federatedIdentityCredentials": {"app-1": [{"name": "github-main", "issuer": "https://token.actions.githubusercontent.com",
                    "subject": "repo:contoso/invoices:ref:refs/heads/main", "audiences": ["api://AzureADTokenExchange"]}]},
                  "appRoleAssignments": [{"principalId": "g-1", "principalType": "Group", "resourceId": "sp-1",
                    "appRoleId": "00000000-0000-0000-0000-000000000000"}],
                  "exportedBy": "nightly job"
                }
                """.formatted(TENANT));
        GraphBatch batch = read();

        assertThat(batch.scope()).isEqualTo(TENANT);
        assertThat(batch.nodes()).extracting(node -> node.label().keyLabel(), NodeRecord::id).containsExactly(
                tuple(NodeLabel.IDENTITY, "entra:app-1"),
                tuple(NodeLabel.IDENTITY, "entra:sp-1"),
                tuple(NodeLabel.IDENTITY, "entra:u-1"),
                tuple(NodeLabel.GROUP, "entra:g-1"),
                tuple(NodeLabel.HUMAN, "ines@contoso.example"),
                tuple(NodeLabel.CREDENTIAL, "entra:app-1:federated:github-main"),
                tuple(NodeLabel.POLICY, "entra:approle:sp-1:00000000-0000-0000-0000-000000000000"));
        assertThat(node(batch, "entra:approle:sp-1:00000000-0000-0000-0000-000000000000").properties())
                .containsEntry("name", "Default access").containsEntry("resourceName", "invoice-bot");
        assertThat(batch.relationships()).extracting(RelRecord::type, rel -> rel.from().id(), rel -> rel.to().id())
                .containsExactly(
                        tuple(RelType.OWNED_BY, "entra:sp-1", "ines@contoso.example"),
                        tuple(RelType.MEMBER_OF, "entra:sp-1", "entra:g-1"),
                        tuple(RelType.HAS_CREDENTIAL, "entra:app-1", "entra:app-1:federated:github-main"),
                        tuple(RelType.OWNED_BY, "entra:app-1", "ines@contoso.example"),
                        tuple(RelType.HAS_POLICY, "entra:g-1", "entra:approle:sp-1:00000000-0000-0000-0000-000000000000"));
        assertThat(batch.relationships()).filteredOn(rel -> rel.type() == RelType.HAS_POLICY).singleElement()
                .satisfies(rel -> assertThat(rel.from().label()).isEqualTo(NodeLabel.GROUP));
        assertThat(warnings(batch)).containsExactly("tenant-bundle.json: exportedBy: not read: this source reads "
                + ListContext.READABLE_LISTS);
    }

    @Test
    void readsGraphPowerShellOutputInUtf16WithAdditionalPropertiesAndMicrosoftDates() {
        files.add(write(folder, "sp.json", """
                {
                    "AccountEnabled":  true,
                    "AppId":  "client-9",
                    "AppOwnerOrganizationId":  "%s",
                    "DisplayName":  "reporting-agent",
                    "Id":  "sp-9",
                    "ServicePrincipalType":  "Application",
                    "Owners":  [
                                   {
                                       "DeletedDateTime":  null,
                                       "Id":  "u-9",
                                       "AdditionalProperties":  {
                                                                    "@odata.type":  "#microsoft.graph.user",
                                                                    "userPrincipalName":  "Jon@Contoso.example",
                                                                    "displayName":  "Jon"
                                                                }
                                   }
                               ],
                    "PasswordCredentials":  [
                                                {
                                                    "CustomKeyIdentifier":  null,
                                                    "DisplayName":  null,
                                                    "EndDateTime":  "\\/Date(1767225600000)\\/",
                                                    "Hint":  "xYz",
                                                    "KeyId":  "k-9",
                                                    "SecretText":  null,
                                                    "StartDateTime":  "/Date(1735689600000+0100)/"
                                                }
                                            ],
                    "AdditionalProperties":  {
                                                 "createdDateTime":  "2025-01-01T00:00:00Z"
                                             }
                }
                """.formatted(TENANT), StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE));
        GraphBatch batch = read();

        assertThat(node(batch, "entra:sp-9").properties()).containsEntry("name", "reporting-agent")
                .containsEntry("kind", "SERVICE_PRINCIPAL").containsEntry("status", "ACTIVE")
                .containsEntry("createdAt", OffsetDateTime.parse("2025-01-01T00:00:00Z"));
        assertThat(node(batch, "entra:sp-9:secret:k-9").properties())
                .containsEntry("name", "k-9")
                .containsEntry("createdAt", OffsetDateTime.parse("2025-01-01T00:00:00Z"))
                .containsEntry("expiresAt", OffsetDateTime.parse("2026-01-01T00:00:00Z"))
                .doesNotContainKey("status");
        assertThat(relationships(batch, RelType.OWNED_BY)).singleElement()
                .satisfies(rel -> assertThat(rel.to().id()).isEqualTo("jon@contoso.example"));
        assertThat(batch.warnings()).isEmpty();
    }

    @Test
    void ownersListedWithoutTheirObjectNeedParameterParent() {
        file("owners.json", """
                {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#directoryObjects",
                 "value": [{"@odata.type": "#microsoft.graph.user", "id": "u-1", "mail": "ines@contoso.example"}]}
                """);
        // Without a parent the list is plain directory objects: the user becomes an account.
        assertThat(read().nodes()).extracting(NodeRecord::id).containsExactly("entra:u-1");

        GraphBatch owners = read(parameters(Map.of("parent", "app-1")));
        assertThat(owners.relationships()).singleElement().satisfies(rel -> {
            assertThat(rel.type()).isEqualTo(RelType.OWNED_BY);
            assertThat(rel.from().id()).isEqualTo("entra:app-1");
            assertThat(rel.to().id()).isEqualTo("ines@contoso.example");
        });
        assertThat(nodes(owners, NodeLabel.IDENTITY)).isEmpty();
    }

    @Test
    void warnsWhenThePagesOfAListAreNotAllThere() {
        file("users-page-1.json", """
                {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
                 "@odata.nextLink": "https://graph.microsoft.com/v1.0/users?$skiptoken=X1",
                 "value": [{"id": "u-1", "userPrincipalName": "a@contoso.example"}]}
                """);
        assertThat(warnings(read())).containsExactly("https://graph.microsoft.com/v1.0/$metadata#users: every page of "
                + "this list has an @odata.nextLink, so its last page is not in the import; import all pages together, "
                + "or a snapshot marks the missing objects stale");

        file("users-page-2.json", """
                {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
                 "value": [{"id": "u-2", "userPrincipalName": "b@contoso.example"}]}
                """);
        GraphBatch both = read();
        assertThat(both.warnings()).isEmpty();
        assertThat(nodes(both, NodeLabel.IDENTITY)).hasSize(2);
    }

    @Test
    void recordsItCannotMapBecomeWarningsNamingThem() {
        file("mixed.json", """
                [
                  {"id": "u-1", "userPrincipalName": "a@contoso.example"},
                  {"id": "x-1", "colour": "blue"},
                  "Microsoft.Graph.PowerShell.Models.MicrosoftGraphUser",
                  {"@odata.type": "#microsoft.graph.orgContact", "id": "c-1"},
                  {"id": "u-2", "@removed": {"reason": "deleted"}}
                ]
                """);
        GraphBatch batch = read();

        assertThat(batch.nodes()).extracting(NodeRecord::id).containsExactly("entra:u-1");
        assertThat(warnings(batch)).containsExactly(
                "mixed.json: [1]: has no @odata.type, and its properties [id, colour] are those of no application, "
                        + "servicePrincipal, user, group, federatedIdentityCredential or appRoleAssignment; not imported",
                "mixed.json: [2]: is the text 'Microsoft.Graph.PowerShell.Models.MicrosoftGraphUser', not a "
                        + "Microsoft Graph object; not imported",
                "mixed.json: [3]: a #microsoft.graph.orgContact, which this source does not read; not imported",
                "mixed.json: [4]: marked @removed (a deletion in a delta response); not imported");
    }

    @Test
    void refusesNestedObjectsThatPowerShellWroteAsText() {
        file("shallow.json", """
                [{"Id": "sp-1", "AppId": "c", "ServicePrincipalType": "Application",
                  "PasswordCredentials": ["Microsoft.Graph.PowerShell.Models.MicrosoftGraphPasswordCredential"]}]
                """);
        assertThatThrownBy(this::read).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("shallow.json, [0].passwordCredentials[0]: must be an object, not text")
                .hasMessageContaining("-Depth 10");
    }

    @Test
    void readsOneObjectResponseAndAzCliArrays() {
        file("one-user.json", """
                {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users/$entity",
                 "id": "u-7", "displayName": "Mia", "mail": "mia@contoso.example", "accountEnabled": true}
                """);
        file("az-ad-app-list.json", """
                [{"id": "app-7", "appId": "client-7", "displayName": "forecaster", "signInAudience": "AzureADMyOrg",
                  "keyCredentials": [{"keyId": "k-7", "displayName": "cert", "type": "AsymmetricX509Cert",
                    "usage": "Verify", "endDateTime": "2030-01-01T00:00:00+02:00"}]}]
                """);
        GraphBatch batch = read();

        assertThat(node(batch, "entra:u-7").label()).isEqualTo(NodeLabel.HUMAN_ACCOUNT);
        assertThat(node(batch, "entra:app-7").properties()).containsEntry("kind", "APPLICATION");
        assertThat(node(batch, "entra:app-7:cert:k-7").properties())
                .containsEntry("expiresAt", OffsetDateTime.parse("2029-12-31T22:00:00Z"));
    }
}
