package org.oversight.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;

/**
 * Coverage assesses only the leaves of a requirement tree, so a crosswalk link that starts or ends on
 * a chapter, article with paragraphs, clause with sub-clauses or Annex A objective never carries
 * coverage. The project's own mapping sets link leaves only, and through them an ISO/IEC 42001
 * control reaches the AI Act's human oversight paragraphs.
 */
class CrosswalkTargetsTest extends OversightIntegrationTest {

    private static final List<String> AUTHORED = List.of("iso42001-to-eu-ai-act", "iso42001-to-nist-csf-2",
            "nist-ai-rmf-to-nist-csf-2", "iso42001-to-co-ai-act", "nist-ai-rmf-to-co-ai-act", "iso42001-to-tx-traiga",
            "nist-ai-rmf-to-tx-traiga");
    private static final String CONTROL = "control:CROSSWALK-TARGETS-TEST";
    private static final String SYSTEM = "ai:crosswalk-targets-test";

    @AfterEach
    void removeTestData() {
        cypher.run("""
                MATCH (n) WHERE n.id IN [$control, $system]
                OPTIONAL MATCH (e:Evidence)-[:EVIDENCES]->(n)
                DETACH DELETE n, e
                """, Map.of("control", CONTROL, "system", SYSTEM));
    }

    @Test
    void theAuthoredMappingSetsAreTheProjectsOwn() {
        List<String> sets = cypher.list("""
                MATCH (s:MappingSet) WHERE s.provider = 'Oversight project' RETURN s.id AS id ORDER BY id
                """, Map.of(), r -> r.get("id").asString());
        assertThat(sets).containsExactlyInAnyOrderElementsOf(AUTHORED);
        for (String set : AUTHORED) {
            assertThat(cypher.first("""
                    MATCH (s:MappingSet {id: $set}) RETURN s.method AS method, s.status AS status
                    """, Map.of("set", set), r -> r.get("method").asString() + " " + r.get("status").asString()))
                    .as(set).contains("HUMAN DRAFT");
        }
    }

    @Test
    void noAuthoredLinkTouchesARequirementThatHasChildrenOrBindsAPublicBody() {
        long links = cypher.first("MATCH ()-[m:MAPS_TO]->() WHERE m.mappingSet IN $sets RETURN count(m) AS c",
                Map.of("sets", AUTHORED), r -> r.get("c").asLong()).orElseThrow();
        assertThat(links).as("the authored sets are loaded").isGreaterThan(150);

        List<String> onParents = cypher.list("""
                MATCH (a:Requirement)-[m:MAPS_TO]->(b:Requirement)
                WHERE m.mappingSet IN $sets
                  AND (EXISTS { (:Requirement)-[:PART_OF]->(a) } OR EXISTS { (:Requirement)-[:PART_OF]->(b) })
                RETURN m.mappingSet + ': ' + a.id + ' -> ' + b.id AS link ORDER BY link
                """, Map.of("sets", AUTHORED), r -> r.get("link").asString());
        assertThat(onParents).as("links coverage can never use").isEmpty();

        List<String> onDuties = cypher.list("""
                MATCH (a:Requirement)-[m:MAPS_TO]->(b:Requirement)
                WHERE m.mappingSet IN $sets AND (a.dutyOf IS NOT NULL OR b.dutyOf IS NOT NULL)
                RETURN m.mappingSet + ': ' + a.id + ' -> ' + b.id AS link ORDER BY link
                """, Map.of("sets", AUTHORED), r -> r.get("link").asString());
        assertThat(onDuties).as("duties of public bodies are never assessed").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIsoControlMetWithEvidenceCoversHumanOversightThroughTheCrosswalk() {
        graphQl().document("""
                mutation { upsertAiSystem(input: {id: "%s", name: "Crosswalk targets test", euRiskClass: HIGH, role: PROVIDER}) { id } }
                """.formatted(SYSTEM)).execute().path("upsertAiSystem.id").entity(String.class).isEqualTo(SYSTEM);
        implementedControlWithEvidence(CONTROL, "Oversight requirements in every system specification", "ISO42001:A.6.2.2");

        List<Object> rows = graphQl().document("""
                query($scope: ID) { coverage(framework: "EU_AI_ACT", scope: $scope, asOf: "2028-01-01") {
                    requirements { requirement { id } status
                        why { control { id } evidence relationship contributes
                              steps { kind from to relationship mappingSet derived } } } } }
                """).variable("scope", SYSTEM).execute()
                .path("coverage.requirements[?(@.requirement.id == 'EU_AI_ACT:Art.14(1)')]").entityList(Object.class).get();
        assertThat(rows).as("Art.14(1) is assessed for a high-risk provider once it applies").hasSize(1);
        Map<String, Object> oversight = (Map<String, Object>) rows.getFirst();
        assertThat(oversight.get("status")).isIn("FULL", "PARTIAL");

        List<Map<String, Object>> ours = ((List<Map<String, Object>>) oversight.get("why")).stream()
                .filter(path -> CONTROL.equals(((Map<?, ?>) path.get("control")).get("id"))).toList();
        assertThat(ours).as("the test control's path to Art.14(1)").singleElement().satisfies(path -> {
            assertThat(path.get("evidence")).isEqualTo("IN_DATE");
            assertThat(path.get("relationship")).isEqualTo("INTERSECTS_WITH");
            assertThat(path.get("contributes")).isEqualTo("PARTIAL");
            List<Map<String, Object>> steps = (List<Map<String, Object>>) path.get("steps");
            assertThat(steps).hasSize(2);
            assertThat(steps.get(0)).containsEntry("kind", "SATISFIES").containsEntry("from", CONTROL)
                    .containsEntry("to", "ISO42001:A.6.2.2");
            assertThat(steps.get(1)).containsEntry("kind", "MAPS_TO").containsEntry("from", "ISO42001:A.6.2.2")
                    .containsEntry("to", "EU_AI_ACT:Art.14(1)").containsEntry("mappingSet", "iso42001-to-eu-ai-act")
                    .containsEntry("relationship", "INTERSECTS_WITH").containsEntry("derived", false);
        });
    }
}
