package org.oversight.stewardship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.GraphWriter;
import org.oversight.graph.NodeLabel;
import org.oversight.sample.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Stewardship mutations over HTTP: what they change, and that bad input changes nothing. */
class StewardshipGraphQlTest extends OversightIntegrationTest {

    private static final String ACTIVE_OWNER = "ada.steward@kestrel.example";

    @Autowired
    GraphWriter writer;

    @AfterEach
    void removeWhatTestsAdded() {
        cypher.run("""
                MATCH (n) WHERE n.id IN ['ada.steward@kestrel.example', 'bo.report@kestrel.example', 'team:stewards',
                                         'ai:steward-test', 'agent:steward-test', 'test:ada-account']
                DETACH DELETE n
                """, Map.of());
    }

    private GraphQlTester.Response mutate(String document) {
        return graphQl().document(document).execute();
    }

    private long count(String query) {
        return cypher.first(query, Map.of(), r -> r.get(0).asLong()).orElseThrow();
    }

    private static void hasErrors(GraphQlTester.Response response, String classification, String... fields) {
        response.errors().satisfy(errors -> {
            assertThat(errors).extracting(e -> e.getExtensions().get("field")).containsExactlyInAnyOrder((Object[]) fields);
            assertThat(errors).extracting(e -> e.getExtensions().get("classification")).containsOnly(classification);
            assertThat(errors).extracting(ResponseError::getMessage).allSatisfy(message ->
                    assertThat(fields).anySatisfy(field -> assertThat(message).startsWith(field + ": ")));
        });
    }

    @Test
    void badInputNamesEveryFieldAtFaultAndWritesNothing() {
        long humans = count("MATCH (h:Human) RETURN count(h)");

        GraphQlTester.Response response = mutate("""
                mutation { upsertHuman(input: {email: "not-an-address", name: " ", title: "x"}) { id } }
                """);

        hasErrors(response, "BAD_REQUEST", "input.email", "input.name");
        assertThat(count("MATCH (h:Human) RETURN count(h)")).isEqualTo(humans);
    }

    @Test
    void aMissingReferenceIsNotFoundAndWritesNothing() {
        hasErrors(mutate("""
                mutation { upsertHuman(input: {email: "Ada.Steward@kestrel.example", name: "Ada", team: "team:nope"}) { id } }
                """), "NOT_FOUND", "input.team");
        assertThat(count("MATCH (h:Human {id: 'ada.steward@kestrel.example'}) RETURN count(h)")).isZero();

        String identity = SampleFiles.planted("orphaned-identity").getFirst();
        hasErrors(mutate("""
                mutation { upsertAgent(input: {id: "agent:steward-test", name: "T", actsAs: ["%s", "arn:aws:iam::1:role/none"]}) { id } }
                """.formatted(identity)), "NOT_FOUND", "input.actsAs[1]");
        assertThat(count("MATCH (a:Agent {id: 'agent:steward-test'}) RETURN count(a)")).isZero();
    }

    @Test
    void upsertHumanCreatesThenUpdatesAndLinksTeamAndManager() {
        mutate("""
                mutation { upsertTeam(input: {id: "team:stewards", name: "Stewards"}) { id } }
                """).path("upsertTeam.id").entity(String.class).isEqualTo("team:stewards");
        GraphQlTester.Response created = mutate("""
                mutation { upsertHuman(input: {email: "Ada.Steward@Kestrel.example", name: "Ada", team: "team:stewards"}) {
                    id email status source teams { id } } }
                """);
        created.path("upsertHuman.id").entity(String.class).isEqualTo(ACTIVE_OWNER);
        created.path("upsertHuman.status").entity(String.class).isEqualTo("ACTIVE");
        created.path("upsertHuman.source").entity(String.class).isEqualTo("steward");
        created.path("upsertHuman.teams[*].id").entityList(String.class).containsExactly("team:stewards");

        mutate("""
                mutation { upsertHuman(input: {email: "bo.report@kestrel.example", name: "Bo", manager: "ada.steward@kestrel.example"}) { id } }
                """);
        GraphQlTester.Response updated = mutate("""
                mutation { upsertHuman(input: {email: "ada.steward@kestrel.example", name: "Ada Steward", title: "Data steward"}) {
                    name title teams { id } reports { id } } }
                """);
        updated.path("upsertHuman.name").entity(String.class).isEqualTo("Ada Steward");
        updated.path("upsertHuman.teams[*].id").entityList(String.class).containsExactly("team:stewards");
        updated.path("upsertHuman.reports[*].id").entityList(String.class).containsExactly("bo.report@kestrel.example");

        hasErrors(mutate("""
                mutation { upsertHuman(input: {email: "ada.steward@kestrel.example", name: "Ada", manager: "bo.report@kestrel.example"}) { id } }
                """), "BAD_REQUEST", "input.manager");
    }

    @Test
    void aHumanAddedByAStewardGetsTheAccountsThatCarryTheirEmail() {
        // an account imported before anyone knew the person: no human had that e-mail yet
        writer.write(GraphBatch.builder("test").node(NodeLabel.HUMAN_ACCOUNT, "test:ada-account", Map.of("provider", "entra",
                "kind", "USER_ACCOUNT", "upn", "Ada.Steward@kestrel.example", "status", "ACTIVE")).build());

        mutate("mutation { upsertHuman(input: {email: \"ada.steward@kestrel.example\", name: \"Ada\"}) { id } }");

        graphQl().document("{ node(id: \"ada.steward@kestrel.example\") { ... on Human { accounts { id } } } }").execute()
                .path("node.accounts[*].id").entityList(String.class).containsExactly("test:ada-account");
    }

    @Test
    void assigningAndRemovingAnOwnerFixesAndReopensAnOrphan() {
        mutate("mutation { upsertHuman(input: {email: \"ada.steward@kestrel.example\", name: \"Ada\"}) { id } }");
        String orphan = SampleFiles.planted("orphaned-identity").getFirst();
        int ownerless = ownerlessCount();

        GraphQlTester.Response assigned = mutate("""
                mutation { assignOwner(subject: "%s", owner: "%s", role: ACCOUNTABLE) {
                    role source confidence since subject { id } owner { ... on Human { id } } } }
                """.formatted(orphan, ACTIVE_OWNER));
        assigned.path("assignOwner.source").entity(String.class).isEqualTo("DECLARED");
        assigned.path("assignOwner.subject.id").entity(String.class).isEqualTo(orphan);
        assigned.path("assignOwner.owner.id").entity(String.class).isEqualTo(ACTIVE_OWNER);
        assertThat(ownerlessCount()).isEqualTo(ownerless - 1);

        mutate("mutation { removeOwner(subject: \"%s\", owner: \"%s\") { removed subject { id } } }"
                .formatted(orphan, ACTIVE_OWNER)).path("removeOwner.removed").entity(Integer.class).isEqualTo(1);
        assertThat(ownerlessCount()).isEqualTo(ownerless);
    }

    @Test
    void aLeaverCannotTakeOwnership() {
        String orphan = SampleFiles.planted("orphaned-identity").getFirst();
        String leaver = cypher.first("MATCH (h:Human {status: 'LEAVER'}) RETURN h.id AS id LIMIT 1", Map.of(),
                r -> r.get("id").asString()).orElseThrow();
        int ownerless = ownerlessCount();

        hasErrors(mutate("mutation { assignOwner(subject: \"%s\", owner: \"%s\", role: ACCOUNTABLE) { role } }"
                .formatted(orphan, leaver)), "BAD_REQUEST", "owner");
        hasErrors(mutate("mutation { assignOwner(subject: \"nothing-here\", owner: \"%s\", role: ACCOUNTABLE) { role } }"
                .formatted(leaver)), "NOT_FOUND", "subject");
        assertThat(ownerlessCount()).isEqualTo(ownerless);
    }

    @Test
    void setHumanStatusRecordsALeaverWithTheLeavingDate() {
        mutate("mutation { upsertHuman(input: {email: \"ada.steward@kestrel.example\", name: \"Ada\"}) { id } }");

        GraphQlTester.Response left = mutate("""
                mutation { setHumanStatus(id: "ada.steward@kestrel.example", status: LEAVER, leftAt: "2026-01-31T17:00:00Z") { status leftAt } }
                """);
        left.path("setHumanStatus.status").entity(String.class).isEqualTo("LEAVER");
        left.path("setHumanStatus.leftAt").entity(String.class).isEqualTo("2026-01-31T17:00:00.000Z");

        mutate("mutation { setHumanStatus(id: \"ada.steward@kestrel.example\", status: ACTIVE) { status leftAt } }")
                .path("setHumanStatus.leftAt").valueIsNull();
        hasErrors(mutate("""
                mutation { setHumanStatus(id: "ada.steward@kestrel.example", status: ACTIVE, leftAt: "2026-01-31T17:00:00Z") { status } }
                """), "BAD_REQUEST", "leftAt");
    }

    @Test
    void upsertAgentLinksItsSystemIdentitiesAndModels() {
        mutate("mutation { upsertAiSystem(input: {id: \"ai:steward-test\", name: \"Test\", euRiskClass: HIGH, role: PROVIDER, reviewCadenceDays: 30}) { id } }");
        String identity = SampleFiles.planted("orphaned-identity").getFirst();
        String model = cypher.first("MATCH (m:Model) RETURN m.id AS id LIMIT 1", Map.of(), r -> r.get("id").asString()).orElseThrow();

        GraphQlTester.Response agent = mutate("""
                mutation { upsertAgent(input: {id: "agent:steward-test", name: "Test agent", autonomy: AUTONOMOUS,
                    aiSystem: "ai:steward-test", actsAs: ["%s"], models: ["%s"]}) {
                    autonomy aiSystem { id euRiskClass } identities { id } models { id } } }
                """.formatted(identity, model));
        agent.path("upsertAgent.aiSystem.euRiskClass").entity(String.class).isEqualTo("HIGH");
        agent.path("upsertAgent.identities[*].id").entityList(String.class).containsExactly(identity);
        agent.path("upsertAgent.models[*].id").entityList(String.class).containsExactly(model);

        hasErrors(mutate("mutation { upsertAiSystem(input: {id: \"ai:steward test\", name: \"x\", reviewCadenceDays: 0}) { id } }"),
                "BAD_REQUEST", "input.id", "input.reviewCadenceDays");
    }

    private int ownerlessCount() {
        return graphQl().document("{ identities(first: 0, filter: {ownerless: true}) { totalCount } }").execute()
                .path("identities.totalCount").entity(Integer.class).get();
    }

}
