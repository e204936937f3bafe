package org.oversight.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;

/**
 * Each rule on a small graph of its own, beside the sample: the subjects it must find and the near
 * misses it must leave alone. Fixture nodes carry {@code fixture: 'rules'} and are removed after
 * each test, so the sample's findings stay as planted.
 */
class RulesOnSmallGraphsTest extends OversightIntegrationTest {

    private static final String PEOPLE = """
            CREATE (ann:Human {id: 'ann@rules.test', status: 'ACTIVE', fixture: 'rules'})
            CREATE (bob:Human {id: 'bob@rules.test', status: 'ACTIVE', fixture: 'rules'})
            CREATE (lee:Human {id: 'lee@rules.test', status: 'LEAVER', leftAt: datetime() - duration('P30D'), fixture: 'rules'})
            CREATE (sam:Human {id: 'sam@rules.test', status: 'SUSPENDED', fixture: 'rules'})
            CREATE (active:Team {id: 'team:rules-active', fixture: 'rules'})<-[:MEMBER_OF]-(ann)
            CREATE (gone:Team {id: 'team:rules-gone', fixture: 'rules'})-[:LED_BY]->(lee)
            CREATE (empty:Team {id: 'team:rules-empty', fixture: 'rules'})
            CREATE (led:Team {id: 'team:rules-led', fixture: 'rules'})-[:LED_BY]->(bob)
            """;

    @AfterEach
    void removeFixtures() {
        cypher.run("MATCH (n {fixture: 'rules'}) DETACH DELETE n", Map.of());
    }

    @Test
    void orphanedIdentity() {
        assertRule("orphaned-identity", """
                CREATE (:Identity:NonHumanIdentity {id: 'test:nobody', status: 'ACTIVE', fixture: 'rules'})
                CREATE (:Identity:NonHumanIdentity {id: 'test:responsible-only', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'RESPONSIBLE', source: 'TAG'}]->(ann)
                CREATE (:Identity:NonHumanIdentity {id: 'test:empty-team', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(empty)
                CREATE (:Identity:NonHumanIdentity {id: 'test:suspended', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(sam)
                CREATE (:Identity:NonHumanIdentity {id: 'test:owned', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(ann)
                CREATE (:Identity:NonHumanIdentity {id: 'test:team-owned', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(active)
                CREATE (:Identity:NonHumanIdentity {id: 'test:lead-owned', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(led)
                CREATE (:Identity:NonHumanIdentity {id: 'test:leaver-owned', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(lee)
                CREATE (:Identity:NonHumanIdentity {id: 'test:service-linked', status: 'ACTIVE', serviceLinked: true, fixture: 'rules'})
                CREATE (:Identity:NonHumanIdentity {id: 'test:microsoft', status: 'ACTIVE', appOwnerOrganizationId: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a', fixture: 'rules'})
                CREATE (:Identity:NonHumanIdentity {id: 'test:deleted', status: 'DELETED', fixture: 'rules'})
                CREATE (:Identity:NonHumanIdentity {id: 'test:gone-from-source', status: 'ACTIVE', staleSince: datetime(), fixture: 'rules'})
                CREATE (:Identity:HumanAccount {id: 'test:a-person', status: 'ACTIVE', fixture: 'rules'})
                CREATE (:Identity:NonHumanIdentity {id: 'test:tag-names-a-stranger', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(:Human {id: 'stranger@rules.test', fixture: 'rules'})
                """, "test:nobody", "test:responsible-only", "test:empty-team", "test:suspended", "test:tag-names-a-stranger");
    }

    @Test
    void privilegedIdentityWithoutOwner() {
        assertRule("privileged-identity-without-owner", """
                CREATE (:Identity:NonHumanIdentity {id: 'test:admin', privileged: true, status: 'ACTIVE', fixture: 'rules'})
                CREATE (:Identity:NonHumanIdentity {id: 'test:admin-with-technical', privileged: true, status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'TECHNICAL', source: 'INFERRED'}]->(ann)
                CREATE (:Identity:NonHumanIdentity {id: 'test:reader', privileged: false, status: 'ACTIVE', fixture: 'rules'})
                CREATE (:Identity:NonHumanIdentity {id: 'test:aws-admin-role', privileged: true, serviceLinked: true, status: 'ACTIVE', fixture: 'rules'})
                """, "test:admin");
    }

    @Test
    void ownerLeft() {
        assertRule("owner-left", """
                CREATE (:Identity:NonHumanIdentity {id: 'test:left', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(lee)
                CREATE (:Credential {id: 'test:key-left', status: 'ACTIVE', kind: 'API_KEY', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'CREATOR'}]->(lee)
                CREATE (:Identity:NonHumanIdentity {id: 'test:team-gone', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(gone)
                CREATE (:Credential {id: 'test:inactive-key', status: 'INACTIVE', kind: 'ACCESS_KEY', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(lee)
                CREATE (half:Identity:NonHumanIdentity {id: 'test:half-left', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(lee)
                CREATE (half)-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(ann)
                CREATE (:AiSystem {id: 'test:retired', lifecycle: 'RETIRED', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(lee)
                CREATE (:Identity:NonHumanIdentity {id: 'test:responsible-left', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'RESPONSIBLE', source: 'TAG'}]->(lee)
                CREATE (:AiSystem {id: 'test:no-lifecycle', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(lee)
                """, "test:left", "test:key-left", "test:team-gone", "test:no-lifecycle");
    }

    @Test
    void dormantPrivilegedIdentity() {
        assertRule("dormant-privileged-identity", """
                CREATE (:Identity:NonHumanIdentity {id: 'test:idle-admin', privileged: true, status: 'ACTIVE', lastUsedAt: datetime() - duration('P120D'), fixture: 'rules'})
                CREATE (:Identity:NonHumanIdentity {id: 'test:never-used-admin', privileged: true, status: 'ACTIVE', createdAt: datetime() - duration('P200D'), fixture: 'rules'})
                CREATE (:Identity:NonHumanIdentity {id: 'test:busy-admin', privileged: true, status: 'ACTIVE', lastUsedAt: datetime() - duration('P10D'), fixture: 'rules'})
                CREATE (:Identity:NonHumanIdentity {id: 'test:new-admin', privileged: true, status: 'ACTIVE', createdAt: datetime() - duration('P10D'), fixture: 'rules'})
                CREATE (:Identity:NonHumanIdentity {id: 'test:idle-reader', privileged: false, status: 'ACTIVE', lastUsedAt: datetime() - duration('P300D'), fixture: 'rules'})
                CREATE (:Identity:NonHumanIdentity {id: 'test:disabled-admin', privileged: true, status: 'DISABLED', lastUsedAt: datetime() - duration('P300D'), fixture: 'rules'})
                """, "test:idle-admin", "test:never-used-admin");
    }

    @Test
    void staleCredential() {
        assertRule("stale-credential", """
                CREATE (:Credential {id: 'test:old-key', kind: 'ACCESS_KEY', status: 'ACTIVE', createdAt: datetime() - duration('P100D'), fixture: 'rules'})
                CREATE (:Credential {id: 'test:rotated-key', kind: 'ACCESS_KEY', status: 'ACTIVE', createdAt: datetime() - duration('P300D'), lastRotatedAt: datetime() - duration('P10D'), fixture: 'rules'})
                CREATE (:Credential {id: 'test:old-federated', kind: 'FEDERATED', status: 'ACTIVE', createdAt: datetime() - duration('P300D'), fixture: 'rules'})
                CREATE (:Credential {id: 'test:old-password', kind: 'PASSWORD', status: 'ACTIVE', createdAt: datetime() - duration('P300D'), fixture: 'rules'})
                CREATE (:Credential {id: 'test:old-inactive-key', kind: 'ACCESS_KEY', status: 'INACTIVE', createdAt: datetime() - duration('P300D'), fixture: 'rules'})
                CREATE (:Credential {id: 'test:old-unstated-secret', kind: 'CLIENT_SECRET', createdAt: datetime() - duration('P300D'), expiresAt: datetime() + duration('P30D'), fixture: 'rules'})
                CREATE (:Credential {id: 'test:old-unstated-expired-secret', kind: 'CLIENT_SECRET', createdAt: datetime() - duration('P300D'), expiresAt: datetime() - duration('P1D'), fixture: 'rules'})
                """, "test:old-key", "test:old-unstated-secret");
    }

    @Test
    void nonExpiringSecret() {
        assertRule("non-expiring-secret", """
                CREATE (:Credential {id: 'test:forever-secret', kind: 'CLIENT_SECRET', status: 'ACTIVE', fixture: 'rules'})
                CREATE (:Credential {id: 'test:forever-token', kind: 'TOKEN', status: 'ACTIVE', fixture: 'rules'})
                CREATE (:Credential {id: 'test:expiring-key', kind: 'API_KEY', status: 'ACTIVE', expiresAt: datetime() + duration('P30D'), fixture: 'rules'})
                CREATE (:Credential {id: 'test:access-key', kind: 'ACCESS_KEY', status: 'ACTIVE', fixture: 'rules'})
                CREATE (:Credential {id: 'test:revoked-token', kind: 'TOKEN', status: 'REVOKED', fixture: 'rules'})
                CREATE (:Credential {id: 'test:unstated-forever-secret', kind: 'CLIENT_SECRET', fixture: 'rules'})
                """, "test:forever-secret", "test:forever-token", "test:unstated-forever-secret");
    }

    @Test
    void expiredActiveCredential() {
        assertRule("expired-active-credential", """
                CREATE (:Credential {id: 'test:expired-active', kind: 'CLIENT_SECRET', status: 'ACTIVE', expiresAt: datetime() - duration('P3D'), fixture: 'rules'})
                CREATE (:Credential {id: 'test:valid', kind: 'CLIENT_SECRET', status: 'ACTIVE', expiresAt: datetime() + duration('P10D'), fixture: 'rules'})
                CREATE (:Credential {id: 'test:expired-expired', kind: 'CLIENT_SECRET', status: 'EXPIRED', expiresAt: datetime() - duration('P3D'), fixture: 'rules'})
                // no stated status (Entra): past its end date it reads EXPIRED, which is no contradiction
                CREATE (:Credential {id: 'test:expired-unstated', kind: 'CLIENT_SECRET', expiresAt: datetime() - duration('P3D'), fixture: 'rules'})
                """, "test:expired-active");
    }

    @Test
    void unusedCredential() {
        assertRule("unused-credential", """
                CREATE (:Credential {id: 'test:idle', kind: 'ACCESS_KEY', status: 'ACTIVE', createdAt: datetime() - duration('P200D'), lastUsedAt: datetime() - duration('P100D'), fixture: 'rules'})
                CREATE (:Credential {id: 'test:never-used', kind: 'TOKEN', status: 'ACTIVE', createdAt: datetime() - duration('P120D'), fixture: 'rules'})
                CREATE (:Credential {id: 'test:in-use', kind: 'ACCESS_KEY', status: 'ACTIVE', createdAt: datetime() - duration('P200D'), lastUsedAt: datetime() - duration('P5D'), fixture: 'rules'})
                CREATE (:Credential {id: 'test:new', kind: 'TOKEN', status: 'ACTIVE', createdAt: datetime() - duration('P10D'), fixture: 'rules'})
                CREATE (:Credential {id: 'test:federated', kind: 'FEDERATED', status: 'ACTIVE', createdAt: datetime() - duration('P300D'), fixture: 'rules'})
                """, "test:idle", "test:never-used");
    }

    @Test
    void aiSystemWithoutAccountableOwner() {
        assertRule("ai-system-without-accountable-owner", """
                CREATE (:AiSystem {id: 'test:responsible-only', lifecycle: 'PRODUCTION', fixture: 'rules'})-[:OWNED_BY {role: 'RESPONSIBLE', source: 'INFERRED'}]->(active)
                CREATE (:AiSystem {id: 'test:suspended-owner', lifecycle: 'PRODUCTION', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(sam)
                CREATE (:AiSystem {id: 'test:owned', lifecycle: 'PRODUCTION', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(ann)
                CREATE (:AiSystem {id: 'test:retired', lifecycle: 'RETIRED', fixture: 'rules'})
                CREATE (:AiSystem {id: 'test:owner-left', lifecycle: 'PRODUCTION', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(lee)
                """, "test:responsible-only", "test:suspended-owner");
    }

    @Test
    void agentWithoutOwner() {
        assertRule("agent-without-owner", """
                CREATE (:Agent {id: 'test:unowned-agent', fixture: 'rules'})
                CREATE (:Agent {id: 'test:technical-agent', fixture: 'rules'})-[:OWNED_BY {role: 'TECHNICAL', source: 'INFERRED'}]->(active)
                """, "test:unowned-agent");
    }

    @Test
    void agentWithoutIdentity() {
        assertRule("agent-without-identity", """
                CREATE (:Agent {id: 'test:hostless', fixture: 'rules'})
                CREATE (:Agent {id: 'test:with-identity', fixture: 'rules'})-[:ACTS_AS]->(:Identity:NonHumanIdentity {id: 'test:agent-identity', fixture: 'rules'})
                """, "test:hostless");
    }

    @Test
    void agentOnBehalfOfLeaver() {
        assertRule("agent-on-behalf-of-leaver", """
                CREATE (:Agent {id: 'test:delegated-by-leaver', fixture: 'rules'})-[:ACTS_ON_BEHALF_OF]->(lee)
                CREATE (:Agent {id: 'test:delegated-by-ann', fixture: 'rules'})-[:ACTS_ON_BEHALF_OF]->(ann)
                """, "test:delegated-by-leaver");
    }

    @Test
    void highRiskWithoutOversight() {
        assertRule("high-risk-without-oversight", """
                CREATE (:AiSystem {id: 'test:unwatched', euRiskClass: 'HIGH', lifecycle: 'PRODUCTION', fixture: 'rules'})
                CREATE (:AiSystem {id: 'test:watched-by-leaver', euRiskClass: 'HIGH', lifecycle: 'PRODUCTION', fixture: 'rules'})-[:OVERSEEN_BY]->(lee)
                CREATE (:AiSystem {id: 'test:watched', euRiskClass: 'HIGH', lifecycle: 'PRODUCTION', fixture: 'rules'})-[:OVERSEEN_BY]->(ann)
                CREATE (:AiSystem {id: 'test:in-development', euRiskClass: 'HIGH', lifecycle: 'DEVELOPMENT', fixture: 'rules'})
                CREATE (:AiSystem {id: 'test:limited', euRiskClass: 'LIMITED', lifecycle: 'PRODUCTION', fixture: 'rules'})
                """, "test:unwatched", "test:watched-by-leaver");
    }

    @Test
    void selfApprovedAiSystem() {
        assertRule("self-approved-ai-system", """
                CREATE (own:AiSystem {id: 'test:self-approved', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(ann)
                CREATE (own)-[:APPROVED_BY]->(ann)
                CREATE (team:AiSystem {id: 'test:approved-by-lead', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(led)
                CREATE (team)-[:APPROVED_BY]->(bob)
                CREATE (fair:AiSystem {id: 'test:independent', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(ann)
                CREATE (fair)-[:APPROVED_BY]->(bob)
                CREATE (helper:AiSystem {id: 'test:approved-by-responsible', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(ann)
                CREATE (helper)-[:OWNED_BY {role: 'RESPONSIBLE', source: 'DECLARED'}]->(bob)
                CREATE (helper)-[:APPROVED_BY]->(bob)
                """, "test:self-approved", "test:approved-by-lead");
    }

    @Test
    void untreatedRisk() {
        assertRule("untreated-risk", """
                CREATE (:Risk {id: 'test:untreated', status: 'OPEN', fixture: 'rules'})
                CREATE (:Risk {id: 'test:planned-only', status: 'OPEN', fixture: 'rules'})-[:TREATED_BY]->(:Control {id: 'test:planned', status: 'PLANNED', fixture: 'rules'})
                CREATE (:Risk {id: 'test:treated', status: 'TREATED', fixture: 'rules'})-[:TREATED_BY]->(:Control {id: 'test:implemented', status: 'IMPLEMENTED', fixture: 'rules'})
                CREATE (:Risk {id: 'test:accepted', status: 'ACCEPTED', fixture: 'rules'})
                """, "test:untreated", "test:planned-only");
    }

    @Test
    void controlOnlyExpiredEvidence() {
        assertRule("control-only-expired-evidence", """
                CREATE (lapsed:Control {id: 'test:lapsed', status: 'IMPLEMENTED', fixture: 'rules'})
                CREATE (:Evidence {id: 'test:e1', expiresAt: datetime() - duration('P40D'), fixture: 'rules'})-[:EVIDENCES]->(lapsed)
                CREATE (:Evidence {id: 'test:e2', expiresAt: datetime() - duration('P5D'), fixture: 'rules'})-[:EVIDENCES]->(lapsed)
                CREATE (current:Control {id: 'test:current', status: 'IMPLEMENTED', fixture: 'rules'})
                CREATE (:Evidence {id: 'test:e3', expiresAt: datetime() - duration('P40D'), fixture: 'rules'})-[:EVIDENCES]->(current)
                CREATE (:Evidence {id: 'test:e4', expiresAt: datetime() + duration('P40D'), fixture: 'rules'})-[:EVIDENCES]->(current)
                CREATE (planned:Control {id: 'test:planned', status: 'PLANNED', fixture: 'rules'})
                CREATE (:Evidence {id: 'test:e5', expiresAt: datetime() - duration('P40D'), fixture: 'rules'})-[:EVIDENCES]->(planned)
                CREATE (:Control {id: 'test:no-evidence', status: 'IMPLEMENTED', fixture: 'rules'})
                """, "test:lapsed");
    }

    @Test
    void conflictingOwnership() {
        assertRule("conflicting-ownership", """
                CREATE (a:Identity:NonHumanIdentity {id: 'test:disputed', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(ann)
                CREATE (a)-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(bob)
                CREATE (b:Identity:NonHumanIdentity {id: 'test:team-and-member', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(active)
                CREATE (b)-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(ann)
                CREATE (c:Identity:NonHumanIdentity {id: 'test:agreed', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(ann)
                CREATE (c)-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(ann)
                CREATE (d:Identity:NonHumanIdentity {id: 'test:co-declared', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(ann)
                CREATE (d)-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(bob)
                CREATE (e:Identity:NonHumanIdentity {id: 'test:responsible-differs', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'TAG'}]->(ann)
                CREATE (e)-[:OWNED_BY {role: 'RESPONSIBLE', source: 'DECLARED'}]->(bob)
                """, "test:disputed");
    }

    @Test
    void staleInSource() {
        assertRule("stale-in-source", """
                CREATE (:Identity:NonHumanIdentity {id: 'test:gone-but-owned', status: 'ACTIVE', source: 'aws-iam', staleSince: datetime() - duration('P10D'), fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(ann)
                CREATE (:Identity:NonHumanIdentity {id: 'test:gone-with-key', status: 'ACTIVE', staleSince: datetime() - duration('P10D'), fixture: 'rules'})-[:HAS_CREDENTIAL]->(:Credential {id: 'test:live-key', status: 'ACTIVE', fixture: 'rules'})
                CREATE (:Identity:NonHumanIdentity {id: 'test:gone-clean', status: 'ACTIVE', staleSince: datetime() - duration('P10D'), fixture: 'rules'})
                CREATE (:Identity:NonHumanIdentity {id: 'test:present', status: 'ACTIVE', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED'}]->(ann)
                """, "test:gone-but-owned", "test:gone-with-key");
    }

    @Test
    void attestationOverdue() {
        assertRule("attestation-overdue", """
                CREATE (due:AiSystem {id: 'test:due', reviewCadenceDays: 90, lifecycle: 'PRODUCTION', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED', attestedAt: datetime() - duration('P100D')}]->(ann)
                CREATE (:Agent {id: 'test:never-attested-agent', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED', since: datetime() - duration('P200D')}]->(bob)
                MERGE (agent:Agent {id: 'test:never-attested-agent'}) MERGE (agent)-[:PART_OF]->(due)
                CREATE (:AiSystem {id: 'test:fresh', reviewCadenceDays: 90, fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED', attestedAt: datetime() - duration('P10D')}]->(ann)
                CREATE (:AiSystem {id: 'test:no-cadence', fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED', attestedAt: datetime() - duration('P900D')}]->(ann)
                CREATE (:AiSystem {id: 'test:owner-gone', reviewCadenceDays: 30, fixture: 'rules'})-[:OWNED_BY {role: 'ACCOUNTABLE', source: 'DECLARED', attestedAt: datetime() - duration('P100D')}]->(lee)
                """, "test:due", "test:never-attested-agent");
    }

    /** Builds the graph, then checks that among its subjects the rule finds exactly the expected ones. */
    private void assertRule(String rule, String graph, String... expected) {
        cypher.run(PEOPLE + graph, Map.of());
        List<String> subjects = graphQl().document("""
                        query($rule: ID) { unownedRisks(first: 500, filter: {rule: $rule}) { nodes { subject { id } reason } } }
                        """).variable("rule", rule).execute()
                .path("unownedRisks.nodes[*].subject.id").entityList(String.class).get();
        List<String> fixtures = cypher.list("MATCH (n {fixture: 'rules'}) RETURN n.id AS id", Map.of(),
                record -> record.get("id").asString());
        assertThat(subjects.stream().filter(fixtures::contains)).as(rule).containsExactlyInAnyOrder(expected);
    }
}
