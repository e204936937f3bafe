package org.oversight.stewardship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.oversight.OversightIntegrationTest;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.GraphWriter;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRef;
import org.oversight.graph.RelType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The bookkeeping of stewards' writes over HTTP: what an import described stays that source's but
 * is described again; what a steward creates is the steward's; a relationship keeps its firstSeen.
 */
class StewardBookkeepingGraphQlTest extends OversightIntegrationTest {

    private static final String SOURCE = "steward-bookkeeping-test";
    private static final String PERSON = "steward-bookkeeping.person@example.com";
    private static final String TEAM = "team:steward-bookkeeping";
    private static final String SYSTEM = "ai:steward-bookkeeping";
    private static final String ROLE = "steward-bookkeeping:role";
    private static final String CONTROL = "control:steward-bookkeeping";

    @Autowired
    GraphWriter writer;

    /** A requirement no decision was recorded for, whose decisions the test removes again. */
    private String undecided;

    @AfterEach
    void removeWhatTestsAdded() {
        cypher.run("MATCH (n) WHERE n.id IN $ids OR n.source = $source DETACH DELETE n",
                Map.of("ids", List.of(PERSON, TEAM, SYSTEM, ROLE, CONTROL), "source", SOURCE));
        if (undecided != null) {
            cypher.run("MATCH ()-[a:APPLICABILITY]->(:Requirement {id: $id}) DELETE a", Map.of("id", undecided));
        }
    }

    private GraphQlTester.Response mutate(String document) {
        return graphQl().document(document).execute();
    }

    private Record node(String id) {
        return cypher.first("""
                MATCH (n {id: $id})
                RETURN n.source AS source, n.firstSeen AS firstSeen, n.lastSeen AS lastSeen, n.staleSince AS staleSince,
                       n.stub AS stub
                """, Map.of("id", id), r -> r).orElseThrow();
    }

    private Record relationship(String from, String type, String to) {
        return cypher.first("""
                MATCH ({id: $from})-[r]->({id: $to}) WHERE type(r) = $type
                RETURN r.importSource AS source, r.importScope AS scope, r.lastRunId AS run,
                       r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
                """, Map.of("from", from, "type", type, "to", to), r -> r).orElseThrow();
    }

    private static OffsetDateTime time(Record record, String column) {
        return record.get(column).asOffsetDateTime();
    }

    /** Lets the clock move on, so that a rewritten lastSeen differs from the firstSeen kept. */
    private static void later() throws InterruptedException {
        Thread.sleep(20);
    }

    @Test
    void aStewardsUpsertOfAnImportedNodeKeepsItsSourceAndDescribesItAgain() throws InterruptedException {
        // an import describes the person and the AI system and only refers to the team (a stub);
        // its next snapshot no longer holds the AI system, which goes stale
        writer.write(GraphBatch.builder(SOURCE).snapshot(List.of(NodeLabel.AI_SYSTEM), List.of())
                .node(NodeLabel.HUMAN, PERSON, Map.of("name", "Person", "status", "ACTIVE"))
                .node(NodeLabel.AI_SYSTEM, SYSTEM, Map.of("name", "Imported"))
                .reference(NodeLabel.TEAM, TEAM, Map.of("name", "Referred"))
                .relationship(RelType.MEMBER_OF, new NodeRef(NodeLabel.HUMAN, PERSON), new NodeRef(NodeLabel.TEAM, TEAM))
                .build());
        writer.write(GraphBatch.builder(SOURCE).snapshot(List.of(NodeLabel.AI_SYSTEM), List.of()).build());
        Record stub = node(TEAM);
        Record stale = node(SYSTEM);
        Record membership = relationship(PERSON, "MEMBER_OF", TEAM);
        assertThat(stub.get("stub").isTrue()).isTrue();
        assertThat(stale.get("staleSince").isNull()).as("the second snapshot lacked the system").isFalse();
        later();

        GraphQlTester.Response system = mutate("""
                mutation { upsertAiSystem(input: {id: "%s", name: "Described"}) { name source firstSeen staleSince } }
                """.formatted(SYSTEM));
        system.path("upsertAiSystem.source").entity(String.class).isEqualTo(SOURCE);
        system.path("upsertAiSystem.staleSince").valueIsNull();
        mutate("mutation { upsertTeam(input: {id: \"%s\", name: \"Described\"}) { id } }".formatted(TEAM));
        mutate("mutation { upsertHuman(input: {email: \"%s\", name: \"Person\", team: \"%s\"}) { id } }".formatted(PERSON, TEAM));

        for (var before : Map.of(TEAM, stub, SYSTEM, stale).entrySet()) {
            Record after = node(before.getKey());
            assertThat(after.get("source").asString()).as("source of %s", before.getKey()).isEqualTo(SOURCE);
            assertThat(time(after, "firstSeen")).isEqualTo(time(before.getValue(), "firstSeen"));
            assertThat(time(after, "lastSeen")).isAfter(time(before.getValue(), "lastSeen"));
            assertThat(after.get("stub").isNull()).as("stub of %s", before.getKey()).isTrue();
            assertThat(after.get("staleSince").isNull()).as("staleSince of %s", before.getKey()).isTrue();
        }
        Record restated = relationship(PERSON, "MEMBER_OF", TEAM);
        assertThat(restated.get("source").asString()).as("an imported relationship stays the import's").isEqualTo(SOURCE);
        assertThat(restated.get("run").asString()).isEqualTo(membership.get("run").asString());
        assertThat(time(restated, "firstSeen")).isEqualTo(time(membership, "firstSeen"));
        assertThat(time(restated, "lastSeen")).isAfter(time(membership, "lastSeen"));
    }

    @Test
    void aNodeAStewardCreatesIsTheStewardsAndKeepsItsFirstSeen() throws InterruptedException {
        GraphQlTester.Response created = mutate("""
                mutation { upsertAiSystem(input: {id: "%s", name: "New"}) { source firstSeen lastSeen staleSince } }
                """.formatted(SYSTEM));
        created.path("upsertAiSystem.source").entity(String.class).isEqualTo("steward");
        created.path("upsertAiSystem.staleSince").valueIsNull();
        OffsetDateTime firstSeen = created.path("upsertAiSystem.firstSeen").entity(OffsetDateTime.class).get();
        created.path("upsertAiSystem.lastSeen").entity(OffsetDateTime.class).isEqualTo(firstSeen);
        later();

        GraphQlTester.Response again = mutate("""
                mutation { upsertAiSystem(input: {id: "%s", name: "Renamed"}) { name source firstSeen lastSeen } }
                """.formatted(SYSTEM));
        again.path("upsertAiSystem.name").entity(String.class).isEqualTo("Renamed");
        again.path("upsertAiSystem.firstSeen").entity(OffsetDateTime.class).isEqualTo(firstSeen);
        again.path("upsertAiSystem.lastSeen").entity(OffsetDateTime.class).satisfies(lastSeen -> assertThat(lastSeen).isAfter(firstSeen));
        assertThat(node(SYSTEM).get("stub").isNull()).isTrue();
    }

    @Test
    void aRelationshipWrittenTwiceKeepsItsFirstSeen() throws InterruptedException {
        mutate("mutation { upsertHuman(input: {email: \"%s\", name: \"Lead\"}) { id } }".formatted(PERSON));
        String lead = "mutation { upsertTeam(input: {id: \"%s\", name: \"Team\", lead: \"%s\"}) { id } }".formatted(TEAM, PERSON);
        mutate(lead);
        Record first = relationship(TEAM, "LED_BY", PERSON);
        later();
        mutate(lead);
        Record second = relationship(TEAM, "LED_BY", PERSON);

        assertThat(first.get("source").asString()).isEqualTo("steward");
        assertThat(time(second, "firstSeen")).isEqualTo(time(first, "firstSeen"));
        assertThat(time(second, "lastSeen")).isAfter(time(first, "lastSeen"));

        String requirement = cypher.first("MATCH (r:Requirement) RETURN r.id AS id LIMIT 1", Map.of(),
                r -> r.get("id").asString()).orElseThrow();
        mutate("mutation { upsertControl(input: {id: \"%s\", name: \"Control\"}) { status } }".formatted(CONTROL))
                .path("upsertControl.status").entity(String.class).isEqualTo("PLANNED");
        String link = "mutation { linkControl(control: \"%s\", requirement: \"%s\", relationship: EQUAL) { relationship } }"
                .formatted(CONTROL, requirement);
        mutate(link);
        Record stated = relationship(CONTROL, "SATISFIES", requirement);
        later();
        mutate(link);
        Record restated = relationship(CONTROL, "SATISFIES", requirement);
        assertThat(time(restated, "firstSeen")).isEqualTo(time(stated, "firstSeen"));
        assertThat(time(restated, "lastSeen")).isAfter(time(stated, "lastSeen"));
    }

    @Test
    void anOwnershipAStewardAssignsIsTheStewardsEvenWhenAnImportWroteIt() {
        writer.write(GraphBatch.builder(SOURCE).scope("account-1")
                .node(NodeLabel.HUMAN, PERSON, Map.of("name", "Person", "status", "ACTIVE"))
                .node(NodeLabel.NON_HUMAN_IDENTITY, ROLE, Map.of("name", "role"))
                .relationship(RelType.OWNED_BY, new NodeRef(NodeLabel.NON_HUMAN_IDENTITY, ROLE), new NodeRef(NodeLabel.HUMAN, PERSON),
                        Map.of("source", "DECLARED", "role", "ACCOUNTABLE"))
                .build());
        Record imported = relationship(ROLE, "OWNED_BY", PERSON);
        assertThat(imported.get("scope").asString()).isEqualTo("account-1");

        mutate("mutation { assignOwner(subject: \"%s\", owner: \"%s\", role: ACCOUNTABLE) { source since } }".formatted(ROLE, PERSON))
                .path("assignOwner.source").entity(String.class).isEqualTo("DECLARED");

        Record claimed = relationship(ROLE, "OWNED_BY", PERSON);
        assertThat(claimed.get("source").asString()).isEqualTo("steward");
        assertThat(claimed.get("scope").isNull()).as("no snapshot of the import removes it").isTrue();
        assertThat(claimed.get("run").isNull()).isTrue();
        assertThat(time(claimed, "firstSeen")).isEqualTo(time(imported, "firstSeen"));
    }

    @Test
    void anOrganisationWideDecisionIsKeptOnTheFrameworkAndKeepsItsFirstSeen() throws InterruptedException {
        undecided = cypher.first("MATCH (r:Requirement) WHERE NOT ()-[:APPLICABILITY]->(r) RETURN r.id AS id LIMIT 1",
                Map.of(), r -> r.get("id").asString()).orElseThrow();
        String decide = """
                mutation { setApplicability(requirement: "%s", applicable: false, justification: "%s") {
                    applicable justification scope { id } } }
                """;
        GraphQlTester.Response decided = mutate(decide.formatted(undecided, "Not our business"));
        decided.path("setApplicability.scope").valueIsNull();
        String framework = cypher.first("MATCH (r:Requirement {id: $id}) RETURN r.framework AS f", Map.of("id", undecided),
                r -> r.get("f").asString()).orElseThrow();
        Record first = relationship(framework, "APPLICABILITY", undecided);
        later();

        mutate(decide.formatted(undecided, "Still not our business"))
                .path("setApplicability.justification").entity(String.class).isEqualTo("Still not our business");
        Record second = relationship(framework, "APPLICABILITY", undecided);
        assertThat(second.get("source").asString()).isEqualTo("steward");
        assertThat(time(second, "firstSeen")).isEqualTo(time(first, "firstSeen"));
        assertThat(time(second, "lastSeen")).isAfter(time(first, "lastSeen"));
    }
}
