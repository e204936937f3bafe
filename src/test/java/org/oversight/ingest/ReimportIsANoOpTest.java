package org.oversight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.OversightIntegrationTest;
import org.springframework.http.MediaType;

/**
 * Importers are pure: they read no clock and nothing else that changes between two imports of the
 * same file. So the real exports shipped with the project, each source's sent as a user would,
 * once and again, report on the second import nothing created and nothing updated.
 */
class ReimportIsANoOpTest extends OversightIntegrationTest {

    private static final Path EXPORTS = Path.of("src/test/resources/ingest");
    private static final List<String> SOURCES = List.of("aws-iam", "scim", "hr-csv", "ownership-csv", "entra",
            "kubernetes", "cyclonedx");

    /** One import: the source and its parameters, and the files of one folder sent as a tar.gz. */
    record Export(String sourceAndQuery, String folder, Predicate<String> files, String name) {
        @Override
        public String toString() {
            return sourceAndQuery + " " + name;
        }
    }

    static List<Export> exports() {
        return List.of(
                new Export("aws-iam", "aws-iam", name -> name.equals("cloudsplaining-test-authz-details.json"), "cloudsplaining test"),
                new Export("aws-iam", "aws-iam", name -> name.equals("cloudsplaining-example-authz-v2.json"), "cloudsplaining v2"),
                new Export("aws-iam", "aws-iam", name -> name.startsWith("cloudmapper-demo-iam-get-account-authorization")
                        || name.equals("cloudmapper-demo-iam-get-credential-report.json"), "cloudmapper demo account"),
                new Export("scim?directory=rfc-examples", "scim", name -> name.equals("example-users.json")
                        || name.equals("example-groups.json"), "example users and groups"),
                new Export("scim?directory=rfc-list", "scim", name -> name.equals("list_response-user_and_manager.json"),
                        "user and manager"),
                new Export("hr-csv", "hr-csv", name -> name.equals("people.csv"), "people"),
                new Export("ownership-csv", "ownership-csv", name -> name.equals("ownership.csv"), "ownership"),
                // ScubaGear's permission summary and cache are not Graph exports, and its app role assignments
                // are trimmed of who holds what: the source refuses those three (its README, EntraImporterTest)
                new Export("entra?tenant=11111111-1111-1111-1111-111111111111", "entra", name -> List.of(
                        "scubagear-MockApplications.json", "scubagear-MockServicePrincipals.json",
                        "scubagear-MockResourceSP_Graph.json").contains(name), "ScubaGear applications and service principals"),
                // federated credentials are listed per application, which the parameter names
                new Export("entra?tenant=11111111-1111-1111-1111-111111111111&parent=00000000-0000-0000-0000-000000000001",
                        "entra", name -> name.equals("scubagear-MockFederatedCredentials.json"), "ScubaGear federated credentials"),
                new Export("entra?tenant=22222222-2222-2222-2222-222222222222", "entra",
                        name -> name.equals("graph-v1-servicePrincipals.json"), "Graph v1 service principals"),
                new Export("kubernetes?cluster=reimport-test", "kubernetes", name -> !name.startsWith("mixed"),
                        "kube-prometheus manifests and kubectl RBAC"),
                // not the credit-scoring BOMs: they describe the sample's own AI system and model, which the
                // graph these tests share must keep (CycloneDxImporterTest maps them)
                new Export("cyclonedx", "cyclonedx", name -> name.equals("secret-laden-mlbom-1.6.json"), "claims triage JSON"),
                new Export("cyclonedx", "cyclonedx", name -> name.equals("fraud-detection-mlbom-1.5.xml"), "fraud detection XML"),
                new Export("cyclonedx?aiSystem=ai:image-generation", "cyclonedx",
                        name -> name.equals("cyclonedx-valid-machine-learning-1.5.json"), "the specification's 1.5 example"),
                new Export("cyclonedx", "cyclonedx", name -> name.equals("cyclonedx-valid-machine-learning-1.5.json"),
                        "the specification's 1.5 example, which names no AI system"),
                // a model card in XML with several users, use cases, limitations and tradeoffs, and properties
                new Export("cyclonedx?aiSystem=ai:harbour-radio-captions", "cyclonedx",
                        name -> name.equals("harbour-asr-mlbom-1.6.xml"), "harbour speech recognition XML"),
                new Export("cyclonedx", "cyclonedx", name -> name.equals("harbour-asr-mlbom-1.6.xml"),
                        "harbour speech recognition XML, which names no AI system"));
    }

    @AfterEach
    void removeImportedData() {
        cypher.run("MATCH (n) WHERE n.source IN $sources DETACH DELETE n", Map.of("sources", SOURCES));
        cypher.run("MATCH ()-[r]->() WHERE r.importSource IN $sources DELETE r", Map.of("sources", SOURCES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void theSecondImportOfTheSameFilesCreatesAndUpdatesNothing(Export export) throws IOException {
        byte[] archive = TestArchives.tarGz(EXPORTS.resolve(export.folder()), export.files());
        List<Map<String, Object>> first = changes(export, archive);
        assertThat(first).as("the first import writes something").anySatisfy(counts ->
                assertThat((Integer) counts.get("created") + (Integer) counts.get("updated")).isPositive());

        List<Map<String, Object>> again = changes(export, archive);
        assertThat(again).as("counts of the second import").allSatisfy(counts -> {
            assertThat(counts.get("created")).as(counts.get("kind") + " created").isEqualTo(0);
            assertThat(counts.get("updated")).as(counts.get("kind") + " updated").isEqualTo(0);
        });
    }

    /** The report's counts per label and relationship type, each with its kind in "kind". */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> changes(Export export, byte[] archive) {
        var result = http().post().uri("/api/imports/" + export.sourceAndQuery()
                        + (export.sourceAndQuery().contains("?") ? "&" : "?") + "filename=export.tar.gz")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(archive).exchange()
                .expectBody(Map.class).returnResult();
        Map<String, Object> report = result.getResponseBody();
        assertThat(result.getStatus().value()).as("status of the import, which answered %s", report).isEqualTo(200);
        List<Map<String, Object>> counts = new ArrayList<>();
        for (String part : List.of("nodes", "relationships")) {
            ((Map<String, Map<String, Object>>) report.get(part)).forEach((kind, count) -> {
                Map<String, Object> named = new LinkedHashMap<>(count);
                named.put("kind", kind);
                counts.add(named);
            });
        }
        return counts;
    }
}
