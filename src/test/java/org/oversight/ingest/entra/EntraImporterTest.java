package org.oversight.ingest.entra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.oversight.ingest.entra.EntraTestFiles.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.ImportWarning;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRecord;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;

/** The entra source on real exports: ScubaGear's Graph PowerShell test data (UTF-16LE with BOM). */
class EntraImporterTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2024-12-04T20:22:22Z");
    private static final OffsetDateTime YEAR_2100 = OffsetDateTime.parse("2100-01-01T00:00:00Z");

    @Test
    void describesItselfAndItsParameters() {
        EntraImporter importer = importer();
        assertThat(importer.source()).isEqualTo("entra");
        assertThat(importer.description()).contains("Microsoft Graph");
        assertThat(importer.parameters()).containsOnlyKeys("tenant", "parent");
    }

    @Test
    void readsApplicationsWithTheirCredentialsFromPowerShellOutput() {
        GraphBatch batch = read(APPLICATIONS);

        assertThat(nodes(batch, NodeLabel.IDENTITY)).hasSize(3)
                .allSatisfy(app -> assertThat(app.label()).isEqualTo(NodeLabel.NON_HUMAN_IDENTITY))
                .extracting(NodeRecord::id, node -> node.properties().get("name"), node -> node.properties().get("kind"))
                .containsExactly(
                        tuple("entra:00000000-0000-0000-0000-000000000001", "Test App 1", "APPLICATION"),
                        tuple("entra:00000000-0000-0000-0000-000000000002", "Test App 2", "APPLICATION"),
                        tuple("entra:00000000-0000-0000-0000-000000000003", "Test App 3", "APPLICATION"));
        assertThat(node(batch, "entra:00000000-0000-0000-0000-000000000001").properties())
                .containsEntry("appId", "10000000-0000-0000-0000-000000000000")
                .containsEntry("provider", "entra")
                .containsEntry("signInAudience", "AzureADMultipleOrgs")
                .containsEntry("status", "ACTIVE")
                .containsEntry("requestedPermissions", List.of(
                        "Role:00000003-0000-0000-c000-000000000000:1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9",
                        "Role:00000003-0000-0000-c000-000000000000:9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8"));

        // App 1: two certificates and a secret; app 2: a certificate; app 3: a secret.
        assertThat(nodes(batch, NodeLabel.CREDENTIAL)).extracting(NodeRecord::id, node -> node.properties().get("kind"))
                .containsExactly(
                        tuple("entra:00000000-0000-0000-0000-000000000001:secret:00000000-0000-0000-0000-000000000001", "CLIENT_SECRET"),
                        tuple("entra:00000000-0000-0000-0000-000000000001:cert:00000000-0000-0000-0000-000000000001", "CERTIFICATE"),
                        tuple("entra:00000000-0000-0000-0000-000000000001:cert:00000000-0000-0000-0000-000000000002", "CERTIFICATE"),
                        tuple("entra:00000000-0000-0000-0000-000000000002:cert:00000000-0000-0000-0000-000000000001", "CERTIFICATE"),
                        tuple("entra:00000000-0000-0000-0000-000000000003:secret:00000000-0000-0000-0000-000000000001", "CLIENT_SECRET"));
        assertThat(node(batch, "entra:00000000-0000-0000-0000-000000000001:secret:00000000-0000-0000-0000-000000000001")
                .properties())
                .containsEntry("name", "Test password credential 1")
                .containsEntry("createdAt", START)
                .containsEntry("expiresAt", YEAR_2100)
                .doesNotContainKey("status");
        assertThat(node(batch, "entra:00000000-0000-0000-0000-000000000001:cert:00000000-0000-0000-0000-000000000002")
                .properties()).containsEntry("createdAt", OffsetDateTime.parse("2024-10-25T17:19:32Z"));
        assertThat(relationships(batch, RelType.HAS_CREDENTIAL)).hasSize(5)
                .allSatisfy(rel -> assertThat(rel.to().id()).startsWith(rel.from().id() + ":"));
        assertThat(batch.relationships()).hasSize(5);
        assertThat(batch.warnings()).isEmpty();
        assertThat(batch.scope()).isNull();
        assertWithinDomains(batch);
    }

    @Test
    void readsServicePrincipalsWithSecretsCertificatesAndFederatedCredentials() {
        GraphBatch batch = read(SERVICE_PRINCIPALS);

        List<NodeRecord> principals = nodes(batch, NodeLabel.IDENTITY);
        assertThat(principals).hasSize(6).allSatisfy(sp -> {
            assertThat(sp.label()).isEqualTo(NodeLabel.NON_HUMAN_IDENTITY);
            assertThat(sp.properties()).containsEntry("kind", "SERVICE_PRINCIPAL").containsKey("appOwnerOrganizationId")
                    .doesNotContainKey("status"); // the export has no accountEnabled
        });
        assertThat(node(batch, "entra:00000000-0000-0000-0000-000000000040").properties())
                .containsEntry("name", "Test SP 4")
                .containsEntry("appId", "50000000-0000-0000-0000-000000000000")
                .containsEntry("appOwnerOrganizationId", "44400000-0000-0000-0000-000000000000");

        List<NodeRecord> credentials = nodes(batch, NodeLabel.CREDENTIAL);
        assertThat(credentials).hasSize(9);
        assertThat(credentials).filteredOn(node -> node.properties().get("kind").equals("CLIENT_SECRET")).hasSize(4);
        assertThat(credentials).filteredOn(node -> node.properties().get("kind").equals("CERTIFICATE")).hasSize(4);
        assertThat(node(batch, "entra:00000000-0000-0000-0000-000000000060:federated:federated credential 1").properties())
                .containsEntry("kind", "FEDERATED")
                .containsEntry("issuer", "https://token.issuer.domain.com")
                .containsEntry("subject", "repo:testorg/123:refs/tags/1.0")
                .containsEntry("audiences", List.of("api://AzureADTokenExchange"))
                .doesNotContainKey("status");
        assertThat(relationships(batch, RelType.HAS_CREDENTIAL)).hasSize(9)
                .extracting(rel -> rel.from().id()).contains("entra:00000000-0000-0000-0000-000000000040");
        assertThat(batch.warnings()).isEmpty();
        assertWithinDomains(batch);
    }

    @Test
    void readsTheGraphResourceServicePrincipalWrittenAsOneObject() {
        GraphBatch batch = read(GRAPH_RESOURCE_SP);

        assertThat(batch.nodes()).singleElement().satisfies(sp -> {
            assertThat(sp.id()).isEqualTo("entra:resource-sp-graph");
            assertThat(sp.properties()).containsEntry("name", "Microsoft Graph")
                    .containsEntry("appId", "00000003-0000-0000-c000-000000000000")
                    .containsEntry("kind", "SERVICE_PRINCIPAL");
        });
        assertThat(batch.relationships()).isEmpty();
        assertThat(batch.warnings()).isEmpty();
    }

    @Test
    void applicationsOfSeveralTenantsLeaveTheScopeToTheParameter() {
        GraphBatch unscoped = read(APPLICATIONS, SERVICE_PRINCIPALS);
        assertThat(nodes(unscoped, NodeLabel.IDENTITY)).hasSize(9);
        assertThat(nodes(unscoped, NodeLabel.CREDENTIAL)).hasSize(14);
        assertThat(unscoped.scope()).isNull();
        // Test App 1 and Test App 2 have service principals owned by two different organisations.
        assertThat(unscoped.warnings()).singleElement().satisfies(warning -> assertThat(warning.message())
                .contains("several tenants", "11100000-0000-0000-0000-000000000000", "22200000-0000-0000-0000-000000000000"));

        GraphBatch scoped = read(parameters(Map.of("tenant", "11100000-0000-0000-0000-000000000000")),
                APPLICATIONS, SERVICE_PRINCIPALS);
        assertThat(scoped.scope()).isEqualTo("11100000-0000-0000-0000-000000000000");
        assertThat(nodes(scoped, NodeLabel.IDENTITY)).allSatisfy(identity -> assertThat(identity.properties())
                .containsEntry("account", "11100000-0000-0000-0000-000000000000"));
        assertThat(scoped.warnings()).singleElement().satisfies(warning -> assertThat(warning.message())
                .contains("22200000-0000-0000-0000-000000000000"));
    }

    @Test
    void federatedCredentialsWithoutTheirApplicationNeedParameterParent() {
        assertThatThrownBy(() -> read(FEDERATED_CREDENTIALS))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(FEDERATED_CREDENTIALS + ", [0]: a federated identity credential without the application")
                .hasMessageContaining("parameter 'parent'");

        GraphBatch batch = read(parameters(Map.of("parent", "00000000-0000-0000-0000-000000000001")), FEDERATED_CREDENTIALS);
        assertThat(nodes(batch, NodeLabel.CREDENTIAL)).extracting(NodeRecord::id).containsExactly(
                "entra:00000000-0000-0000-0000-000000000001:federated:federated credential 1",
                "entra:00000000-0000-0000-0000-000000000001:federated:federated credential 2");
        assertThat(relationships(batch, RelType.HAS_CREDENTIAL)).extracting(rel -> rel.from().id())
                .containsOnly("entra:00000000-0000-0000-0000-000000000001");
        assertThat(nodes(batch, NodeLabel.IDENTITY)).isEmpty();
    }

    @Test
    void refusesAppRoleAssignmentsThatDoNotSayWhoHoldsWhichRole() {
        // ScubaGear's mock keeps AppRoleId and display names only: no PrincipalId, no ResourceId.
        assertThatThrownBy(() -> read(APP_ROLE_ASSIGNMENTS))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(APP_ROLE_ASSIGNMENTS + ", [0], field 'principalId': is required")
                .satisfies(e -> assertThat(((ImportException) e).file()).isEqualTo(APP_ROLE_ASSIGNMENTS));
        assertThatThrownBy(() -> read(parameters(Map.of("parent", "00000000-0000-0000-0000-000000000010")),
                APP_ROLE_ASSIGNMENTS))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(APP_ROLE_ASSIGNMENTS + ", [0], field 'resourceId': is required");
    }

    @Test
    void refusesScubaGearsOwnIntermediateFilesAsFilesOfAnotherKind() {
        assertThatThrownBy(() -> read(APPLICATION_PERMISSIONS))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(APPLICATION_PERMISSIONS + ", [0]: is a summary of permissions")
                .hasMessageContaining("the file is refused");
        assertThatThrownBy(() -> read(PERMISSION_CACHE))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(PERMISSION_CACHE + ", top-level object: is a cache of permissions by resource appId")
                .hasMessageContaining("the file is refused");
    }

    @Test
    void readingTheSameFilesTwiceGivesEqualBatches() {
        String[] files = {APPLICATIONS, SERVICE_PRINCIPALS, GRAPH_RESOURCE_SP, RAW_SERVICE_PRINCIPALS};
        GraphBatch first = read(files);
        GraphBatch second = read(files);

        assertThat(second.nodes()).containsExactlyElementsOf(first.nodes());
        assertThat(second.relationships()).containsExactlyElementsOf(first.relationships());
        assertThat(second.warnings()).containsExactlyElementsOf(first.warnings());
        assertWithinDomains(first);
    }

    @Test
    void aSnapshotCoversIdentitiesCredentialsGroupsPoliciesAndTheirEdges() {
        GraphBatch snapshot = read(ImportOptions.snapshot(Map.of("tenant", "7F3C1A52-9D4E-4B1A-8C2F-5E6D7C8B9A00")),
                RAW_SERVICE_PRINCIPALS);

        assertThat(snapshot.snapshot()).isTrue();
        assertThat(snapshot.scope()).isEqualTo("7f3c1a52-9d4e-4b1a-8c2f-5e6d7c8b9a00");
        assertThat(snapshot.snapshotLabels()).containsExactlyInAnyOrder(NodeLabel.IDENTITY, NodeLabel.CREDENTIAL,
                NodeLabel.GROUP, NodeLabel.POLICY);
        assertThat(snapshot.snapshotTypes()).containsExactlyInAnyOrder(RelType.OWNED_BY, RelType.HAS_CREDENTIAL,
                RelType.HAS_POLICY, RelType.MEMBER_OF);

        GraphBatch plain = read(RAW_SERVICE_PRINCIPALS);
        assertThat(plain.snapshot()).isFalse();
        assertThat(plain.snapshotLabels()).isEmpty();
        assertThat(plain.snapshotTypes()).isEmpty();

        assertThat(read(ImportOptions.snapshot(Map.of()), RAW_SERVICE_PRINCIPALS).warnings())
                .extracting(ImportWarning::message).anySatisfy(message -> assertThat(message).contains("snapshot without a tenant"));
        assertThatThrownBy(() -> read(ImportOptions.snapshot(Map.of("parent", "x")), FEDERATED_CREDENTIALS))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("field 'parent'");
    }

    @Test
    void neverStoresSecretValuesEvenWhenTheExportHoldsThem() {
        GraphBatch batch = read(RAW_SERVICE_PRINCIPALS);

        List<Object> values = batch.nodes().stream().flatMap(node -> node.properties().values().stream()).toList();
        List<Object> edgeValues = batch.relationships().stream().flatMap(rel -> rel.properties().values().stream()).toList();
        for (Object value : concat(values, edgeValues)) {
            assertThat(String.valueOf(value)).doesNotContain("FAKE-SECRET", "Zq8", "Ab1", "TUlJQ0ZBS0VQUklWQVRFS0VZ");
        }
        assertThat(batch.nodes()).allSatisfy(node -> assertThat(node.properties())
                .doesNotContainKeys("secretText", "hint", "key", "customKeyIdentifier"));
        assertThat(node(batch, "entra:5b1f0a1e-2c3d-4e5f-8a9b-0c1d2e3f4a01:secret:c0ffee00-1111-4222-8333-444455556666")
                .properties()).containsOnlyKeys("name", "kind", "keyId", "createdAt", "expiresAt");
        assertThat(batch.warnings()).filteredOn(warning -> warning.message().contains("secretText")).singleElement()
                .satisfies(warning -> assertThat(warning.location())
                        .isEqualTo(RAW_SERVICE_PRINCIPALS + ": value[0].passwordCredentials[0]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {APPLICATIONS, SERVICE_PRINCIPALS, GRAPH_RESOURCE_SP, RAW_SERVICE_PRINCIPALS})
    void refusesTruncatedCopies(String name, @TempDir Path folder) {
        byte[] whole = bytes(name);
        for (int cut : new int[] {1, 2, 3, whole.length / 3, whole.length / 2, whole.length - 8}) {
            ImportFile truncated = writeBytes(folder, name, Arrays.copyOf(whole, cut));
            assertThatThrownBy(() -> importer().read(List.of(truncated), ImportOptions.defaults()))
                    .as("%s cut at %d", name, cut)
                    .isInstanceOf(ImportException.class)
                    .satisfies(e -> assertThat(((ImportException) e).file()).isEqualTo(name));
        }
    }

    @Test
    void refusesCorruptedCopiesNamingTheFile(@TempDir Path folder) {
        byte[] broken = new String(bytes(SERVICE_PRINCIPALS), StandardCharsets.UTF_16LE)
                .replaceFirst("\"DisplayName\":", "\"DisplayName\" ")
                .getBytes(StandardCharsets.UTF_16LE);
        ImportFile corrupted = writeBytes(folder, "corrupted.json", broken);
        assertThatThrownBy(() -> importer().read(List.of(corrupted), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("corrupted.json, line 5, column ")
                .hasMessageContaining("not valid JSON");

        byte[] wrongId = new String(bytes(SERVICE_PRINCIPALS), StandardCharsets.UTF_16LE)
                .replace("\"Id\":  \"00000000-0000-0000-0000-000000000030\"", "\"Id\":  [\"x\"]")
                .getBytes(StandardCharsets.UTF_16LE);
        ImportFile badField = writeBytes(folder, "bad-id.json", wrongId);
        assertThatThrownBy(() -> importer().read(List.of(badField), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessage("bad-id.json, [2], field 'id': must be a single value, not a list");

        byte[] badDate = new String(bytes(APPLICATIONS), StandardCharsets.UTF_16LE)
                .replaceFirst("Date\\(4102444800000\\)", "Date(41O2444800000)")
                .getBytes(StandardCharsets.UTF_16LE);
        ImportFile badTime = writeBytes(folder, "bad-date.json", badDate);
        assertThatThrownBy(() -> importer().read(List.of(badTime), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("bad-date.json, [0].keyCredentials[0], field 'endDateTime': ");
    }

    @Test
    void refusesFilesOfOtherKinds(@TempDir Path folder) {
        ImportFile aws = write(folder, "aws-iam.json", """
                {"UserDetailList": [{"UserName": "ci", "Arn": "arn:aws:iam::1:user/ci"}], "RoleDetailList": []}
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer().read(List.of(aws), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("aws-iam.json, top-level object: has no @odata.type, and its properties "
                        + "[UserDetailList, RoleDetailList] are those of no application, servicePrincipal");

        ImportFile yaml = write(folder, "bundle.yaml", "nodes:\n  Human:\n    - {id: a@b.c}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer().read(List.of(yaml), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("bundle.yaml, line 1, column 1: not valid JSON");

        ImportFile csv = write(folder, "users.csv", "id,mail\n1,a@b.c\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer().read(List.of(csv), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("users.csv");

        ImportFile scalar = write(folder, "number.json", "42", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer().read(List.of(scalar), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessage("number.json: expected a JSON array or object at the top, found 42");

        ImportFile empty = write(folder, "empty.json", "", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer().read(List.of(empty), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessage("empty.json: is empty; expected Microsoft Graph JSON");

        ImportFile devices = write(folder, "devices.json", """
                {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#devices", "value": [{"id": "d1"}]}
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer().read(List.of(devices), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("devices.json, top-level object, field '@odata.context': is a Microsoft Graph "
                        + "response for 'devices', which this source does not read");
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
