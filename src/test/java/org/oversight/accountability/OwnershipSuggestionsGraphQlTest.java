package org.oversight.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.graphql.test.tester.GraphQlTester;

/** {@code ownershipSuggestions} and {@code Finding.suggestedOwners}: ranked candidates, each with its reasons. */
class OwnershipSuggestionsGraphQlTest extends OversightIntegrationTest {

    private static final String SUGGEST = """
            query($s: ID!) { ownershipSuggestions(subject: $s) {
              owner { ... on Human { id } ... on Team { id } } score reasons { kind detail via { id } } } }
            """;

    @AfterEach
    void removeFixtures() {
        cypher.run("MATCH (n {fixture: 'suggest'}) DETACH DELETE n", Map.of());
    }

    @Test
    void candidatesRankByTheirReasonsAndLeaversAreNeverSuggested() {
        cypher.run("""
                CREATE (ann:Human {id: 'ann@suggest.test', status: 'ACTIVE', fixture: 'suggest'})
                CREATE (boss:Human {id: 'boss@suggest.test', status: 'ACTIVE', fixture: 'suggest'})
                CREATE (lee:Human {id: 'lee@suggest.test', status: 'LEAVER', fixture: 'suggest'})-[:REPORTS_TO]->(boss)
                CREATE (ops:Team {id: 'team:suggest-ops', fixture: 'suggest'})<-[:MEMBER_OF]-(lee)
                CREATE (ann)-[:MEMBER_OF]->(ops)
                CREATE (role:Identity:NonHumanIdentity {id: 'test:suggest-role', status: 'ACTIVE', fixture: 'suggest'})
                CREATE (role)-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(lee)
                CREATE (role)-[:OWNED_BY {role: 'RESPONSIBLE', source: 'TAG'}]->(ann)
                """, Map.of());

        GraphQlTester.Response response = graphQl().document(SUGGEST).variable("s", "test:suggest-role").execute();

        response.path("ownershipSuggestions[*].owner.id").entityList(String.class)
                .containsExactly("ann@suggest.test", "boss@suggest.test", "team:suggest-ops");
        response.path("ownershipSuggestions[0].reasons[0].kind").entity(String.class).isEqualTo("TAG");
        response.path("ownershipSuggestions[1].reasons[0].kind").entity(String.class).isEqualTo("MANAGER_OF_DEPARTED_OWNER");
        response.path("ownershipSuggestions[1].reasons[0].via.id").entity(String.class).isEqualTo("lee@suggest.test");
        response.path("ownershipSuggestions[2].reasons[0].kind").entity(String.class).isEqualTo("TEAM_OF_DEPARTED_OWNER");
        response.path("ownershipSuggestions[*].score").entityList(Double.class)
                .satisfies(scores -> assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a)));
    }

    @Test
    void anOrphanIsSuggestedTheTeamOwningItsNamesakes() {
        GraphQlTester.Response response = graphQl().document(SUGGEST)
                .variable("s", "arn:aws:iam::111122223333:role/service-role/lambda-crm-reconcile").execute();
        response.path("ownershipSuggestions[0].owner.id").entity(String.class).isEqualTo("team:customer-ops");
        response.path("ownershipSuggestions[0].reasons[*].kind").entityList(String.class)
                .satisfies(kinds -> assertThat(kinds).containsOnly("TEAM_OF_CO_OWNED"));
    }

    @Test
    void findingsCarryTheirBestSuggestions() {
        graphQl().document("""
                { unownedRisks(filter: {rule: "owner-left", owner: "yusuf.demir@kestrel.example"}) {
                    nodes { subject { id } suggestedOwners { owner { ... on Human { id } ... on Team { id } } } } } }
                """).execute().path("unownedRisks.nodes[?(@.subject.id == 'ai:fraud-detection')].suggestedOwners[*].owner.id")
                .entityList(String.class).satisfies(owners -> assertThat(owners).isNotEmpty().hasSizeLessThanOrEqualTo(3)
                        .doesNotContain("yusuf.demir@kestrel.example"));
    }
}
