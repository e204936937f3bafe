package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;

/** What each kind of token may do, over HTTP, as a new user would try it. */
class SecurityApiTest extends OversightIntegrationTest {

    private static final String HR = "email,name\nsecurity.test@example.com,Security Test\n";

    @AfterEach
    void removeTestData() {
        cypher.run("MATCH (n) WHERE n.source = 'hr-csv' OR n.id ENDS WITH '@security.test' DETACH DELETE n", Map.of());
        cypher.run("""
                MATCH (c:AttestationCampaign) WHERE c.name STARTS WITH 'security '
                OPTIONAL MATCH (c)<-[:IN_CAMPAIGN]-(a:Attestation) DETACH DELETE c, a
                """, Map.of());
    }

    @Test
    void aViewerQueriesButNeitherImportsNorMutates() {
        graphQl("VIEWER").document("{ inventory { humans } me { role } }").execute()
                .path("me.role").entity(String.class).isEqualTo("VIEWER");
        forbidden(graphQl("VIEWER").document("""
                mutation { assignOwner(subject: "arn:aws:iam::111122223333:role/temp-admin-migration", owner: "team:platform", role: ACCOUNTABLE) { role } }
                """).execute(), "Mutation.assignOwner needs the STEWARD role");
        importAs(token("VIEWER")).expectStatus().isForbidden();
        assertThat(cypher.first("MATCH (n:Human {id: 'security.test@example.com'}) RETURN n", Map.of(), r -> r)).isEmpty();
    }

    @Test
    void anImporterImportsButAssignsNoOwner() {
        importAs(token("IMPORTER")).expectStatus().isOk();
        forbidden(graphQl("IMPORTER").document("""
                mutation { assignOwner(subject: "arn:aws:iam::111122223333:role/temp-admin-migration", owner: "team:platform", role: ACCOUNTABLE) { role } }
                """).execute(), "needs the STEWARD role; this token has IMPORTER");
        graphQl("IMPORTER").document("{ importRuns(source: \"hr-csv\") { totalCount } }").execute()
                .path("importRuns.totalCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void tokensAreShownOnceStoredHashedAndStopWhenRevokedOrExpired() {
        GraphQlTester.Response created = graphQl().document("""
                mutation { createApiToken(input: {name: "security test", role: AUDITOR}) { secret token { id role } } }
                """).execute();
        String secret = created.path("createApiToken.secret").entity(String.class).get();
        String id = created.path("createApiToken.token.id").entity(String.class).get();
        assertThat(secret).startsWith("ovt_");
        String stored = cypher.first("MATCH (t:ApiToken {id: $id}) RETURN t.hash AS hash, keys(t) AS keys", Map.of("id", id),
                r -> r.get("hash").asString() + " " + r.get("keys").asList()).orElseThrow();
        // ovt_<id>_<secret>: the id holds no '_', the secret (base64url) may
        assertThat(stored).doesNotContain(secret.substring(secret.indexOf('_', "ovt_".length()) + 1)).doesNotContain("secret");

        graphQlWith(secret).document("{ me { name role } }").execute().path("me.role").entity(String.class).isEqualTo("AUDITOR");
        graphQl().document("{ apiTokens { id name role revokedAt } }").execute()
                .path("apiTokens[?(@.id == '" + id + "')].name").entityList(String.class).containsExactly("security test");
        graphQl().document("mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }").variable("id", id).execute()
                .path("revokeApiToken.revokedAt").hasValue();
        httpWith(secret).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\": \"{ me { name } }\"}").exchange().expectStatus().isUnauthorized();
        graphQl().document("{ auditLog(subject: \"" + id + "\") { nodes { action actor } } }").execute()
                .path("auditLog.nodes[*].action").entityList(String.class).containsExactly("revokeApiToken", "createApiToken");

        String expiring = graphQl().document("""
                mutation($at: DateTime) { createApiToken(input: {name: "security short", role: VIEWER, expiresAt: $at}) { secret } }
                """).variable("at", OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(2).toString()).execute()
                .path("createApiToken.secret").entity(String.class).get();
        graphQlWith(expiring).document("{ me { name } }").execute().path("me.name").entity(String.class).isEqualTo("security short");
        sleep(2500);
        httpWith(expiring).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\": \"{ me { name } }\"}").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void onlyAdminsManageTokens() {
        forbidden(graphQl("STEWARD").document("{ apiTokens { id } }").execute(), "Query.apiTokens needs the ADMIN role");
        forbidden(graphQl("AUDITOR").document("mutation { createApiToken(input: {name: \"x\", role: ADMIN}) { secret } }")
                .execute(), "Mutation.createApiToken needs the ADMIN role");
    }

    @Test
    void theIdentityProvidersJwtsGiveTheRoleTheirGroupsName() {
        String steward = jwt(List.of("oversight-steward", "payroll-admin"), "grace.whitfield@kestrel.example", Duration.ofMinutes(5));
        graphQlWith(steward).document("{ me { name role human } }").execute()
                .path("me.role").entity(String.class).isEqualTo("STEWARD")
                .path("me.human").entity(String.class).isEqualTo("grace.whitfield@kestrel.example");

        String noRole = jwt(List.of("payroll-admin"), "someone@kestrel.example", Duration.ofMinutes(5));
        httpWith(noRole).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\": \"{ me { name } }\"}").exchange().expectStatus().isUnauthorized();
        String expired = jwt(List.of("oversight-admin"), "someone@kestrel.example", Duration.ofMinutes(-5));
        httpWith(expired).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\": \"{ me { name } }\"}").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void anOwnersTokenDecidesTheirOwnReviewsAndNoOneElses() {
        String campaign = graphQl().document("""
                mutation { startAttestationCampaign(input: {name: "security review", scope: {aiSystem: "ai:credit-scoring"},
                                                            dueAt: "2099-01-01T00:00:00Z"}) { id } }
                """).execute().path("startAttestationCampaign.id").entity(String.class).get();
        String owner = "oluwaseun.adeyemi@kestrel.example";
        String ownersToken = graphQl().document("""
                mutation($human: ID) { createApiToken(input: {name: "security owner", role: VIEWER, human: $human}) { secret } }
                """).variable("human", owner).execute().path("createApiToken.secret").entity(String.class).get();

        List<String> mine = graphQlWith(ownersToken).document("""
                query($c: ID) { attestations(campaign: $c) { nodes { id reviewer { ... on Human { id } } } } }
                """).variable("c", campaign).execute().path("attestations.nodes[*].reviewer.id").entityList(String.class).get();
        assertThat(mine).isNotEmpty().containsOnly(owner);
        String myItem = graphQlWith(ownersToken).document("query($c: ID) { attestations(campaign: $c) { nodes { id } } }")
                .variable("c", campaign).execute().path("attestations.nodes[0].id").entity(String.class).get();
        String someoneElses = graphQl().document("""
                query($c: ID) { attestations(campaign: $c, first: 500) { nodes { id reviewer { ... on Human { id } } } } }
                """).variable("c", campaign).execute()
                .path("attestations.nodes[?(@.reviewer.id != '" + owner + "')].id").entityList(String.class).get().getFirst();

        graphQlWith(ownersToken).document("mutation($i: ID!) { attest(input: {attestation: $i, decision: KEEP}) { status decidedBy { id } } }")
                .variable("i", myItem).execute().path("attest.decidedBy.id").entity(String.class).isEqualTo(owner);
        forbidden(graphQlWith(ownersToken).document("mutation($i: ID!) { attest(input: {attestation: $i, decision: KEEP}) { status } }")
                .variable("i", someoneElses).execute(), "is not in the queue of " + owner);
        forbidden(graphQlWith(ownersToken).document("""
                mutation($i: ID!) { attest(input: {attestation: $i, decision: KEEP, by: "priya.raghunathan@kestrel.example"}) { status } }
                """).variable("i", someoneElses).execute(), "may not decide as");
        forbidden(graphQl("VIEWER").document("mutation($i: ID!) { attest(input: {attestation: $i, decision: KEEP}) { status } }")
                .variable("i", someoneElses).execute(), "needs the STEWARD role or a token that names its human");
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec importAs(String token) {
        return httpWith(token).post().uri("/api/imports/hr-csv?filename=people.csv").contentType(new MediaType("text", "csv"))
                .bodyValue(HR).exchange();
    }

    private static void forbidden(GraphQlTester.Response response, String message) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(String.valueOf(error.getErrorType())).isEqualTo("FORBIDDEN");
            assertThat(error.getMessage()).contains(message);
        }));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
