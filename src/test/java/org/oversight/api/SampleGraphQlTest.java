package org.oversight.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.oversight.sample.SampleFiles;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Reading the sample enterprise through GraphQL over HTTP, checked against the sample files themselves. */
class SampleGraphQlTest extends OversightIntegrationTest {

    @Test
    void inventoryCountsWhatTheSampleFilesHold() {
        GraphQlTester.Response response = graphQl().document("""
                { inventory { humans teams identities aiSystems agents models controls risks credentials
                              aws: identities(provider: "aws") roles: identities(provider: "aws", kind: IAM_ROLE)
                              keys: credentials(kind: ACCESS_KEY) } }
                """).execute();

        response.path("inventory.humans").entity(Integer.class).isEqualTo(SampleFiles.nodes("Human"));
        response.path("inventory.teams").entity(Integer.class).isEqualTo(SampleFiles.nodes("Team"));
        response.path("inventory.identities").entity(Integer.class)
                .isEqualTo(SampleFiles.nodes("NonHumanIdentity") + SampleFiles.nodes("HumanAccount"));
        response.path("inventory.aiSystems").entity(Integer.class).isEqualTo(SampleFiles.nodes("AiSystem"));
        response.path("inventory.agents").entity(Integer.class).isEqualTo(SampleFiles.nodes("Agent"));
        response.path("inventory.models").entity(Integer.class).isEqualTo(SampleFiles.nodes("Model"));
        response.path("inventory.controls").entity(Integer.class).isEqualTo(SampleFiles.nodes("Control"));
        response.path("inventory.risks").entity(Integer.class).isEqualTo(SampleFiles.nodes("Risk"));
        response.path("inventory.credentials").entity(Integer.class).isEqualTo(SampleFiles.nodes("Credential"));
        int aws = response.path("inventory.aws").entity(Integer.class).get();
        int roles = response.path("inventory.roles").entity(Integer.class).get();
        assertThat(aws).isGreaterThan(roles).isPositive();
        assertThat(response.path("inventory.keys").entity(Integer.class).get()).isPositive();
    }

    @Test
    void pagingThroughIdentitiesVisitsEachExactlyOnce() {
        int expected = SampleFiles.nodes("NonHumanIdentity") + SampleFiles.nodes("HumanAccount");
        Set<String> seen = new HashSet<>();
        String after = null;
        int pages = 0;
        boolean more = true;
        while (more) {
            GraphQlTester.Response page = graphQl().document("""
                    query($after: String) { identities(first: 200, after: $after) {
                        totalCount pageInfo { hasNextPage endCursor } nodes { id } } }
                    """).variable("after", after).execute();
            page.path("identities.totalCount").entity(Integer.class).isEqualTo(expected);
            List<String> ids = page.path("identities.nodes[*].id").entityList(String.class).get();
            assertThat(ids).isSorted().allSatisfy(id -> assertThat(seen.add(id)).as("seen once: %s", id).isTrue());
            more = page.path("identities.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("identities.pageInfo.endCursor").entity(String.class).get();
            pages++;
        }
        assertThat(seen).hasSize(expected);
        assertThat(pages).isEqualTo((expected + 199) / 200);
    }

    @Test
    void theOwnerlessFilterFindsThePlantedOrphans() {
        List<String> orphans = SampleFiles.planted("orphaned-identity");
        assertThat(orphans).hasSizeGreaterThanOrEqualTo(20);

        GraphQlTester.Response response = graphQl().document("""
                { identities(first: 500, filter: {ownerless: true}) { totalCount nodes { id owners { role } } } }
                """).execute();

        List<String> ownerless = response.path("identities.nodes[*].id").entityList(String.class).get();
        assertThat(ownerless).containsAll(orphans);
        response.path("identities.nodes[*].owners[*]").entityList(Object.class).hasSize(0);
        GraphQlTester.Response owned = graphQl().document("""
                { inventory { identities } identities(first: 1, filter: {ownerless: false}) { totalCount } }
                """).execute();
        int all = owned.path("inventory.identities").entity(Integer.class).get();
        owned.path("identities.totalCount").entity(Integer.class).isEqualTo(all - ownerless.size());
    }

    @Test
    void nestedFieldsFollowTheGraph() {
        GraphQlTester.Response response = graphQl().document("""
                { node(id: "ai:fraud-detection") { id source ... on AiSystem {
                    euRiskClass agents { id aiSystem { id } }
                    owners { role source owner { __typename ... on Human { id status } } }
                    overseers { id } approvals { approver { id } at } } } }
                """).execute();

        response.path("node.source").entity(String.class).isEqualTo("sample");
        List<String> agents = response.path("node.agents[*].id").entityList(String.class).get();
        assertThat(agents).contains("agent:fraud-transaction-scorer");
        response.path("node.agents[*].aiSystem.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsOnly("ai:fraud-detection"));
        // The sample plants this system's only accountable owner as a leaver.
        List<Map<String, Object>> owners = response.path("node.owners").entityList(Object.class).get().stream()
                .map(o -> SampleGraphQlTest.<Map<String, Object>>cast(o)).toList();
        List<Object> accountableStatuses = owners.stream().filter(o -> "ACCOUNTABLE".equals(o.get("role")))
                .map(o -> ((Map<?, ?>) o.get("owner")).get("status")).map(Object.class::cast).toList();
        assertThat(accountableStatuses).isNotEmpty().containsOnly("LEAVER");
    }

    @Test
    void identitiesShowCredentialsAndOwnersWithProvenance() {
        GraphQlTester.Response response = graphQl().document("""
                { identities(first: 500, filter: {provider: "aws", kind: IAM_USER}) { nodes {
                    id kind provider nonHuman credentials { id kind identity { id } }
                    owners { source role owner { __typename } } } } }
                """).execute();
        List<Map<String, Object>> users = new ArrayList<>();
        response.path("identities.nodes").entityList(Object.class).get().forEach(u -> users.add(cast(u)));
        assertThat(users).isNotEmpty().allSatisfy(u -> {
            assertThat(u.get("kind")).isEqualTo("IAM_USER");
            List<Map<String, Object>> credentials = cast(u.get("credentials"));
            credentials.forEach(c -> assertThat(((Map<?, ?>) c.get("identity")).get("id")).isEqualTo(u.get("id")));
        });
        assertThat(users).anySatisfy(u -> assertThat((List<?>) u.get("credentials")).isNotEmpty());
    }

    @Test
    void searchFindsByNameAndById() {
        graphQl().document("{ search(text: \"kyc document review\", first: 5) { node { id } score } }").execute()
                .path("search[*].node.id").entityList(String.class).contains("ai:kyc-document-review");
        graphQl().document("{ search(text: \"ai:credit-scoring\", first: 3) { node { __typename id } } }").execute()
                .path("search[*].node.id").entityList(String.class).contains("ai:credit-scoring");
        graphQl().document("{ search(text: \"  \") { score } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("field", "text")));
    }

    @Test
    void pageSizeAboveTheCapIsAnError() {
        graphQl().document("{ humans(first: 501) { totalCount } }").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("first: must be between 0 and 500, was 501");
                    assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
                }));
    }

    @Test
    void graphiqlIsServed() {
        http().get().uri("/graphiql?path=/graphql").exchange().expectStatus().isOk();
    }

    @Test
    void migrationsCreatedAKeyPerLabelAndTheSearchIndex() {
        List<String> constraints = cypher.list("SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties "
                + "WHERE properties = ['id'] RETURN labelsOrTypes[0] AS label", Map.of(), r -> r.get("label").asString());
        assertThat(constraints).contains("Human", "Team", "Identity", "Credential", "Group", "Policy", "AiSystem", "Agent",
                "Model", "Dataset", "Vendor", "Control", "Evidence", "Risk", "Framework", "Requirement", "MappingSet",
                "ImportRun", "AuditEvent");
        assertThat(cypher.list("SHOW FULLTEXT INDEXES YIELD name RETURN name", Map.of(), r -> r.get("name").asString()))
                .contains("entity_search");
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
