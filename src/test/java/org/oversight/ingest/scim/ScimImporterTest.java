package org.oversight.ingest.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.ingest.scim.ScimFixtures.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

class ScimImporterTest {

    @TempDir
    Path temp;

    // ---- the RFC examples ----

    @Test
    void minimalUserIsAHumanKeyedByTheUserNameThatIsAnEmail() {
        GraphBatch batch = read(RFC_MINIMAL_USER);

        assertThat(batch.nodes()).singleElement().satisfies(human -> {
            assertThat(human.label()).isEqualTo(NodeLabel.HUMAN);
            assertThat(human.id()).isEqualTo("bjensen@example.com");
            assertThat(human.reference()).isFalse();
            assertThat(human.properties())
                    .containsEntry("email", "bjensen@example.com")
                    .containsEntry("userName", "bjensen@example.com")
                    .containsEntry("scimId", "2819c223-7f76-453a-919d-413861904646")
                    .containsEntry("status", "ACTIVE")
                    .containsEntry("leftAt", null)
                    .doesNotContainKey("name");
        });
        assertThat(batch.relationships()).isEmpty();
        assertThat(batch.warnings()).isEmpty();
    }

    @Test
    void fullUserMapsNameTitleExternalIdAndItsGroupsButNeverThePassword() {
        GraphBatch batch = read(RFC_FULL_USER);

        assertThat(humans(batch)).extracting(NodeRecord::id).containsExactly("bjensen@example.com");
        assertThat(node(batch, NodeLabel.HUMAN, "bjensen@example.com").properties())
                .containsEntry("name", "Ms. Barbara J Jensen, III")
                .containsEntry("email", "bjensen@example.com")
                .containsEntry("title", "Tour Guide")
                .containsEntry("externalId", "701984")
                .containsEntry("userType", "Employee")
                .containsEntry("status", "ACTIVE");
        // The user's groups name Teams this import does not describe: referenced by their display names.
        assertThat(batch.nodes()).filteredOn(node -> node.label() == NodeLabel.TEAM)
                .allMatch(NodeRecord::reference)
                .extracting(NodeRecord::id).containsExactly("team:tour-guides", "team:employees", "team:us-employees");
        assertThat(edges(batch, RelType.MEMBER_OF)).containsExactly(
                "bjensen@example.com -> team:tour-guides", "bjensen@example.com -> team:employees",
                "bjensen@example.com -> team:us-employees");
        assertThat(batch.nodes()).hasSize(4);
        assertThat(batch.relationships()).hasSize(3);
        assertThat(batch.warnings()).isEmpty();
        assertNothingHolds(batch, "t1meMa$heen");
    }

    @Test
    void enterpriseUserMapsTheExtensionAndWarnsAboutAManagerOutsideTheImport() {
        GraphBatch batch = read(RFC_ENTERPRISE_USER);

        assertThat(node(batch, NodeLabel.HUMAN, "bjensen@example.com").properties())
                .containsEntry("department", "Tour Operations")
                .containsEntry("employeeNumber", "701984")
                .containsEntry("costCenter", "4130")
                .containsEntry("organization", "Universal Studios")
                .containsEntry("division", "Theme Park");
        assertThat(edges(batch, RelType.REPORTS_TO)).isEmpty();
        // One Human and, as in the full example, three groups: referenced Teams with MEMBER_OF.
        assertThat(humans(batch)).hasSize(1);
        assertThat(batch.nodes()).hasSize(4);
        assertThat(edges(batch, RelType.MEMBER_OF)).hasSize(3);
        assertThat(batch.relationships()).hasSize(3);
        assertThat(batch.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.location()).isEqualTo(RFC_ENTERPRISE_USER + ", User");
            assertThat(warning.message()).contains("manager 'John Smith'")
                    .contains("26118915-6090-4610-87e4-49d8ca9f808d").contains("not among the users");
        });
        assertNothingHolds(batch, "t1meMa$heen");
    }

    @Test
    void groupIsATeamAndMembersOutsideTheImportAreWarnings() {
        GraphBatch batch = read(RFC_GROUP);

        assertThat(batch.nodes()).singleElement().satisfies(team -> {
            assertThat(team.label()).isEqualTo(NodeLabel.TEAM);
            assertThat(team.id()).isEqualTo("team:tour-guides");
            assertThat(team.properties()).containsEntry("name", "Tour Guides")
                    .containsEntry("scimId", "e9e30dba-f08f-4109-8486-d5c6a331660a");
        });
        assertThat(batch.relationships()).isEmpty();
        assertThat(batch.warnings()).extracting(ImportWarning::location).containsExactly(
                RFC_GROUP + ", Group, members[0]", RFC_GROUP + ", Group, members[1]");
        assertThat(batch.warnings()).extracting(ImportWarning::message).satisfiesExactly(
                babs -> assertThat(babs).contains("member 'Babs Jensen'").contains("not among the users"),
                mandy -> assertThat(mandy).contains("member 'Mandy Pepperidge'"));
    }

    @Test
    void rfcExamplesTogetherYieldHumansTeamsAndTheManagerLink() {
        GraphBatch batch = read(RFC_MINIMAL_USER, RFC_FULL_USER, RFC_ENTERPRISE_USER, RFC_GROUP, USER_AND_MANAGER);

        assertThat(humans(batch)).extracting(NodeRecord::id)
                .containsExactlyInAnyOrder("bjensen@example.com", "jsmith@example.com", "kim.lee@example.com");
        // The three RFC files describe one user: the later files add to what the first said.
        assertThat(node(batch, NodeLabel.HUMAN, "bjensen@example.com").properties())
                .containsEntry("name", "Ms. Barbara J Jensen, III").containsEntry("department", "Tour Operations");
        assertThat(edges(batch, RelType.REPORTS_TO)).containsExactlyInAnyOrder(
                "bjensen@example.com -> jsmith@example.com", "kim.lee@example.com -> jsmith@example.com");
        // Tour Guides is described by the group file, so it is no longer a mere reference.
        assertThat(node(batch, NodeLabel.TEAM, "team:tour-guides").reference()).isFalse();
        assertThat(edges(batch, RelType.MEMBER_OF)).containsExactlyInAnyOrder(
                "bjensen@example.com -> team:tour-guides", "bjensen@example.com -> team:employees",
                "bjensen@example.com -> team:us-employees");
        assertThat(batch.warnings()).singleElement().satisfies(warning ->
                assertThat(warning.message()).contains("Mandy Pepperidge"));
    }

    @Test
    void userAndManagerFileLinksTheReportToTheManager() {
        GraphBatch batch = read(USER_AND_MANAGER);

        assertThat(humans(batch)).hasSize(2);
        assertThat(node(batch, NodeLabel.HUMAN, "kim.lee@example.com").properties())
                .containsEntry("name", "Kim Lee").containsEntry("department", "Tour Operations");
        assertThat(edges(batch, RelType.REPORTS_TO)).containsExactly("kim.lee@example.com -> jsmith@example.com");
        assertThat(batch.relationships()).hasSize(1);
        assertThat(batch.warnings()).isEmpty();
    }

    @Test
    void partialAttributeListWithoutEmailsIsRefusedRatherThanLeftOut() {
        // The RFC 7644 example lists users with userName only ("bjensen"): no e-mail, so no Human id.
        // Leaving them out would make a snapshot mark every person stale; the file is refused.
        assertThatThrownBy(() -> read(RFC_PARTIAL_LIST))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.file()).isEqualTo(RFC_PARTIAL_LIST);
                    assertThat(e.record()).isEqualTo("Resources[0]");
                    assertThat(e.field()).isEqualTo("emails");
                })
                .hasMessageContaining("userName 'bjensen' is not one");
    }

    @ParameterizedTest
    @ValueSource(strings = {RFC_SERVICE_PROVIDER_CONFIG, RFC_RESOURCE_TYPE_GROUP, RFC_RESOURCE_TYPE_USER, RFC_PATCH_OP,
            RFC_BULK_REQUEST})
    void otherScimMessagesAreRefusedByName(String name) {
        String kind = switch (name) {
            case RFC_SERVICE_PROVIDER_CONFIG -> "ServiceProviderConfig";
            case RFC_PATCH_OP -> "PatchOp";
            case RFC_BULK_REQUEST -> "BulkRequest";
            default -> "ResourceType";
        };
        assertThatThrownBy(() -> read(name))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.file()).isEqualTo(name);
                    assertThat(e.field()).isEqualTo("schemas");
                })
                .hasMessageContaining("is a SCIM " + kind + ", not Users or Groups");
    }

    // ---- a fictional directory, written for these tests ----

    @Test
    void exampleDirectoryMapsPeopleManagersAndTeams() {
        GraphBatch batch = read(EXAMPLE_USERS, EXAMPLE_GROUPS);

        assertThat(humans(batch)).extracting(NodeRecord::id).containsExactly(
                "amara.okafor@example.com", "jonas.berg@example.com", "priya.natarajan@example.com",
                "tomas.ruiz@example.com", "lena.fischer@example.com", "mei.chen@example.com");
        assertThat(batch.nodes()).filteredOn(node -> node.label() == NodeLabel.TEAM).extracting(NodeRecord::id)
                .containsExactlyInAnyOrder("team:platform-engineering", "team:data-ai", "team:all-staff");
        assertThat(batch.nodes()).hasSize(9);

        assertThat(node(batch, NodeLabel.HUMAN, "amara.okafor@example.com").properties())
                .containsEntry("name", "Amara Okafor")
                .containsEntry("title", "Chief Technology Officer")
                .containsEntry("department", "Technology")
                .containsEntry("employeeNumber", "1001")
                .containsEntry("externalId", "E1001")
                .containsEntry("scimId", "a1f0c6d2-0001-4c59-9e51-000000000001");
        // No primary e-mail: the work one, lower-cased.
        assertThat(node(batch, NodeLabel.HUMAN, "jonas.berg@example.com").properties())
                .containsEntry("email", "jonas.berg@example.com").containsEntry("userName", "jberg")
                .containsEntry("costCenter", "4100");
        // No e-mails at all: the userName, an address; no name object: the displayName.
        assertThat(node(batch, NodeLabel.HUMAN, "priya.natarajan@example.com").properties())
                .containsEntry("name", "Priya Natarajan").containsEntry("status", "ACTIVE");
        // Inactive: a leaver since the last modification, in UTC; without one, since a date unknown (never the import's).
        assertThat(node(batch, NodeLabel.HUMAN, "tomas.ruiz@example.com").properties())
                .containsEntry("status", "LEAVER")
                .containsEntry("leftAt", OffsetDateTime.parse("2025-02-14T16:30:00Z"));
        assertThat(node(batch, NodeLabel.HUMAN, "lena.fischer@example.com").properties())
                .containsEntry("name", "Lena Fischer").containsEntry("status", "LEAVER").containsEntry("leftAt", null);
        // No schemas but meta.resourceType User; the manager given as a bare id.
        assertThat(node(batch, NodeLabel.HUMAN, "mei.chen@example.com").properties())
                .containsEntry("name", "Mei Chen").containsEntry("title", "ML Engineer");
        assertThat(node(batch, NodeLabel.TEAM, "team:platform-engineering").properties())
                .containsEntry("name", "Platform Engineering").containsEntry("externalId", "grp-platform");
        assertThat(node(batch, NodeLabel.TEAM, "team:all-staff").reference()).isTrue();

        assertThat(edges(batch, RelType.REPORTS_TO)).containsExactlyInAnyOrder(
                "jonas.berg@example.com -> amara.okafor@example.com",
                "priya.natarajan@example.com -> jonas.berg@example.com",
                "tomas.ruiz@example.com -> jonas.berg@example.com",
                "mei.chen@example.com -> amara.okafor@example.com");
        assertThat(edges(batch, RelType.MEMBER_OF)).containsExactlyInAnyOrder(
                "amara.okafor@example.com -> team:data-ai",
                "amara.okafor@example.com -> team:all-staff",
                "jonas.berg@example.com -> team:platform-engineering",
                "priya.natarajan@example.com -> team:platform-engineering",
                "mei.chen@example.com -> team:data-ai");
        assertThat(batch.relationships()).hasSize(9);

        assertThat(batch.warnings()).extracting(warning -> warning.location() + ": " + warning.message())
                .satisfiesExactlyInAnyOrder(
                        device -> assertThat(device).startsWith(EXAMPLE_USERS + ", Resources[6]: ")
                                .contains("urn:example:params:scim:schemas:core:1.0:Device").contains("not imported"),
                        manager -> assertThat(manager).startsWith(EXAMPLE_USERS + ", Resources[4]: ")
                                .contains("manager 'Outside Manager'"),
                        contractor -> assertThat(contractor).startsWith(EXAMPLE_GROUPS + ", Resources[0], members[2]: ")
                                .contains("member 'Former Contractor'"),
                        nested -> assertThat(nested).startsWith(EXAMPLE_GROUPS + ", Resources[0], members[3]: ")
                                .contains("is a group; nested groups are not mapped"));
    }

    @Test
    void usersWithoutTheirGroupsFileReferenceTeamsByTheGroupsDisplayNames() {
        GraphBatch batch = read(EXAMPLE_USERS);

        assertThat(humans(batch)).hasSize(6);
        assertThat(batch.nodes()).filteredOn(node -> node.label() == NodeLabel.TEAM)
                .allMatch(NodeRecord::reference)
                .extracting(NodeRecord::id).containsExactlyInAnyOrder("team:data-ai", "team:all-staff");
        assertThat(batch.nodes()).hasSize(8);
        assertThat(edges(batch, RelType.REPORTS_TO)).hasSize(4);
        assertThat(edges(batch, RelType.MEMBER_OF)).hasSize(2);
        assertThat(batch.warnings()).hasSize(2);
    }

    @Test
    void secretValuesInTheExportAreNeverStored() {
        GraphBatch batch = read(EXAMPLE_USERS, EXAMPLE_GROUPS, RFC_FULL_USER);

        assertNothingHolds(batch, "FAKE-SECRET");
        assertNothingHolds(batch, "t1meMa$heen");
        assertThat(batch.nodes()).allSatisfy(node ->
                assertThat(node.properties().keySet()).doesNotContain("password", "x509Certificates"));
    }

    @Test
    void readingTheSameFilesTwiceGivesEqualBatches() {
        String[] files = {RFC_FULL_USER, RFC_ENTERPRISE_USER, RFC_GROUP, USER_AND_MANAGER, EXAMPLE_USERS, EXAMPLE_GROUPS};
        GraphBatch first = read(files);
        GraphBatch second = read(files);

        assertThat(List.copyOf(second.nodes())).isEqualTo(List.copyOf(first.nodes()));
        assertThat(List.copyOf(second.relationships())).isEqualTo(List.copyOf(first.relationships()));
        assertThat(second.warnings()).isEqualTo(first.warnings());
    }

    @Test
    void enumeratedValuesAreThoseOfTheModel() {
        GraphBatch batch = read(RFC_FULL_USER, RFC_ENTERPRISE_USER, RFC_GROUP, USER_AND_MANAGER, EXAMPLE_USERS,
                EXAMPLE_GROUPS);

        for (NodeRecord node : batch.nodes()) {
            node.properties().forEach((key, value) -> {
                List<String> allowed = PropertyDomains.allowed(node.label(), key);
                if (allowed != null) {
                    assertThat(allowed).as("%s %s.%s", node.label(), node.id(), key).contains((String) value);
                }
            });
        }
        assertThat(batch.relationships()).extracting(RelRecord::type)
                .allMatch(type -> type == RelType.MEMBER_OF || type == RelType.REPORTS_TO);
    }

    @Test
    void snapshotCoversPeopleTeamsAndTheirLinksInTheNamedDirectory() {
        GraphBatch snapshot = readSnapshot(Map.of("directory", "example-idp"), EXAMPLE_USERS, EXAMPLE_GROUPS);

        assertThat(snapshot.snapshot()).isTrue();
        assertThat(snapshot.scope()).isEqualTo("example-idp");
        assertThat(snapshot.snapshotLabels()).containsExactlyInAnyOrder(NodeLabel.HUMAN, NodeLabel.TEAM);
        assertThat(snapshot.snapshotTypes()).containsExactlyInAnyOrder(RelType.MEMBER_OF, RelType.REPORTS_TO);

        GraphBatch plain = read(EXAMPLE_USERS);
        assertThat(plain.snapshot()).isFalse();
        assertThat(plain.scope()).isNull();
        assertThat(plain.snapshotLabels()).isEmpty();
        assertThat(importer().parameters()).containsOnlyKeys("directory");
        assertThat(importer().source()).isEqualTo("scim");
    }

    // ---- broken and wrong input ----

    @Test
    void truncatedCopiesAreRefusedNamingTheFile() throws IOException {
        for (String name : READABLE) {
            byte[] content = Files.readAllBytes(path(name));
            for (int cut : new int[] {0, 1, content.length / 3, content.length / 2, content.length - 3}) {
                Path truncated = write(name, java.util.Arrays.copyOf(content, cut));
                assertThatThrownBy(() -> importer().read(List.of(ImportFile.of(truncated)), ImportOptions.defaults()))
                        .as("%s cut at %d", name, cut)
                        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.file()).isEqualTo(name));
            }
        }
    }

    @Test
    void corruptedJsonIsRefusedWithLineAndColumn() throws IOException {
        String users = Files.readString(path(EXAMPLE_USERS));
        Path corrupted = write("users.json", users.replace("\"userName\": \"jberg\",", "\"userName\": \"jberg\" ,,"));

        assertThatThrownBy(() -> importer().read(List.of(ImportFile.of(corrupted)), ImportOptions.defaults()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.file()).isEqualTo("users.json");
                    assertThat(e.record()).startsWith("line 31, column");
                })
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void filesOfAnotherKindAreRefusedNamingTheFile() throws IOException {
        assertRefused(write("policy.json", "{\"Version\": \"2012-10-17\", \"Statement\": []}"),
                "policy.json, field 'schemas': is not a SCIM document");
        assertRefused(write("users.json", "[{\"userName\": \"a@example.com\"}]"), "users.json: expected a JSON object");
        assertRefused(write("empty.json", ""), "empty.json: is empty");
        assertRefused(write("people.csv", "email,name\na@example.com,A\n"), "people.csv, line 1, column 1: not valid JSON");
        assertRefused(write("other.json", "{\"schemas\": [\"urn:example:Thing\"]}"),
                "names schemas [urn:example:Thing], none of them a SCIM ListResponse, User or Group");
        assertRefused(write("error.json", """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": "401",
                 "detail": "Bearer token expired"}"""),
                "error.json, field 'schemas': is a SCIM Error (401: Bearer token expired), not Users or Groups");
        assertRefused(write("schemas.json", """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": 1,
                 "Resources": [{"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"], "id": "x"}]}"""),
                "schemas.json, Resources[0], field 'schemas': is a SCIM Schema, not Users or Groups");
    }

    @Test
    void badValuesAreRefusedNamingRecordAndField() throws IOException {
        assertRefused(listOf("{\"userName\": \"x\", \"emails\": [{\"value\": \"not-an-address\", \"primary\": true}]}"),
                "list.json, Resources[0], field 'emails[0].value': 'not-an-address' is not an e-mail address");
        assertRefused(listOf("{\"userName\": \"a@example.com\", \"active\": \"maybe\"}"),
                "list.json, Resources[0], field 'active': must be true or false");
        assertRefused(listOf("{\"userName\": \"a@example.com\", \"active\": false, \"meta\": {\"lastModified\": \"last week\"}}"),
                "list.json, Resources[0], field 'meta.lastModified'");
        assertRefused(listOf("{\"userName\": \"a@example.com\", \"title\": {\"en\": \"Boss\"}}"),
                "list.json, Resources[0], field 'title': must be a single value");
        assertRefused(listOf("{\"members\": []}"), "list.json, Resources[0], field 'displayName': is required");
        assertRefused(listOf("{\"userName\": \"a@example.com\", \"id\": \"1\"}",
                        "{\"userName\": \"A@example.com\", \"id\": \"2\"}"),
                "list.json, Resources[1], field 'emails': e-mail 'a@example.com' is also the e-mail of user 1");
        assertRefused(listOf("42"), "list.json, Resources[0]: expected a SCIM resource");
    }

    @Test
    void onePageOfAPagedListingIsAWarningAndRefusedAsASnapshot() throws IOException {
        Path page = write("page1.json", """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": 250,
                 "startIndex": 1, "itemsPerPage": 1,
                 "Resources": [{"userName": "a@example.com"}]}""");
        GraphBatch batch = importer().read(List.of(ImportFile.of(page)), ImportOptions.defaults());
        assertThat(batch.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.location()).isEqualTo("page1.json");
            assertThat(warning.message()).startsWith("holds 1 of 250 results");
        });

        assertThatThrownBy(() -> importer().read(List.of(ImportFile.of(page)), ImportOptions.snapshot(Map.of())))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.field()).isEqualTo("totalResults"))
                .hasMessageContaining("a snapshot needs every page");
    }

    @Test
    void utf16WithByteOrderMarkAndCaseInsensitiveAttributesAreRead() throws IOException {
        String list = """
                {"SCHEMAS": ["URN:IETF:PARAMS:SCIM:API:MESSAGES:2.0:LISTRESPONSE"], "resources": [
                  {"Schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "ID": "u1", "UserName": "zoe",
                   "Emails": [{"Value": "Zoe@Example.com", "Primary": "true"}], "Active": "False",
                   "Meta": {"LastModified": "2025-01-02T03:04:05"}}]}""";
        byte[] bom = {(byte) 0xFE, (byte) 0xFF};
        byte[] text = list.getBytes(StandardCharsets.UTF_16BE);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);
        Path file = write("utf16.json", content);

        GraphBatch batch = importer().read(List.of(ImportFile.of(file)), ImportOptions.defaults());
        assertThat(batch.nodes()).singleElement().satisfies(zoe -> {
            assertThat(zoe.id()).isEqualTo("zoe@example.com");
            assertThat(zoe.properties()).containsEntry("status", "LEAVER")
                    .containsEntry("leftAt", OffsetDateTime.parse("2025-01-02T03:04:05Z"));
        });
    }

    // ---- helpers ----

    private static List<NodeRecord> humans(GraphBatch batch) {
        return batch.nodes().stream().filter(node -> node.label() == NodeLabel.HUMAN).toList();
    }

    private static NodeRecord node(GraphBatch batch, NodeLabel label, String id) {
        return batch.nodes().stream().filter(node -> node.label() == label && node.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " " + id + " in " + batch.nodes()));
    }

    private static List<String> edges(GraphBatch batch, RelType type) {
        return batch.relationships().stream().filter(rel -> rel.type() == type)
                .map(rel -> rel.from().id() + " -> " + rel.to().id()).toList();
    }

    /** No property value of any node or relationship, and no warning, contains the text. */
    static void assertNothingHolds(GraphBatch batch, String text) {
        List<Object> values = new ArrayList<>();
        batch.nodes().forEach(node -> {
            values.add(node.id());
            values.addAll(node.properties().values());
        });
        batch.relationships().forEach(rel -> values.addAll(rel.properties().values()));
        batch.warnings().forEach(warning -> values.add(warning.location() + " " + warning.message()));
        assertThat(values.stream().flatMap(value -> value instanceof Collection<?> list ? list.stream() : Stream.of(value))
                .map(String::valueOf)).noneMatch(value -> value.contains(text));
    }

    private void assertRefused(Path file, String message) {
        assertThatThrownBy(() -> importer().read(List.of(ImportFile.of(file)), ImportOptions.defaults()))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.file()).isEqualTo(file.getFileName().toString()))
                .hasMessageContaining(message);
    }

    private Path listOf(String... resources) throws IOException {
        return write("list.json", "{\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"], "
                + "\"Resources\": [" + String.join(", ", resources) + "]}");
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory(temp, "scim");
        return Files.write(dir.resolve(name), content);
    }
}
