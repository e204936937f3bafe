package org.oversight.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.http.MediaType;

/**
 * A person's account belongs to the human its e-mail names, as an explicit step after every import
 * and after a steward adds a human: an account whose e-mail changes moves to the human it now
 * names, and loses the link to the one it no longer does.
 */
class AccountLinksApiTest extends OversightIntegrationTest {

    private static final String ACCOUNT = "entra:6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01";
    private static final String USERS = """
            {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
             "value": [{"id": "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01", "displayName": "Rhea Linke",
                        "userPrincipalName": "rhea@links-test.example", "mail": "%s", "accountEnabled": true}]}
            """;

    @AfterEach
    void removeTestData() {
        cypher.run("MATCH (n) WHERE n.source IN ['entra', 'hr-csv', 'steward'] AND (n.id ENDS WITH '@links-test.example' "
                + "OR n.id = $account) DETACH DELETE n", Map.of("account", ACCOUNT));
    }

    @Test
    void anAccountWhoseEmailChangesMovesToTheHumanItNowNames() {
        post("hr-csv?filename=people.csv", """
                email,name,status
                rhea.linke@links-test.example,Rhea Linke,ACTIVE
                """);
        Map<String, Object> first = post("entra?tenant=33333333-3333-3333-3333-333333333333&filename=users.json",
                USERS.formatted("Rhea.Linke@links-test.example"));
        assertThat(belongsTo(first)).containsEntry("created", 1).containsEntry("removed", 0);
        assertThat(humanOf(ACCOUNT)).containsExactly("rhea.linke@links-test.example");

        // she married and the directory says so before HR does: the old link goes, no new one is guessed
        Map<String, Object> renamed = post("entra?tenant=33333333-3333-3333-3333-333333333333&filename=users.json",
                USERS.formatted("rhea.weber@links-test.example"));
        assertThat(belongsTo(renamed)).containsEntry("created", 0).containsEntry("removed", 1);
        assertThat(humanOf(ACCOUNT)).isEmpty();

        // a steward adds the human of the new address: the account finds her
        graphQl().document("""
                mutation { upsertHuman(input: {email: "rhea.weber@links-test.example", name: "Rhea Weber"}) { id } }
                """).execute().path("upsertHuman.id").entity(String.class).isEqualTo("rhea.weber@links-test.example");
        assertThat(humanOf(ACCOUNT)).containsExactly("rhea.weber@links-test.example");

        // the same export again changes nothing
        Map<String, Object> again = post("entra?tenant=33333333-3333-3333-3333-333333333333&filename=users.json",
                USERS.formatted("rhea.weber@links-test.example"));
        assertThat(((Map<?, ?>) again.get("relationships")).get("BELONGS_TO")).isNull();
        assertThat(humanOf(ACCOUNT)).containsExactly("rhea.weber@links-test.example");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String sourceAndQuery, String body) {
        var result = http().post().uri("/api/imports/" + sourceAndQuery).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(body.getBytes(StandardCharsets.UTF_8)).exchange().expectBody(Map.class).returnResult();
        assertThat(result.getStatus().value()).as("import answered %s", result.getResponseBody()).isEqualTo(200);
        return result.getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> belongsTo(Map<String, Object> report) {
        Map<String, Object> counts = ((Map<String, Map<String, Object>>) report.get("relationships")).get("BELONGS_TO");
        return counts == null ? Map.of("created", 0, "removed", 0) : counts;
    }

    private List<String> humanOf(String account) {
        return cypher.list("MATCH (:Identity {id: $id})-[:BELONGS_TO]->(h:Human) RETURN h.id AS id",
                Map.of("id", account), record -> record.get("id").asString());
    }
}
