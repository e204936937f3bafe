package org.oversight.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.graphql.test.tester.GraphQlTester;

/** {@code accountabilityChain} over HTTP: a complete chain on the sample, and every break on a small graph of its own. */
class AccountabilityChainGraphQlTest extends OversightIntegrationTest {

    private static final String CHAIN = """
            query($subject: ID!) { accountabilityChain(subject: $subject) {
              status reason brokenAt { id } accountable { id } approver { id }
              hops { node { id } relationship direction from role source }
              chains { status accountable { id } approver { id } hops { node { id } } } } }
            """;

    /** People and teams the chains below end at; all removed after each test. */
    private static final String PEOPLE = """
            CREATE (ann:Human {id: 'ann@chains.test', status: 'ACTIVE', fixture: 'chains'})
            CREATE (bob:Human {id: 'bob@chains.test', status: 'ACTIVE', fixture: 'chains'})
            CREATE (lee:Human {id: 'lee@chains.test', status: 'LEAVER', leftAt: datetime() - duration('P12D'), fixture: 'chains'})
            CREATE (sam:Human {id: 'sam@chains.test', status: 'SUSPENDED', fixture: 'chains'})
            CREATE (squad:Team {id: 'team:chains-squad', fixture: 'chains'})-[:LED_BY]->(ann)
            CREATE (empty:Team {id: 'team:chains-empty', fixture: 'chains'})
            """;

    @AfterEach
    void removeFixtures() {
        cypher.run("MATCH (n {fixture: 'chains'}) DETACH DELETE n", Map.of());
    }

    @Test
    void aCredentialOfAnAgentsIdentityWalksToItsAccountableHumanAndApprover() {
        GraphQlTester.Response response = chain("cred:papyrus-vision-api-key");

        response.path("accountabilityChain.status").entity(String.class).isEqualTo("COMPLETE");
        response.path("accountabilityChain.hops[*].node.id").entityList(String.class).containsExactly(
                "cred:papyrus-vision-api-key", "entra:eb341e8a-5498-4cd5-9f02-c5d7d5063943", "agent:kyc-document-extractor",
                "ai:kyc-document-review", "grace.whitfield@kestrel.example", "priya.raghunathan@kestrel.example");
        response.path("accountabilityChain.hops[*].relationship").entityList(String.class)
                .containsExactly(null, "HAS_CREDENTIAL", "ACTS_AS", "PART_OF", "OWNED_BY", "APPROVED_BY");
        response.path("accountabilityChain.hops[1].direction").entity(String.class).isEqualTo("IN");
        response.path("accountabilityChain.hops[4].role").entity(String.class).isEqualTo("ACCOUNTABLE");
        response.path("accountabilityChain.accountable.id").entity(String.class).isEqualTo("grace.whitfield@kestrel.example");
        response.path("accountabilityChain.approver.id").entity(String.class).isEqualTo("priya.raghunathan@kestrel.example");
    }

    @Test
    void theSamplesPlantedProblemsBreakTheirChains() {
        assertBreak("k8s:prod-eu-1:risk-prod:fraud-scorer:token:fraud-scorer-token-k7x2q", "OWNER_LEFT", "yusuf.demir@kestrel.example");
        assertBreak("ai:code-assistant", "NO_OWNER", "ai:code-assistant");
        assertBreak("ai:customer-support-assistant", "APPROVER_IS_OWNER", "elena.moravec@kestrel.example");
        assertBreak("arn:aws:iam::111122223333:role/temp-admin-migration", "NO_AGENT",
                "arn:aws:iam::111122223333:role/temp-admin-migration");
    }

    @Test
    void everyBreakNamesTheHopWhereItBreaks() {
        cypher.run(PEOPLE + """
                CREATE (:Credential {id: 'test:loose-key', status: 'ACTIVE', fixture: 'chains'})
                CREATE (:Identity:NonHumanIdentity {id: 'test:lone-role', fixture: 'chains'})
                CREATE (:Agent {id: 'test:stray-agent', fixture: 'chains'})
                CREATE (:AiSystem {id: 'test:unowned-system', fixture: 'chains'})
                CREATE (:AiSystem {id: 'test:left-system', fixture: 'chains'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(lee)
                CREATE (:AiSystem {id: 'test:suspended-system', fixture: 'chains'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(sam)
                CREATE (:AiSystem {id: 'test:empty-team-system', fixture: 'chains'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(empty)
                CREATE (:AiSystem {id: 'test:unapproved', fixture: 'chains'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(ann)
                CREATE (self:AiSystem {id: 'test:self-approved', fixture: 'chains'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(squad)
                CREATE (self)-[:APPROVED_BY {at: datetime() - duration('P5D')}]->(ann)
                CREATE (gone:AiSystem {id: 'test:approver-gone', fixture: 'chains'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(ann)
                CREATE (gone)-[:APPROVED_BY {at: datetime() - duration('P50D')}]->(lee)
                """, Map.of());

        assertBreak("test:loose-key", "NO_IDENTITY", "test:loose-key");
        assertBreak("test:lone-role", "NO_AGENT", "test:lone-role");
        assertBreak("test:stray-agent", "NO_AI_SYSTEM", "test:stray-agent");
        assertBreak("test:unowned-system", "NO_OWNER", "test:unowned-system");
        assertBreak("test:left-system", "OWNER_LEFT", "lee@chains.test");
        assertBreak("test:suspended-system", "OWNER_INACTIVE", "sam@chains.test");
        assertBreak("test:empty-team-system", "NO_HUMAN", "team:chains-empty");
        assertBreak("test:unapproved", "NO_APPROVER", "test:unapproved");
        assertBreak("test:self-approved", "APPROVER_IS_OWNER", "ann@chains.test");
        assertBreak("test:approver-gone", "APPROVER_LEFT", "lee@chains.test");
    }

    @Test
    void aTeamOwnerResolvesToItsLeadAndAnIdentityWithoutAgentEndsAtItsOwner() {
        cypher.run(PEOPLE + """
                CREATE (system:AiSystem {id: 'test:team-system', fixture: 'chains'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(squad)
                CREATE (system)-[:APPROVED_BY {at: datetime() - duration('P5D')}]->(bob)
                CREATE (:Identity:NonHumanIdentity {id: 'test:owned-role', fixture: 'chains'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(bob)
                """, Map.of());

        GraphQlTester.Response team = chain("test:team-system");
        team.path("accountabilityChain.status").entity(String.class).isEqualTo("COMPLETE");
        team.path("accountabilityChain.hops[*].relationship").entityList(String.class)
                .containsExactly(null, "OWNED_BY", "LED_BY", "APPROVED_BY");
        team.path("accountabilityChain.accountable.id").entity(String.class).isEqualTo("ann@chains.test");
        team.path("accountabilityChain.approver.id").entity(String.class).isEqualTo("bob@chains.test");

        GraphQlTester.Response identity = chain("test:owned-role");
        identity.path("accountabilityChain.status").entity(String.class).isEqualTo("COMPLETE");
        identity.path("accountabilityChain.accountable.id").entity(String.class).isEqualTo("bob@chains.test");
        identity.path("accountabilityChain.approver").valueIsNull();
    }

    @Test
    void anIdentityUsedByTwoAgentsHasOneChainPerPathAndTheBrokenOneLeads() {
        cypher.run(PEOPLE + """
                CREATE (role:Identity:NonHumanIdentity {id: 'test:shared-role', fixture: 'chains'})
                CREATE (good:AiSystem {id: 'test:good-system', fixture: 'chains'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(ann)
                CREATE (good)-[:APPROVED_BY {at: datetime() - duration('P5D')}]->(bob)
                CREATE (bad:AiSystem {id: 'test:abandoned-system', fixture: 'chains'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(lee)
                CREATE (:Agent {id: 'test:agent-a', fixture: 'chains'})-[:ACTS_AS]->(role)
                CREATE (:Agent {id: 'test:agent-b', fixture: 'chains'})-[:ACTS_AS]->(role)
                MERGE (a:Agent {id: 'test:agent-a'}) MERGE (a)-[:PART_OF]->(good)
                MERGE (b:Agent {id: 'test:agent-b'}) MERGE (b)-[:PART_OF]->(bad)
                """, Map.of());

        GraphQlTester.Response response = chain("test:shared-role");

        response.path("accountabilityChain.status").entity(String.class).isEqualTo("OWNER_LEFT");
        response.path("accountabilityChain.chains[*].status").entityList(String.class).containsExactly("OWNER_LEFT", "COMPLETE");
        response.path("accountabilityChain.chains[1].accountable.id").entity(String.class).isEqualTo("ann@chains.test");
        response.path("accountabilityChain.chains[0].hops[*].node.id").entityList(String.class)
                .containsExactly("test:shared-role", "test:agent-b", "test:abandoned-system", "lee@chains.test");
    }

    @Test
    void aSubjectThatIsNoChainSubjectIsRefusedNamingTheArgument() {
        chain("team:platform").errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("field", "subject")));
    }

    private void assertBreak(String subject, String status, String brokenAt) {
        GraphQlTester.Response response = chain(subject);
        response.path("accountabilityChain.status").entity(String.class).isEqualTo(status);
        response.path("accountabilityChain.brokenAt.id").entity(String.class).isEqualTo(brokenAt);
        response.path("accountabilityChain.reason").entity(String.class).satisfies(reason -> assertThat(reason).isNotBlank());
        List<String> hops = response.path("accountabilityChain.hops[*].node.id").entityList(String.class).get();
        assertThat(hops.getFirst()).isEqualTo(subject);
        assertThat(hops).as("the chain ends where it breaks").contains(brokenAt);
    }

    private GraphQlTester.Response chain(String subject) {
        return graphQl().document(CHAIN).variable("subject", subject).execute();
    }
}
