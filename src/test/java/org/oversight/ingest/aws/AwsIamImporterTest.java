package org.oversight.ingest.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.ingest.aws.AwsIamFixtures.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.ImportWarning;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRecord;
import org.oversight.graph.PropertyDomains;
import org.oversight.graph.RelRecord;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.Json;
import tools.jackson.databind.JsonNode;

class AwsIamImporterTest {

    private static final String SPLAINING_ACCOUNT = "arn:aws:iam::012345678901:";
    private static final String DEMO_ACCOUNT = "arn:aws:iam::123456789012:";

    @TempDir
    Path folder;

    // ---- real exports: counts and key mappings ----

    @Test
    void cloudsplainingFixtureGivesItsUsersRolesGroupsAndPolicies() {
        GraphBatch batch = read(CLOUDSPLAINING);

        assertThat(batch.scope()).isEqualTo("012345678901");
        assertThat(described(batch, NodeLabel.IDENTITY)).hasSize(6);
        assertThat(described(batch, NodeLabel.IDENTITY)).extracting(node -> node.properties().get("kind"))
                .containsExactly("IAM_USER", "IAM_USER", "IAM_USER", "IAM_ROLE", "IAM_ROLE", "IAM_ROLE");
        assertThat(described(batch, NodeLabel.IDENTITY)).allSatisfy(node -> assertThat(node.label())
                .isEqualTo(NodeLabel.NON_HUMAN_IDENTITY));
        assertThat(described(batch, NodeLabel.GROUP)).hasSize(2);
        // 32 managed policies with their documents + 6 inline ones, none only referenced
        assertThat(described(batch, NodeLabel.POLICY)).hasSize(38);
        assertThat(references(batch, NodeLabel.POLICY)).isEmpty();
        assertThat(described(batch, NodeLabel.POLICY)).filteredOn(node -> node.id().contains("/inline/")).hasSize(6);
        assertThat(relationships(batch, RelType.HAS_POLICY)).hasSize(11);
        assertThat(relationships(batch, RelType.MEMBER_OF)).hasSize(3);
        assertThat(relationships(batch, RelType.CAN_ASSUME)).isEmpty();
        assertThat(relationships(batch, RelType.OWNED_BY)).isEmpty();
        assertThat(described(batch, NodeLabel.CREDENTIAL)).isEmpty();
        assertThat(batch.warnings()).isEmpty();

        // obama has AdministratorAccess directly, userwithlotsofpermissions through group admin
        assertThat(described(batch, NodeLabel.IDENTITY)).filteredOn(node -> node.properties().get("privileged")
                .equals(true)).extracting(NodeRecord::id)
                .containsExactly(SPLAINING_ACCOUNT + "user/obama", SPLAINING_ACCOUNT + "user/userwithlotsofpermissions");
        assertThat(relationships(batch, RelType.MEMBER_OF)).extracting(rel -> rel.from().id() + " -> " + rel.to().id())
                .contains(SPLAINING_ACCOUNT + "user/userwithlotsofpermissions -> " + SPLAINING_ACCOUNT + "group/admin");

        Map<String, Object> role = properties(batch, SPLAINING_ACCOUNT + "role/OverprivilegedEC2");
        assertThat(role).containsEntry("name", "OverprivilegedEC2").containsEntry("provider", "aws")
                .containsEntry("account", "012345678901").containsEntry("path", "/")
                .containsEntry("lastUsedAt", OffsetDateTime.parse("2019-01-20T18:48:00Z"))
                .containsEntry("lastUsedRegion", "us-east-1")
                .containsEntry("instanceProfiles", List.of("OverprivilegedEC2"))
                .containsEntry("trustedPrincipals", List.of("Service:ec2.amazonaws.com"))
                .containsEntry("serviceLinked", false).containsEntry("privileged", false)
                .containsEntry("status", "ACTIVE");
        assertThat(role.get("createdAt")).isInstanceOf(OffsetDateTime.class);

        Map<String, Object> admin = properties(batch, "arn:aws:iam::aws:policy/AdministratorAccess");
        assertThat(admin).containsEntry("privileged", true).containsEntry("actions", List.of("*"))
                .containsEntry("awsManaged", true).containsEntry("actionsTruncated", false);
        Map<String, Object> audit = properties(batch, "arn:aws:iam::aws:policy/SecurityAudit");
        assertThat((List<?>) audit.get("actions")).hasSize(PolicyDocument.MAX_ACTIONS);
        assertThat(audit).containsEntry("actionsTruncated", true).containsEntry("privileged", false);
        assertThat(properties(batch, "arn:aws:iam::aws:policy/PowerUserAccess"))
                .containsEntry("privileged", false).containsKey("notActions");
        assertThat(properties(batch, SPLAINING_ACCOUNT + "user/biden/inline/InsecureUserPolicy"))
                .containsEntry("inline", true).containsEntry("name", "InsecureUserPolicy");
    }

    @Test
    void cloudsplainingV2FixtureReferencesAnAwsManagedPolicyItDoesNotDescribe() {
        GraphBatch batch = read(CLOUDSPLAINING_V2);

        assertThat(described(batch, NodeLabel.IDENTITY)).hasSize(3);
        assertThat(described(batch, NodeLabel.GROUP)).hasSize(1);
        assertThat(described(batch, NodeLabel.POLICY)).hasSize(4);
        assertThat(references(batch, NodeLabel.POLICY)).extracting(NodeRecord::id)
                .containsExactly("arn:aws:iam::aws:policy/AdministratorAccess");
        assertThat(references(batch, NodeLabel.POLICY).getFirst().properties())
                .containsEntry("name", "AdministratorAccess").containsEntry("privileged", true);
        assertThat(relationships(batch, RelType.HAS_POLICY)).hasSize(3);
        assertThat(relationships(batch, RelType.MEMBER_OF)).singleElement()
                .satisfies(rel -> assertThat(rel.to().id()).isEqualTo(SPLAINING_ACCOUNT + "group/GOAT"));
        assertThat(properties(batch, SPLAINING_ACCOUNT + "user/BlakeBortles")).containsEntry("privileged", true)
                .containsEntry("createdAt", OffsetDateTime.parse("2019-12-18T19:10:08Z"));
        assertThat(properties(batch, SPLAINING_ACCOUNT + "group/GOAT")).containsEntry("privileged", true);
        assertThat(properties(batch, SPLAINING_ACCOUNT + "role/GOAT")).containsEntry("privileged", false)
                .containsEntry("trustedPrincipals", List.of("Service:ssm.amazonaws.com"));
    }

    @Test
    void cloudmapperDemoAccountWithItsCredentialReport() {
        GraphBatch batch = read(CLOUDMAPPER_AUTHZ, CLOUDMAPPER_REPORT);

        assertThat(batch.scope()).isEqualTo("123456789012");
        // 2 users + 4 roles from the authorization details; root, auditor_tmp and user only in the report
        assertThat(described(batch, NodeLabel.IDENTITY)).hasSize(9);
        assertThat(described(batch, NodeLabel.GROUP)).hasSize(1);
        assertThat(described(batch, NodeLabel.POLICY)).hasSize(6);
        assertThat(relationships(batch, RelType.HAS_POLICY)).hasSize(7);
        assertThat(relationships(batch, RelType.MEMBER_OF)).hasSize(1);
        // root: access key 1 and its password; auditor_tmp: key 1; user: password, keys 1 and 2
        assertThat(described(batch, NodeLabel.CREDENTIAL)).extracting(NodeRecord::id).containsExactly(
                DEMO_ACCOUNT + "root/password", DEMO_ACCOUNT + "root/access-key/1",
                DEMO_ACCOUNT + "user/auditor_tmp/access-key/1",
                DEMO_ACCOUNT + "user/user/password", DEMO_ACCOUNT + "user/user/access-key/1",
                DEMO_ACCOUNT + "user/user/access-key/2");
        assertThat(relationships(batch, RelType.HAS_CREDENTIAL)).hasSize(6);

        NodeRecord root = node(batch, DEMO_ACCOUNT + "root");
        assertThat(root.label()).isEqualTo(NodeLabel.HUMAN_ACCOUNT);
        assertThat(root.properties()).containsEntry("root", true).containsEntry("privileged", true)
                .containsEntry("kind", "IAM_USER").containsEntry("mfaActive", true)
                .containsEntry("lastUsedAt", OffsetDateTime.parse("2019-03-03T16:58:16Z"));
        assertThat(properties(batch, DEMO_ACCOUNT + "root/access-key/1")).containsEntry("kind", "ACCESS_KEY")
                .containsEntry("status", "ACTIVE").containsEntry("lastUsedService", "ecr")
                .containsEntry("lastRotatedAt", OffsetDateTime.parse("2018-11-23T16:01:14Z"))
                .containsEntry("lastUsedAt", OffsetDateTime.parse("2018-11-27T00:02:00Z"));
        assertThat(node(batch, DEMO_ACCOUNT + "user/user").label()).isEqualTo(NodeLabel.HUMAN_ACCOUNT);
        assertThat(node(batch, DEMO_ACCOUNT + "user/auditor_tmp").label()).isEqualTo(NodeLabel.NON_HUMAN_IDENTITY);
        assertThat(properties(batch, DEMO_ACCOUNT + "user/auditor_tmp")).containsEntry("mfaActive", false)
                .containsEntry("privileged", false).doesNotContainKey("lastUsedAt");
        assertThat(properties(batch, DEMO_ACCOUNT + "user/user/password")).containsEntry("kind", "PASSWORD")
                .containsEntry("lastUsedAt", OffsetDateTime.parse("2018-05-07T15:35:54Z"))
                .doesNotContainKey("lastRotatedAt");

        // bad_role trusts anyone ("AWS": "*") and has an inline Allow * on *
        assertThat(properties(batch, DEMO_ACCOUNT + "role/bad_role")).containsEntry("privileged", true)
                .containsEntry("trustedPrincipals", List.of("AWS:*")).containsEntry("path", "/");
        assertThat(properties(batch, DEMO_ACCOUNT + "role/service-role/level1")).containsEntry("path", "/service-role/");
        // the demo's users and group carry the placeholder account "aws" in their ARNs: kept, and said
        assertThat(batch.warnings()).extracting(ImportWarning::message)
                .filteredOn(message -> message.contains("not a 12-digit account id")).hasSize(3);
        assertThat(properties(batch, "arn:aws:iam::aws:user/USER")).containsEntry("account", "aws");
    }

    @Test
    void theReportAsJsonResponseAsBase64ResponseAndAsCsvGivesTheSameGraph(@TempDir Path dir) throws IOException {
        GraphBatch fromJson = read(CLOUDMAPPER_REPORT);
        GraphBatch fromCsv = read(CLOUDMAPPER_REPORT_CSV);
        String csv = Files.readString(path(CLOUDMAPPER_REPORT_CSV));
        Path base64 = dir.resolve("report.json");
        Files.writeString(base64, """
                {"Content": "%s", "ReportFormat": "text/csv", "GeneratedTime": "2019-05-07T15:40:22Z"}
                """.formatted(java.util.Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8))));
        GraphBatch fromBase64 = new AwsIamImporter().read(List.of(ImportFile.of(base64)), ImportOptions.defaults());

        assertThat(described(fromJson, NodeLabel.IDENTITY)).hasSize(3);
        assertThat(described(fromJson, NodeLabel.CREDENTIAL)).hasSize(6);
        assertThat(nodes(fromCsv.nodes())).isEqualTo(nodes(fromJson.nodes()));
        assertThat(nodes(fromBase64.nodes())).isEqualTo(nodes(fromJson.nodes()));
        assertThat(List.copyOf(fromCsv.relationships())).isEqualTo(List.copyOf(fromJson.relationships()));
        // a report alone does not know the users' policies, so it does not say whether they are privileged
        assertThat(properties(fromJson, DEMO_ACCOUNT + "user/user")).doesNotContainKey("privileged");
        assertThat(properties(fromJson, DEMO_ACCOUNT + "root")).containsEntry("privileged", true);
    }

    @ParameterizedTest
    @ValueSource(strings = {CLOUDSPLAINING, CLOUDSPLAINING_V2, CLOUDMAPPER_AUTHZ})
    void awsIdentitiesAreTheUsersAndRolesOfTheFile(String name) {
        JsonNode export = Json.readTree(file(name));
        int usersAndRoles = export.get("UserDetailList").size() + export.get("RoleDetailList").size();

        GraphBatch batch = read(name);

        assertThat(described(batch, NodeLabel.IDENTITY))
                .filteredOn(node -> "aws".equals(node.properties().get("provider"))).hasSize(usersAndRoles);
    }

    @ParameterizedTest
    @ValueSource(strings = {CLOUDSPLAINING, CLOUDSPLAINING_V2, CLOUDMAPPER_AUTHZ, CLOUDMAPPER_REPORT,
            CLOUDMAPPER_REPORT_CSV})
    void readingTheSameFileTwiceGivesTheSameBatch(String name) {
        GraphBatch first = read(name);
        GraphBatch second = read(name);

        assertThat(nodes(second.nodes())).isEqualTo(nodes(first.nodes()));
        assertThat(List.copyOf(second.relationships())).isEqualTo(List.copyOf(first.relationships()));
        assertThat(second.warnings()).isEqualTo(first.warnings());
    }

    @Test
    void everyValueIsOfTheModel() {
        GraphBatch batch = read(CLOUDMAPPER_AUTHZ, CLOUDMAPPER_REPORT);
        GraphBatch tagged = readTagged(true);
        for (GraphBatch each : List.of(batch, read(CLOUDSPLAINING), read(CLOUDSPLAINING_V2), tagged)) {
            for (NodeRecord node : each.nodes()) {
                node.properties().forEach((key, value) -> {
                    assertThat(key).as("property of %s", node.id()).matches("[a-z][a-zA-Z0-9]*");
                    List<String> allowed = PropertyDomains.allowed(node.label(), key);
                    if (allowed != null) {
                        assertThat(allowed).as("%s.%s of %s", node.label(), key, node.id()).contains((String) value);
                    }
                    if (value instanceof OffsetDateTime time) {
                        assertThat(time.getOffset()).isEqualTo(java.time.ZoneOffset.UTC);
                    }
                });
            }
            for (RelRecord rel : each.relationships()) {
                rel.properties().forEach((key, value) -> {
                    List<String> allowed = PropertyDomains.allowed(rel.type(), key);
                    if (allowed != null) {
                        assertThat(allowed).as("%s.%s", rel.type(), key).contains((String) value);
                    }
                });
            }
        }
    }

    // ---- snapshots ----

    @Test
    void aSnapshotCoversWhatTheFilesListInFull() {
        GraphBatch both = read(ImportOptions.snapshot(Map.of()), CLOUDMAPPER_AUTHZ, CLOUDMAPPER_REPORT);
        assertThat(both.snapshot()).isTrue();
        assertThat(both.scope()).isEqualTo("123456789012");
        assertThat(both.snapshotLabels()).containsExactlyInAnyOrder(NodeLabel.IDENTITY, NodeLabel.GROUP,
                NodeLabel.POLICY, NodeLabel.CREDENTIAL);
        assertThat(both.snapshotTypes()).containsExactlyInAnyOrder(RelType.MEMBER_OF, RelType.HAS_POLICY,
                RelType.CAN_ASSUME, RelType.OWNED_BY, RelType.HAS_CREDENTIAL);

        GraphBatch details = read(ImportOptions.snapshot(Map.of()), CLOUDSPLAINING);
        assertThat(details.snapshotLabels()).containsExactlyInAnyOrder(NodeLabel.IDENTITY, NodeLabel.GROUP,
                NodeLabel.POLICY);
        assertThat(details.snapshotTypes()).containsExactlyInAnyOrder(RelType.MEMBER_OF, RelType.HAS_POLICY,
                RelType.CAN_ASSUME, RelType.OWNED_BY);

        // a report alone lists credentials, not roles or groups: they must not become stale
        GraphBatch report = read(ImportOptions.snapshot(Map.of()), CLOUDMAPPER_REPORT);
        assertThat(report.snapshotLabels()).containsExactly(NodeLabel.CREDENTIAL);
        assertThat(report.snapshotTypes()).containsExactly(RelType.HAS_CREDENTIAL);

        GraphBatch plain = read(CLOUDSPLAINING);
        assertThat(plain.snapshot()).isFalse();
        assertThat(plain.snapshotLabels()).isEmpty();
        assertThat(plain.scope()).isEqualTo("012345678901");
    }

    // ---- pages ----

    @Test
    void pagesOfAPaginatedExportGiveWhatTheWholeExportGives() throws IOException {
        JsonNode whole = Json.readTree(file(CLOUDSPLAINING));
        var first = Json.MAPPER.createObjectNode();
        first.set("UserDetailList", whole.get("UserDetailList"));
        first.set("RoleDetailList", whole.get("RoleDetailList"));
        first.put("IsTruncated", true);
        first.put("Marker", "page-2");
        var second = Json.MAPPER.createObjectNode();
        second.set("GroupDetailList", whole.get("GroupDetailList"));
        second.set("Policies", whole.get("Policies"));
        second.put("IsTruncated", false);
        Path page1 = folder.resolve("page-1.json");
        Path page2 = folder.resolve("page-2.json");
        Files.writeString(page1, first.toString());
        Files.writeString(page2, second.toString());

        GraphBatch paged = new AwsIamImporter().read(List.of(ImportFile.of(page1), ImportFile.of(page2)),
                ImportOptions.snapshot(Map.of()));
        GraphBatch single = read(CLOUDSPLAINING);

        assertThat(paged.nodes()).containsExactlyInAnyOrderElementsOf(single.nodes());
        assertThat(paged.relationships()).containsExactlyInAnyOrderElementsOf(single.relationships());

        assertThatThrownBy(() -> new AwsIamImporter().read(List.of(ImportFile.of(page1)),
                ImportOptions.snapshot(Map.of())))
                .isInstanceOf(ImportException.class).hasMessageContaining("page-1.json")
                .hasMessageContaining("last page is missing");
        assertThat(new AwsIamImporter().read(List.of(ImportFile.of(page1)), ImportOptions.defaults()).warnings())
                .extracting(ImportWarning::message).anyMatch(message -> message.contains("last page is missing"));

        // the CLI's --max-items pages carry a NextToken instead
        first.remove(List.of("IsTruncated", "Marker"));
        first.put("NextToken", "eyJNYXJrZXIiOiBudWxsfQ==");
        Path cliPage = folder.resolve("cli-page-1.json");
        Files.writeString(cliPage, first.toString());
        assertThatThrownBy(() -> new AwsIamImporter().read(List.of(ImportFile.of(cliPage)),
                ImportOptions.snapshot(Map.of()))).hasMessageContaining("last page is missing");
        assertThat(new AwsIamImporter().read(List.of(ImportFile.of(cliPage), ImportFile.of(page2)),
                ImportOptions.snapshot(Map.of())).nodes()).containsExactlyInAnyOrderElementsOf(single.nodes());
    }

    @Test
    void utf16WithByteOrderMarkAndAnEmptyExportAreRead() throws IOException {
        Path utf16 = folder.resolve("utf16.json");
        byte[] text = Files.readString(path(CLOUDSPLAINING_V2)).getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Files.write(utf16, withBom);
        GraphBatch batch = new AwsIamImporter().read(List.of(ImportFile.of(utf16)), ImportOptions.defaults());
        assertThat(nodes(batch.nodes())).isEqualTo(nodes(read(CLOUDSPLAINING_V2).nodes()));

        Path empty = folder.resolve("empty.json");
        Files.writeString(empty, "{\"UserDetailList\": [], \"RoleDetailList\": [], \"GroupDetailList\": [], \"Policies\": []}");
        GraphBatch nothing = new AwsIamImporter().read(List.of(ImportFile.of(empty)),
                new ImportOptions(false, null, Map.of("account", "111122223333")));
        assertThat(nothing.nodes()).isEmpty();
        assertThat(nothing.scope()).isEqualTo("111122223333");
    }

    // ---- tags, owners, trust, secrets ----

    @Test
    void tagsNameOwnersTeamsAndPeoplesAccounts() {
        GraphBatch batch = readTagged(false);

        NodeRecord alice = node(batch, "arn:aws:iam::111122223333:user/alice");
        assertThat(alice.label()).isEqualTo(NodeLabel.HUMAN_ACCOUNT);
        assertThat(alice.properties()).containsEntry("email", "Alice@Example.com").containsEntry("privileged", true)
                .containsEntry("tags", List.of("db-password=[REDACTED]"));
        assertThat(properties(batch, "arn:aws:iam::111122223333:user/alice/password"))
                .containsEntry("kind", "PASSWORD").containsEntry("passwordResetRequired", false)
                .containsEntry("createdAt", OffsetDateTime.parse("2024-01-03T00:00:00Z"));

        NodeRecord ci = node(batch, "arn:aws:iam::111122223333:user/svc/svc-ci");
        assertThat(ci.label()).isEqualTo(NodeLabel.NON_HUMAN_IDENTITY);
        assertThat(ci.properties()).containsEntry("path", "/svc/")
                .containsEntry("createdAt", OffsetDateTime.parse("2023-05-06T07:08:09Z"))
                .containsEntry("tags", List.of("cost-center=42", "OwnerEmail=nobody in particular"));
        assertThat(owners(batch, ci.id())).containsExactlyInAnyOrder(
                "Human:bob@example.com ACCOUNTABLE TAG", "Team:team:platform-team ACCOUNTABLE TAG",
                "Human:carol@example.com TECHNICAL TAG");
        assertThat(node(batch, "bob@example.com").reference()).isTrue();
        assertThat(properties(batch, "bob@example.com")).containsEntry("email", "Bob@Example.com");
        assertThat(properties(batch, "team:platform-team")).containsEntry("name", "Platform Team");
        assertThat(batch.warnings()).extracting(ImportWarning::toString)
                .anyMatch(w -> w.contains("UserDetailList[1].Tags[4]") && w.contains("not an e-mail address"))
                .anyMatch(w -> w.contains("UserDetailList[0]") && w.contains("'missing-group'"))
                .anyMatch(w -> w.contains("field 'SecretAccessKey' of UserDetailList records is not read"));
        assertThat(relationships(batch, RelType.MEMBER_OF)).extracting(rel -> rel.to().id()).containsExactly(
                "arn:aws:iam::111122223333:group/admins", "arn:aws:iam::111122223333:group/missing-group");

        String deploy = "arn:aws:iam::111122223333:role/deploy";
        assertThat(properties(batch, deploy)).containsEntry("privileged", true)
                .containsEntry("lastUsedRegion", "eu-west-1")
                .containsEntry("trustedPrincipals", List.of("AWS:arn:aws:iam::111122223333:root", "AWS:*",
                        "Service:ec2.amazonaws.com",
                        "Federated:arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"));
        assertThat(owners(batch, deploy)).containsExactly("Human:dave@example.com ACCOUNTABLE TAG");
        assertThat(relationships(batch, RelType.CAN_ASSUME)).extracting(rel -> rel.from().id() + " -> " + rel.to().id())
                .containsExactly("arn:aws:iam::111122223333:user/svc/svc-ci -> " + deploy,
                        "arn:aws:iam::444455556666:role/ci/runner -> " + deploy);
        NodeRecord runner = node(batch, "arn:aws:iam::444455556666:role/ci/runner");
        assertThat(runner.reference()).isTrue();
        assertThat(runner.label()).isEqualTo(NodeLabel.NON_HUMAN_IDENTITY);
        assertThat(runner.properties()).containsEntry("kind", "IAM_ROLE").containsEntry("account", "444455556666")
                .containsEntry("external", true);
        assertThat(properties(batch, deploy + "/inline/everything")).containsEntry("privileged", true);

        Map<String, Object> wide = properties(batch, "arn:aws:iam::111122223333:policy/Wide");
        assertThat((List<?>) wide.get("actions")).hasSize(100).first().isEqualTo("svc:Action0");
        assertThat(wide).containsEntry("actionsTruncated", true).containsEntry("privileged", false)
                .containsEntry("defaultVersion", "v2");

        assertThat(properties(batch,
                "arn:aws:iam::111122223333:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport"))
                .containsEntry("serviceLinked", true).containsEntry("path", "/aws-service-role/support.amazonaws.com/");
        assertThat(references(batch, NodeLabel.POLICY)).extracting(NodeRecord::id)
                .containsExactly("arn:aws:iam::aws:policy/AdministratorAccess",
                        "arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy");
        assertThat(batch.scope()).isEqualTo("111122223333");
    }

    @Test
    void secretsInTheExportAreNeverStored() {
        GraphBatch batch = readTagged(true);

        assertThat(everything(batch)).doesNotContain("FAKE-SECRET");
        // the report's row for alice merges with her login profile
        assertThat(properties(batch, "arn:aws:iam::111122223333:user/alice/password"))
                .containsEntry("createdAt", OffsetDateTime.parse("2024-01-03T00:00:00Z"))
                .containsEntry("lastUsedAt", OffsetDateTime.parse("2025-02-01T10:00:00Z"));
        assertThat(properties(batch, "arn:aws:iam::111122223333:user/alice")).containsEntry("mfaActive", true);
        assertThat(batch.warnings()).extracting(ImportWarning::message)
                .anyMatch(message -> message.equals("column 'access_key_1_secret' is not read"));
    }

    // ---- refusals ----

    @ParameterizedTest
    @ValueSource(strings = {CLOUDSPLAINING, CLOUDSPLAINING_V2, CLOUDMAPPER_AUTHZ, CLOUDMAPPER_REPORT})
    void aTruncatedJsonExportIsRefusedNamingTheFile(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(path(name));
        Path cut = folder.resolve(name);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> new AwsIamImporter().read(List.of(ImportFile.of(cut)), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class).hasMessageStartingWith(name + ", line ")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aCutOffReportRowIsRefused() throws IOException {
        String csv = Files.readString(path(CLOUDMAPPER_REPORT_CSV));
        Path cut = folder.resolve("report.csv");
        Files.writeString(cut, csv.substring(0, csv.indexOf(",us-east-1,s3")));

        assertThatThrownBy(() -> new AwsIamImporter().read(List.of(ImportFile.of(cut)), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("report.csv, line 4, field")
                .hasMessageContaining("fewer cells than the header");
    }

    @Test
    void filesOfAnotherKindAreRefusedNamingTheFile() throws IOException {
        assertThatThrownBy(() -> read(ACCOUNT_SUMMARY)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(ACCOUNT_SUMMARY + ": is not an AWS IAM export")
                .hasMessageContaining("SummaryMap");
        assertThat(refusal("deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\n"))
                .startsWith("deployment.yaml, line 1: is not an AWS IAM export");
        assertThat(refusal("list.json", "[{\"UserName\": \"x\"}]"))
                .isEqualTo("list.json: expected a JSON object at the top");
        assertThat(refusal("blank.csv", "  \n")).isEqualTo("blank.csv: is empty");
        assertThat(refusal("other.json", "{\"Content\": \"bmFtZSxhZ2UKYm9iLDQK\"}"))
                .startsWith("other.json, field 'Content': does not hold a credential report");
        assertThat(refusal("pdf.json", "{\"Content\": \"x\", \"ReportFormat\": \"application/pdf\"}"))
                .startsWith("pdf.json, field 'ReportFormat'");
        assertThat(refusal("garbled.json", "{\"Content\": \"!!not base64!!\"}"))
                .startsWith("garbled.json, field 'Content': is neither base64 nor CSV text");
    }

    @Test
    void corruptedRecordsAreRefusedNamingFileRecordAndField() throws IOException {
        String v2 = Files.readString(path(CLOUDSPLAINING_V2));

        assertThat(refusal("v2.json", v2.replace("\"arn:aws:iam::012345678901:user/BlakeBortles\"", "\"BlakeBortles\"")))
                .isEqualTo("v2.json, UserDetailList[0], field 'Arn': 'BlakeBortles' is not an IAM ARN");
        assertThat(refusal("v2.json", v2.replace("\"2019-12-18 19:10:08+00:00\"", "\"yesterday\"")))
                .startsWith("v2.json, UserDetailList[0], field 'CreateDate': 'yesterday' is not a date-time");
        assertThat(refusal("v2.json", v2.replace("\"GroupList\": [\n        \"GOAT\"\n      ]", "\"GroupList\": 7")))
                .isEqualTo("v2.json, UserDetailList[0], field 'GroupList': must be a list, not a number");
        assertThat(refusal("v2.json", v2.replace("\"Effect\": \"Allow\",\n            \"Principal\"",
                "\"Effect\": \"Perhaps\",\n            \"Principal\"")))
                .startsWith("v2.json, RoleDetailList[0], field 'AssumeRolePolicyDocument': has a statement with Effect 'Perhaps'");
        assertThat(refusal("v2.json", v2.replace("\"RoleName\": \"GOAT\",", "")))
                .isEqualTo("v2.json, RoleDetailList[0], field 'RoleName': is required");
        assertThat(refusal("v2.json", v2.replace("\"arn:aws:iam::012345678901:group/GOAT\"",
                "\"arn:aws:iam::012345678901:role/GOAT\"")))
                .isEqualTo("v2.json, GroupDetailList[0], field 'Arn': 'arn:aws:iam::012345678901:role/GOAT' is not"
                        + " the ARN of an IAM group");

        String csv = Files.readString(path(CLOUDMAPPER_REPORT_CSV));
        assertThat(refusal("report.csv", csv.replace("2019-05-07T15:35:54+00:00,false", "2019-05-07T15:35:54+00:00,maybe")))
                .isEqualTo("report.csv, line 3, field 'password_enabled': 'maybe' is not true or false");
    }

    @Test
    void theAccountParameterIsCheckedAgainstTheFiles() {
        assertThatThrownBy(() -> read(new ImportOptions(false, null, Map.of("account", "111122223333")), CLOUDSPLAINING))
                .isInstanceOf(ImportException.class)
                .hasMessage(CLOUDSPLAINING + ", field 'account': parameter 'account' is 111122223333, but the files"
                        + " describe account(s) [012345678901]");
        assertThatThrownBy(() -> read(new ImportOptions(false, null, Map.of("account", "12")), CLOUDSPLAINING))
                .isInstanceOf(ImportException.class).hasMessageContaining("not a 12-digit AWS account id");
        assertThat(read(new ImportOptions(false, null, Map.of("account", "012345678901")), CLOUDSPLAINING).scope())
                .isEqualTo("012345678901");
    }

    // ---- files of several accounts ----

    @Test
    void filesOfTwoAccountsNameBothScopesAndHoldNothingUntilOneIsAskedFor() {
        GraphBatch survey = read(ImportOptions.defaults(), CLOUDSPLAINING_V2, CLOUDMAPPER_REPORT);

        assertThat(survey.scopes()).containsExactly("012345678901", "123456789012");
        assertThat(survey.nodes()).isEmpty();
        assertThat(survey.relationships()).isEmpty();
    }

    @Test
    void eachAccountOfAMergedExportIsWhatItsOwnExportGives() {
        Path merged = mergedTwoAccounts(folder);
        GraphBatch survey = readFiles(ImportOptions.defaults(), merged);
        assertThat(survey.scopes()).containsExactly(FIRST_ACCOUNT, SECOND_ACCOUNT);

        GraphBatch first = readFiles(ImportOptions.defaults().withScope(FIRST_ACCOUNT), merged);
        GraphBatch firstAlone = read(CLOUDSPLAINING);
        assertThat(first.scope()).isEqualTo(FIRST_ACCOUNT);
        assertThat(first.nodes()).containsExactlyInAnyOrderElementsOf(firstAlone.nodes());
        assertThat(first.relationships()).containsExactlyInAnyOrderElementsOf(firstAlone.relationships());
        assertThat(first.warnings()).isEmpty();

        GraphBatch second = readFiles(ImportOptions.defaults().withScope(SECOND_ACCOUNT), merged);
        GraphBatch secondAlone = readFiles(ImportOptions.defaults(), secondAccount(folder));
        assertThat(second.scope()).isEqualTo(SECOND_ACCOUNT);
        assertThat(described(second, NodeLabel.IDENTITY)).hasSize(1 + 2)
                .containsExactlyInAnyOrderElementsOf(described(secondAlone, NodeLabel.IDENTITY));
        assertThat(described(second, NodeLabel.GROUP)).containsExactlyInAnyOrderElementsOf(
                described(secondAlone, NodeLabel.GROUP));
        // the AWS-managed policies are the first account's to describe; the second has none of its own
        assertThat(described(second, NodeLabel.POLICY)).containsExactlyInAnyOrderElementsOf(
                described(secondAlone, NodeLabel.POLICY)).allSatisfy(policy ->
                assertThat(policy.id()).startsWith("arn:aws:iam::" + SECOND_ACCOUNT + ":"));
        assertThat(second.relationships()).containsExactlyInAnyOrderElementsOf(secondAlone.relationships());
        assertThat(relationships(second, RelType.CAN_ASSUME)).extracting(rel -> rel.from().id() + " -> " + rel.to().id())
                .containsExactlyInAnyOrder(PARTNER_ROLE + " -> arn:aws:iam::" + SECOND_ACCOUNT + ":role/GOAT",
                        FIRST_ACCOUNTS_ROLE + " -> arn:aws:iam::" + SECOND_ACCOUNT + ":role/GOAT");

        // a principal of an account no file holds is external; one the merged file describes is not
        assertThat(node(second, PARTNER_ROLE)).satisfies(partner -> {
            assertThat(partner.reference()).isTrue();
            assertThat(partner.properties()).containsEntry("external", true).containsEntry("account", "135792468024");
        });
        assertThat(node(second, FIRST_ACCOUNTS_ROLE).reference()).isTrue();
        assertThat(node(second, FIRST_ACCOUNTS_ROLE).properties()).doesNotContainKey("external");
        assertThat(node(secondAlone, FIRST_ACCOUNTS_ROLE).properties()).containsEntry("external", true);
    }

    @Test
    void aSnapshotOfOneAccountOfSeveralCoversOnlyWhatTheFilesHoldOfIt() {
        Path merged = mergedTwoAccounts(folder);
        Path report = path(CLOUDMAPPER_REPORT);
        ImportOptions snapshot = ImportOptions.snapshot(Map.of());
        assertThat(readFiles(snapshot, merged, report).scopes())
                .containsExactly(FIRST_ACCOUNT, SECOND_ACCOUNT, "123456789012");

        // the merged details describe the first account, and the report is another account's
        GraphBatch first = readFiles(snapshot.withScope(FIRST_ACCOUNT), merged, report);
        assertThat(first.snapshotLabels()).containsExactlyInAnyOrder(NodeLabel.IDENTITY, NodeLabel.GROUP, NodeLabel.POLICY);
        // the report's account: its credentials are a full listing, its roles and groups are not in the files
        GraphBatch reported = readFiles(snapshot.withScope("123456789012"), merged, report);
        assertThat(reported.snapshotLabels()).containsExactly(NodeLabel.CREDENTIAL);
        assertThat(described(reported, NodeLabel.CREDENTIAL)).isNotEmpty();
    }

    @Test
    void theAccountParameterPicksOneAccountOfAMergedExportAndSaysWhichItLeftOut() {
        GraphBatch second = readFiles(new ImportOptions(false, null, Map.of("account", SECOND_ACCOUNT)),
                mergedTwoAccounts(folder));

        assertThat(second.scopes()).isEmpty();
        assertThat(second.scope()).isEqualTo(SECOND_ACCOUNT);
        assertThat(described(second, NodeLabel.IDENTITY)).hasSize(3);
        assertThat(second.warnings()).extracting(ImportWarning::message).containsExactly("the files also describe"
                + " account(s) [" + FIRST_ACCOUNT + "], not imported as parameter 'account' asks for " + SECOND_ACCOUNT
                + " only; import without it to import every account");
    }

    private static GraphBatch readFiles(ImportOptions options, Path... files) {
        return new AwsIamImporter().read(Arrays.stream(files).map(ImportFile::of).toList(), options);
    }

    // ---- helpers ----

    private String refusal(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        try {
            new AwsIamImporter().read(List.of(ImportFile.of(file)), ImportOptions.defaults());
        } catch (ImportException e) {
            assertThat(e.file()).isEqualTo(name);
            return e.getMessage();
        }
        throw new AssertionError(name + " was not refused");
    }

    private static List<String> owners(GraphBatch batch, String id) {
        return relationships(batch, RelType.OWNED_BY).stream().filter(rel -> rel.from().id().equals(id))
                .map(rel -> rel.to() + " " + rel.properties().get("role") + " " + rel.properties().get("source"))
                .toList();
    }

    /** A synthetic account with owner tags, trust, wide policies and fake secrets, optionally with its report. */
    private GraphBatch readTagged(boolean withReport) {
        try {
            Path details = folder.resolve("tagged.json");
            Files.writeString(details, TAGGED.replace("TRUST", encode(TRUST)).replace("EVERYTHING", encode(EVERYTHING))
                    .replace("WIDE_ACTIONS", java.util.stream.IntStream.range(0, 150)
                            .mapToObj(i -> "\"svc:Action" + i + "\"").collect(Collectors.joining(","))));
            Path report = folder.resolve("tagged-report.csv");
            Files.writeString(report, REPORT);
            List<ImportFile> files = withReport ? List.of(ImportFile.of(details), ImportFile.of(report))
                    : List.of(ImportFile.of(details));
            return new AwsIamImporter().read(files, ImportOptions.defaults());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String encode(String json) {
        return java.net.URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static final String TRUST = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {
              "AWS": ["arn:aws:iam::111122223333:user/svc/svc-ci", "arn:aws:iam::444455556666:role/ci/runner",
                      "arn:aws:iam::111122223333:root", "*"],
              "Service": "ec2.amazonaws.com",
              "Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
              "Action": ["sts:AssumeRole", "sts:AssumeRoleWithWebIdentity"]}]}
            """;

    private static final String EVERYTHING = """
            {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}
            """;

    private static final String TAGGED = """
            {
              "UserDetailList": [
                {"Path": "/", "UserName": "alice", "UserId": "AIDAALICE", "Arn": "arn:aws:iam::111122223333:user/alice",
                 "CreateDate": "2024-01-02T03:04:05Z", "GroupList": ["admins", "missing-group"],
                 "AttachedManagedPolicies": [], "SecretAccessKey": "FAKE-SECRET-wJalrXUtnFEMI/K7MDENG",
                 "LoginProfile": {"CreateDate": "2024-01-03T00:00:00Z", "PasswordResetRequired": false,
                                  "Password": "FAKE-SECRET-hunter2"},
                 "Tags": [{"Key": "email", "Value": "Alice@Example.com"},
                          {"Key": "db-password", "Value": "FAKE-SECRET-tagged"}]},
                {"Path": "/svc/", "UserName": "svc-ci", "UserId": "AIDASVC", "Arn": "arn:aws:iam::111122223333:user/svc/svc-ci",
                 "CreateDate": "2023-05-06 07:08:09+00:00", "GroupList": [], "AttachedManagedPolicies": [],
                 "Tags": [{"Key": "Owner", "Value": "Bob@Example.com"}, {"Key": "owner-team", "Value": "Platform Team"},
                          {"Key": "technical-contact", "Value": "carol@example.com"}, {"Key": "cost-center", "Value": "42"},
                          {"Key": "OwnerEmail", "Value": "nobody in particular"}]}
              ],
              "GroupDetailList": [
                {"Path": "/", "GroupName": "admins", "GroupId": "AGPAADMINS", "Arn": "arn:aws:iam::111122223333:group/admins",
                 "CreateDate": "2022-01-01T00:00:00Z", "GroupPolicyList": [],
                 "AttachedManagedPolicies": [{"PolicyName": "AdministratorAccess",
                                              "PolicyArn": "arn:aws:iam::aws:policy/AdministratorAccess"}]}
              ],
              "RoleDetailList": [
                {"Path": "/", "RoleName": "deploy", "RoleId": "AROADEPLOY", "Arn": "arn:aws:iam::111122223333:role/deploy",
                 "CreateDate": "2022-02-02T00:00:00Z", "AssumeRolePolicyDocument": "TRUST",
                 "RolePolicyList": [{"PolicyName": "everything", "PolicyDocument": "EVERYTHING"}],
                 "AttachedManagedPolicies": [{"PolicyName": "Wide", "PolicyArn": "arn:aws:iam::111122223333:policy/Wide"}],
                 "InstanceProfileList": [], "Tags": [{"Key": "email", "Value": "dave@example.com"}],
                 "RoleLastUsed": {"LastUsedDate": "2025-01-01T00:00:00Z", "Region": "eu-west-1"}},
                {"Path": "/aws-service-role/support.amazonaws.com/", "RoleName": "AWSServiceRoleForSupport",
                 "RoleId": "AROASUPPORT",
                 "Arn": "arn:aws:iam::111122223333:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport",
                 "CreateDate": "2022-03-03T00:00:00Z",
                 "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                   "Principal": {"Service": "support.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
                 "RolePolicyList": [], "InstanceProfileList": [], "RoleLastUsed": {},
                 "AttachedManagedPolicies": [{"PolicyName": "AWSSupportServiceRolePolicy",
                   "PolicyArn": "arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy"}]}
              ],
              "Policies": [
                {"PolicyName": "Wide", "PolicyId": "ANPAWIDE", "Arn": "arn:aws:iam::111122223333:policy/Wide", "Path": "/",
                 "DefaultVersionId": "v2", "AttachmentCount": 1, "IsAttachable": true,
                 "CreateDate": "2022-04-04T00:00:00Z", "UpdateDate": "2022-05-05T00:00:00Z",
                 "PolicyVersionList": [
                   {"Document": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [WIDE_ACTIONS],
                                 "Resource": "*"}]}, "VersionId": "v2", "IsDefaultVersion": true},
                   {"Document": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]},
                    "VersionId": "v1", "IsDefaultVersion": false}]}
              ]
            }
            """;

    private static final String REPORT = """
            user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated,access_key_1_secret
            alice,arn:aws:iam::111122223333:user/alice,2024-01-02T03:04:05+00:00,true,2025-02-01T10:00:00+00:00,2024-06-01T00:00:00+00:00,N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A,FAKE-SECRET-in-csv
            svc-ci,arn:aws:iam::111122223333:user/svc/svc-ci,2023-05-06T07:08:09+00:00,false,N/A,N/A,N/A,false,true,2023-05-06T07:08:10+00:00,2025-03-01T00:00:00+00:00,eu-west-1,s3,false,2023-05-06T07:08:11+00:00,N/A,N/A,N/A,true,2023-06-01T00:00:00+00:00,false,N/A,N/A
            """;
}
