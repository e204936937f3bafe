package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.graphql.test.tester.GraphQlTester;

/** The audit trail over GraphQL: every change is recorded, the chain verifies, and a direct edit is caught. */
class AuditTrailTest extends OversightIntegrationTest {

    private static final String SUBJECT = "arn:aws:iam::111122223333:role/temp-admin-migration";

    @AfterEach
    void removeOwners() {
        cypher.run("MATCH (:Identity {id: $id})-[r:OWNED_BY {source: 'DECLARED'}]->() DELETE r", Map.of("id", SUBJECT));
        cypher.run("MATCH (t:Team) WHERE t.id STARTS WITH 'team:audit-' DETACH DELETE t", Map.of());
    }

    @Test
    void aChangeIsRecordedWithItsActorAndSummary() {
        String steward = token("STEWARD");
        graphQlWith(steward).document("""
                mutation { assignOwner(subject: "%s", owner: "team:platform", role: ACCOUNTABLE) { role } }
                """.formatted(SUBJECT)).execute().path("assignOwner.role").entity(String.class).isEqualTo("ACCOUNTABLE");

        GraphQlTester.Response log = graphQl("AUDITOR").document("""
                query($s: ID) { auditLog(subject: $s, first: 1) { totalCount nodes { sequence actor action summary hash previousHash } } }
                """).variable("s", SUBJECT).execute();
        log.path("auditLog.nodes[0].action").entity(String.class).isEqualTo("assignOwner");
        log.path("auditLog.nodes[0].actor").entity(String.class).isEqualTo("test-steward");
        log.path("auditLog.nodes[0].summary").entity(String.class).satisfies(summary ->
                assertThat(summary).contains("\"owner\":\"team:platform\"").contains("\"role\":\"ACCOUNTABLE\""));
        graphQl("AUDITOR").document("{ verifyAuditChain { ok checked } auditHead { sequence hash } }").execute()
                .path("verifyAuditChain.ok").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void aDirectEditOfTheDatabaseIsNamedByItsSequenceNumber() {
        graphQl().document("""
                mutation { upsertTeam(input: {id: "team:audit-probe", name: "Audit probe"}) { id } }
                """).execute().path("upsertTeam.id").hasValue();
        long sequence = graphQl("AUDITOR").document("{ auditLog(subject: \"team:audit-probe\", first: 1) { nodes { sequence summary } } }")
                .execute().path("auditLog.nodes[0].sequence").entity(Long.class).get();
        String original = cypher.first("MATCH (e:AuditEvent {sequence: $s}) RETURN e.summary AS s", Map.of("s", sequence),
                r -> r.get("s").asString()).orElseThrow();
        try {
            cypher.run("MATCH (e:AuditEvent {sequence: $s}) SET e.summary = '{\"name\":\"someone else\"}'", Map.of("s", sequence));
            GraphQlTester.Response verification = graphQl("AUDITOR").document("{ verifyAuditChain { ok brokenAt reason } }").execute();
            verification.path("verifyAuditChain.ok").entity(Boolean.class).isEqualTo(false);
            verification.path("verifyAuditChain.brokenAt").entity(Long.class).isEqualTo(sequence);
            verification.path("verifyAuditChain.reason").entity(String.class).satisfies(reason ->
                    assertThat(reason).contains("no longer matches its hash"));
        } finally {
            cypher.run("MATCH (e:AuditEvent {sequence: $s}) SET e.summary = $summary", Map.of("s", sequence, "summary", original));
        }
        graphQl("AUDITOR").document("{ verifyAuditChain { ok } }").execute().path("verifyAuditChain.ok").entity(Boolean.class)
                .isEqualTo(true);
    }

    @Test
    void concurrentChangesStillWriteOneUnbrokenChain() throws Exception {
        long before = head();
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 16; i++) {
                int n = i;
                writes.add(CompletableFuture.runAsync(() -> graphQl().document("""
                        mutation { upsertTeam(input: {id: "team:audit-%d", name: "Audit %d"}) { id } }
                        """.formatted(n, n)).execute().path("upsertTeam.id").hasValue(), pool));
            }
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get();
        }
        assertThat(head()).isEqualTo(before + 16);
        graphQl("AUDITOR").document("{ verifyAuditChain { ok reason } }").execute()
                .path("verifyAuditChain.ok").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void importsAreRecordedToo() {
        graphQl("AUDITOR").document("{ auditLog(actor: \"system\", first: 500) { nodes { action summary } } }").execute()
                .path("auditLog.nodes[?(@.action == 'import')].summary").entityList(String.class)
                .satisfies(imports -> assertThat(imports).anySatisfy(s -> assertThat(s).contains("\"source\":\"sample\"")));
    }

    private long head() {
        return graphQl("AUDITOR").document("{ auditHead { sequence } }").execute().path("auditHead.sequence").entity(Long.class).get();
    }
}
