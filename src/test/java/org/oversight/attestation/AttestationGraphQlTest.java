package org.oversight.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Attestation campaigns over HTTP: owner-routed queues, and decisions written back to the graph. */
class AttestationGraphQlTest extends OversightIntegrationTest {

    /** Ten identities of one provider and three owners: ann owns four, bob three, a team led by cleo three. */
    private static final String TEN_IDENTITIES = """
            CREATE (ann:Human {id: 'ann@attest.test', status: 'ACTIVE', fixture: 'attest'})
            CREATE (bob:Human {id: 'bob@attest.test', status: 'ACTIVE', fixture: 'attest'})
            CREATE (cleo:Human {id: 'cleo@attest.test', status: 'ACTIVE', fixture: 'attest'})
            CREATE (team:Team {id: 'team:attest-squad', fixture: 'attest'})-[:LED_BY]->(cleo)
            WITH ann, bob, team
            UNWIND range(1, 10) AS n
            CREATE (i:Identity:NonHumanIdentity {id: 'test:attest-role-' + right('0' + n, 2), provider: 'attest-cloud',
                                                status: 'ACTIVE', fixture: 'attest'})
            WITH i, CASE WHEN n <= 4 THEN ann WHEN n <= 7 THEN bob ELSE team END AS owner
            CREATE (i)-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG', since: datetime() - duration('P400D')}]->(owner)
            """;

    private static final String START = """
            mutation($input: StartAttestationCampaignInput!) { startAttestationCampaign(input: $input) {
              id name scope itemCount pending
              queues { reviewer { ... on Human { id } ... on Team { id } } pending
                       items { id status subject { id } owner { ... on Human { id } ... on Team { id } } } } } }
            """;

    private static final String ATTEST = """
            mutation($input: AttestInput!) { attest(input: $input) { id status decidedBy { id } comment
              newOwner { ... on Human { id } ... on Team { id } }
              subject { id ... on Identity { status owners { role source attestedAt attestedBy owner { ... on Human { id } ... on Team { id } } } } } } }
            """;

    @AfterEach
    void removeFixtures() {
        cypher.run("""
                MATCH (c:AttestationCampaign) WHERE c.name STARTS WITH 'test '
                OPTIONAL MATCH (c)<-[:IN_CAMPAIGN]-(a:Attestation)
                DETACH DELETE c, a
                """, Map.of());
        cypher.run("MATCH (n {fixture: 'attest'}) DETACH DELETE n", Map.of());
    }

    @Test
    void aCampaignOverTenIdentitiesWithThreeOwnersGivesThreeQueuesAndWritesDecisionsBack() {
        cypher.run(TEN_IDENTITIES, Map.of());
        GraphQlTester.Response campaign = start(Map.of("provider", "attest-cloud"));

        campaign.path("startAttestationCampaign.scope").entity(String.class).isEqualTo("provider attest-cloud");
        campaign.path("startAttestationCampaign.itemCount").entity(Integer.class).isEqualTo(10);
        campaign.path("startAttestationCampaign.queues[*].reviewer.id").entityList(String.class)
                .containsExactly("ann@attest.test", "bob@attest.test", "team:attest-squad");
        campaign.path("startAttestationCampaign.queues[*].pending").entityList(Integer.class).containsExactly(4, 3, 3);
        String campaignId = campaign.path("startAttestationCampaign.id").entity(String.class).get();

        List<String> anns = items("ann@attest.test", campaignId);
        assertThat(anns).hasSize(4);
        GraphQlTester.Response kept = attest(Map.of("attestation", anns.getFirst(), "decision", "KEEP"));
        kept.path("attest.status").entity(String.class).isEqualTo("KEPT");
        kept.path("attest.decidedBy.id").entity(String.class).isEqualTo("ann@attest.test");
        kept.path("attest.subject.owners[0].attestedBy").entity(String.class).isEqualTo("ann@attest.test");
        kept.path("attest.subject.owners[0].attestedAt").entity(String.class).satisfies(at -> assertThat(at).isNotBlank());

        String bobs = items("bob@attest.test", campaignId).getFirst();
        GraphQlTester.Response revoked = attest(Map.of("attestation", bobs, "decision", "REVOKE", "comment", "decommissioned"));
        revoked.path("attest.status").entity(String.class).isEqualTo("REVOKED");
        revoked.path("attest.subject.status").entity(String.class).isEqualTo("PENDING_REVOCATION");
        revoked.path("attest.comment").entity(String.class).isEqualTo("decommissioned");

        String teams = items("team:attest-squad", campaignId).getFirst();
        GraphQlTester.Response moved = attest(Map.of("attestation", teams, "decision", "REASSIGN", "newOwner", "ann@attest.test"));
        moved.path("attest.status").entity(String.class).isEqualTo("REASSIGNED");
        moved.path("attest.decidedBy.id").entity(String.class).isEqualTo("cleo@attest.test"); // the team's lead decides
        moved.path("attest.subject.owners[*].owner.id").entityList(String.class).containsExactly("ann@attest.test");
        moved.path("attest.subject.owners[0].source").entity(String.class).isEqualTo("DECLARED");

        GraphQlTester.Response after = graphQl().document("""
                query($c: ID) { attestations(campaign: $c, status: PENDING) { totalCount }
                                attestationCampaigns { id pending } }
                """).variable("c", campaignId).execute();
        after.path("attestations.totalCount").entity(Integer.class).isEqualTo(7);
        assertThat(after.path("attestationCampaigns").entityList(Map.class).get())
                .anySatisfy(c -> assertThat(c).containsEntry("id", campaignId).containsEntry("pending", 7));
        graphQl().document("{ identities(filter: {status: PENDING_REVOCATION, provider: \"attest-cloud\"}) { totalCount } }")
                .execute().path("identities.totalCount").entity(Integer.class).isEqualTo(1);

        attest(Map.of("attestation", anns.getFirst(), "decision", "KEEP")).errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).contains("already decided");
                    assertThat(e.getExtensions()).containsEntry("field", "input.attestation");
                }));
    }

    @Test
    void aRuleCampaignRoutesOwnerlessSubjectsToTheirBestSuggestedOwner() {
        GraphQlTester.Response campaign = start(Map.of("rule", "orphaned-identity"));
        campaign.path("startAttestationCampaign.scope").entity(String.class).isEqualTo("rule orphaned-identity");
        List<Map> queues = campaign.path("startAttestationCampaign.queues").entityList(Map.class).get();
        int items = queues.stream().mapToInt(q -> ((List<?>) q.get("items")).size()).sum();
        campaign.path("startAttestationCampaign.itemCount").entity(Integer.class).isEqualTo(items);
        assertThat(queues).as("some orphans have a likely owner").anySatisfy(q -> assertThat(q.get("reviewer")).isNotNull());
        campaign.path("startAttestationCampaign.queues[*].items[*].owner").entityList(Object.class)
                .satisfies(owners -> assertThat(owners).containsOnlyNulls());
    }

    @Test
    void badCampaignsAndDecisionsAreRefusedNamingTheField() {
        cypher.run(TEN_IDENTITIES, Map.of());
        assertField(graphQl().document(START).variable("input", Map.of("name", "test two scopes",
                "scope", Map.of("provider", "attest-cloud", "everything", true), "dueAt", "2099-01-01T00:00:00Z")).execute(),
                "input.scope");
        assertField(graphQl().document(START).variable("input", Map.of("name", "test in the past",
                "scope", Map.of("provider", "attest-cloud"), "dueAt", "2001-01-01T00:00:00Z")).execute(), "input.dueAt");
        assertField(start(Map.of("provider", "no-such-cloud")), "input.scope");
        String campaignId = start(Map.of("provider", "attest-cloud")).path("startAttestationCampaign.id").entity(String.class).get();
        String item = items("ann@attest.test", campaignId).getFirst();
        assertField(attest(Map.of("attestation", item, "decision", "REASSIGN")), "input.newOwner");
        assertField(attest(Map.of("attestation", item, "decision", "KEEP", "by", "nobody@attest.test")), "input.by");
        GraphQlTester.Response unchanged = attest(Map.of("attestation", item, "decision", "KEEP"));
        unchanged.path("attest.status").entity(String.class).isEqualTo("KEPT"); // the refused decisions changed nothing
    }

    private GraphQlTester.Response start(Map<String, Object> scope) {
        return graphQl().document(START).variable("input", Map.of("name", "test review", "scope", scope,
                "dueAt", "2099-01-01T00:00:00Z")).execute();
    }

    private GraphQlTester.Response attest(Map<String, Object> input) {
        return graphQl().document(ATTEST).variable("input", input).execute();
    }

    private List<String> items(String owner, String campaign) {
        return graphQl().document("""
                query($o: ID, $c: ID) { attestations(owner: $o, campaign: $c) { nodes { id } } }
                """).variable("o", owner).variable("c", campaign).execute()
                .path("attestations.nodes[*].id").entityList(String.class).get();
    }

    private static void assertField(GraphQlTester.Response response, String field) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getExtensions()).containsEntry("field", field)));
    }
}
