package org.oversight.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * {@code leaverImpact} over HTTP: what it lists for a team lead is what setting that person LEAVER
 * opens under owner-left, no more and no less.
 */
class LeaverImpactGraphQlTest extends OversightIntegrationTest {

    private static final String IMPACT = """
            query($human: ID!) { leaverImpact(human: $human) {
              human { id } unowned teamsLeftEmpty { id }
              groups { kind count items { subject { id } via { id } rules { id }
                                          successors { owner { ... on Human { id } ... on Team { id } } reasons { kind } } } }
              findings { rule { id } subject { id } } } }
            """;

    @AfterEach
    void removeFixtures() {
        cypher.run("MATCH (n {fixture: 'leaver'}) DETACH DELETE n", Map.of());
    }

    @Test
    void aTeamLeadsLeavingOpensExactlyTheOwnerLeftFindingsItPredicts() {
        String lead = "henrik.aalto@kestrel.example";
        GraphQlTester.Response impact = graphQl().document(IMPACT).variable("human", lead).execute();
        List<String> predicted = impact.path("leaverImpact.groups[*].items[*].subject.id").entityList(String.class).get();
        assertThat(predicted).as("henrik leads the Platform team and owns identities").isNotEmpty();
        impact.path("leaverImpact.unowned").entity(Integer.class).isEqualTo(predicted.size());
        Set<String> before = ownerLeft();
        try {
            setStatus(lead, "LEAVER");
            Set<String> opened = new HashSet<>(ownerLeft());
            opened.removeAll(before);
            assertThat(opened).containsExactlyInAnyOrderElementsOf(predicted);
        } finally {
            setStatus(lead, "ACTIVE");
        }
        assertThat(ownerLeft()).isEqualTo(before);
    }

    @Test
    void theLastActivePersonOfATeamTakesTheTeamsOwnershipsWithThem() {
        cypher.run("""
                CREATE (tina:Human {id: 'tina@leaver.test', status: 'ACTIVE', fixture: 'leaver'})
                CREATE (mark:Human {id: 'mark@leaver.test', status: 'ACTIVE', fixture: 'leaver'})
                CREATE (old:Human {id: 'old@leaver.test', status: 'LEAVER', fixture: 'leaver'})
                CREATE (tina)-[:REPORTS_TO]->(mark)
                CREATE (squad:Team {id: 'team:leaver-squad', fixture: 'leaver'})-[:LED_BY]->(tina)
                CREATE (old)-[:MEMBER_OF]->(squad)
                CREATE (:Identity:NonHumanIdentity {id: 'test:squad-role', status: 'ACTIVE', fixture: 'leaver'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(squad)
                CREATE (:AiSystem {id: 'test:tinas-system', lifecycle: 'PRODUCTION', fixture: 'leaver'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(tina)
                CREATE (shared:Identity:NonHumanIdentity {id: 'test:shared-role', status: 'ACTIVE', fixture: 'leaver'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(tina)
                CREATE (shared)-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(mark)
                CREATE (:Agent {id: 'test:tinas-agent', fixture: 'leaver'})-[:ACTS_ON_BEHALF_OF]->(tina)
                """, Map.of());

        GraphQlTester.Response impact = graphQl().document(IMPACT).variable("human", "tina@leaver.test").execute();

        impact.path("leaverImpact.teamsLeftEmpty[*].id").entityList(String.class).containsExactly("team:leaver-squad");
        impact.path("leaverImpact.groups[*].kind").entityList(String.class).containsExactly("AiSystem", "Identity");
        impact.path("leaverImpact.groups[1].items[0].subject.id").entity(String.class).isEqualTo("test:squad-role");
        impact.path("leaverImpact.groups[1].items[0].via.id").entity(String.class).isEqualTo("team:leaver-squad");
        impact.path("leaverImpact.groups[0].items[0].subject.id").entity(String.class).isEqualTo("test:tinas-system");
        impact.path("leaverImpact.groups[0].items[0].via").valueIsNull();
        impact.path("leaverImpact.groups[0].items[0].rules[*].id").entityList(String.class).containsExactly("owner-left");
        impact.path("leaverImpact.groups[0].items[0].successors[*].owner.id").entityList(String.class).contains("mark@leaver.test");
        impact.path("leaverImpact.groups[0].items[0].successors[0].reasons[*].kind").entityList(String.class)
                .contains("MANAGER_OF_DEPARTED_OWNER");
        impact.path("leaverImpact.findings[*].subject.id").entityList(String.class)
                .contains("test:tinas-agent").doesNotContain("test:shared-role");
        impact.path("leaverImpact.unowned").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void anUnknownPersonIsRefusedNamingTheArgument() {
        graphQl().document(IMPACT).variable("human", "nobody@kestrel.example").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("field", "human")));
    }

    private Set<String> ownerLeft() {
        return new HashSet<>(graphQl().document("""
                { unownedRisks(first: 500, filter: {rule: "owner-left"}) { nodes { subject { id } } } }
                """).execute().path("unownedRisks.nodes[*].subject.id").entityList(String.class).get());
    }

    private void setStatus(String human, String status) {
        graphQl().document("mutation($id: ID!, $status: HumanStatus!) { setHumanStatus(id: $id, status: $status) { status } }")
                .variable("id", human).variable("status", status).execute()
                .path("setHumanStatus.status").entity(String.class).isEqualTo(status);
    }
}
