package org.oversight.ingest.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The rules every importer shares, tried through the import API as users send files: a team named
 * in an HR feed, an AWS tag, a Kubernetes annotation and an ownership row is one team, and a
 * secret in an AWS tag, a Kubernetes label or a BOM property is stored nowhere in the graph.
 */
class SharedRulesApiTest extends OversightIntegrationTest {

    private static final List<String> SOURCES = List.of("hr-csv", "aws-iam", "kubernetes", "ownership-csv", "cyclonedx");
    private static final String ROLE = "arn:aws:iam::444455556666:role/ledger-sync";

    @AfterEach
    void removeImportedData() {
        cypher.run("MATCH (n) WHERE n.source IN $sources DETACH DELETE n", Map.of("sources", SOURCES));
        cypher.run("MATCH ()-[r]->() WHERE r.importSource IN $sources DELETE r", Map.of("sources", SOURCES));
        cypher.run("MATCH (r:ImportRun) WHERE r.source IN $sources DETACH DELETE r", Map.of("sources", SOURCES));
    }

    private WebTestClient.BodyContentSpec post(String sourceAndQuery, String name, byte[] body) {
        return http().post().uri("/api/imports/" + sourceAndQuery + (sourceAndQuery.contains("?") ? "&" : "?") + "filename=" + name)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(body)
                .exchange().expectStatus().isOk().expectBody();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneTeamNamedInFourSourcesIsOneTeam() {
        post("hr-csv", "people.csv", utf8("""
                email,name,team
                lea.keller@rules-test.example,Léa Keller,Zürich Ops
                """));
        post("aws-iam", "authorization-details.json", utf8(authorizationDetails(List.of(
                Map.entry("Team", "Zürich Ops")))));
        post("kubernetes?cluster=rules-test", "sa.yaml", utf8(serviceAccount("""
                  annotations:
                    oversight.io/team: "ZÜRICH  ops"
                """)));
        post("ownership-csv", "ownership.csv", utf8("""
                subject,owner,role
                %s,team:Zürich Ops,accountable
                """.formatted(ROLE)));

        assertThat(cypher.list("MATCH (t:Team) WHERE toLower(t.name) CONTAINS 'rich' OR t.id CONTAINS 'rich' RETURN t.id AS id",
                Map.of(), r -> r.get("id").asString())).containsExactly("team:zurich-ops");
        assertThat(cypher.list("""
                MATCH (x)-[r:MEMBER_OF|OWNED_BY]->(:Team {id: 'team:zurich-ops'})
                RETURN x.id + ' ' + type(r) + ' ' + r.importSource AS edge ORDER BY edge
                """, Map.of(), r -> r.get("edge").asString())).containsExactly(
                ROLE + " OWNED_BY aws-iam",
                ROLE + " OWNED_BY ownership-csv",
                "k8s:rules-test:finance:ledger-sync OWNED_BY kubernetes",
                "lea.keller@rules-test.example MEMBER_OF hr-csv");
    }

    @Test
    void aSecretInATagALabelOrAPropertyIsStoredNowhere() throws IOException {
        post("aws-iam", "authorization-details.json", utf8(authorizationDetails(List.of(
                Map.entry("DbPwd", "FAKE-SECRET-aws-tag-value"),
                Map.entry("notes", "rotate with api_key=FAKE-SECRET-in-a-note")))))
                .jsonPath("$.warnings[*].message").value(messages -> assertThat(messages.toString())
                        .contains("tag 'DbPwd' may hold a secret; its value is not stored")
                        .contains("tag 'notes' held text that looked like a secret"));
        post("kubernetes?cluster=rules-test", "sa.yaml", utf8(serviceAccount("""
                  labels:
                    app: ledger
                    registry-token: FAKE-SECRET-k8s-label-value
                """)))
                .jsonPath("$.warnings[*].message").value(messages -> assertThat(messages.toString())
                        .contains("label 'registry-token' may hold a secret; its value is not stored"));
        post("cyclonedx", "bom.json", Files.readAllBytes(Path.of("src/test/resources/ingest/cyclonedx/secret-laden-mlbom-1.6.json")));

        for (String secret : List.of("FAKE-SECRET-aws-tag-value", "FAKE-SECRET-in-a-note", "FAKE-SECRET-k8s-label-value",
                "FAKE-API-KEY-0000-1111", "hf_FAKEtokenAAAAbbbbCCCCdddd1234", "FAKE-PASSWORD-XYZ")) {
            assertThat(stored(secret)).as(secret).isEmpty();
        }
        // what is not secret is kept
        assertThat(cypher.first("MATCH (n {id: $id}) RETURN n.tags AS tags", Map.of("id", ROLE),
                r -> r.get("tags").asList(v -> v.asString()))).contains(
                List.of("DbPwd=[REDACTED]", "notes=rotate with api_key=[REDACTED]"));
        assertThat(cypher.first("MATCH (n {id: 'k8s:rules-test:finance:ledger-sync'}) RETURN n.labels AS labels", Map.of(),
                r -> r.get("labels").asList(v -> v.asString()))).contains(List.of("app=ledger", "registry-token=[REDACTED]"));
    }

    /** Where in the graph (node or relationship, and property) a value is found, in any text or list of texts. */
    private List<String> stored(String value) {
        return cypher.list("""
                CALL () {
                    MATCH (n) UNWIND keys(n) AS key
                    WITH n, key, n[key] AS v
                    WITH coalesce(n.id, elementId(n)) AS holder, key,
                         CASE WHEN v IS :: LIST<ANY> THEN [x IN v | toString(x)] ELSE [toString(v)] END AS texts
                    RETURN holder, key, texts
                  UNION ALL
                    MATCH ()-[r]->() UNWIND keys(r) AS key
                    WITH r, key, r[key] AS v
                    WITH type(r) + ' ' + elementId(r) AS holder, key,
                         CASE WHEN v IS :: LIST<ANY> THEN [x IN v | toString(x)] ELSE [toString(v)] END AS texts
                    RETURN holder, key, texts
                }
                WITH holder, key WHERE any(t IN texts WHERE t CONTAINS $value)
                RETURN holder + '.' + key AS place
                """, Map.of("value", value), r -> r.get("place").asString());
    }

    /** A ServiceAccount finance/ledger-sync with the given metadata lines (labels, annotations). */
    private static String serviceAccount(String metadata) {
        return """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: ledger-sync
                  namespace: finance
                """ + metadata;
    }

    /** An authorization-details export of one role carrying the given tags. */
    private static String authorizationDetails(List<Map.Entry<String, String>> tags) {
        StringBuilder tagJson = new StringBuilder();
        for (Map.Entry<String, String> tag : tags) {
            tagJson.append(tagJson.isEmpty() ? "" : ", ").append("{\"Key\": \"").append(tag.getKey())
                    .append("\", \"Value\": \"").append(tag.getValue()).append("\"}");
        }
        return """
                {
                  "UserDetailList": [], "GroupDetailList": [], "Policies": [],
                  "RoleDetailList": [
                    {"Path": "/", "RoleName": "ledger-sync", "RoleId": "AROALEDGER", "Arn": "%s",
                     "CreateDate": "2024-02-02T00:00:00Z",
                     "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                       "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
                     "RolePolicyList": [], "AttachedManagedPolicies": [], "InstanceProfileList": [],
                     "Tags": [%s], "RoleLastUsed": {}}
                  ]
                }
                """.formatted(ROLE, tagJson);
    }
}
