package org.oversight.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** The shipped catalogs and crosswalks as the API serves them. */
class CatalogGraphQlTest extends OversightIntegrationTest {

    @Autowired
    CatalogLoader catalogs;

    private int count(String framework, String kind) {
        return graphQl().document("query($id: ID!, $kind: RequirementKind) { framework(id: $id) { requirements(kind: $kind) { id } } }")
                .variable("id", framework).variable("kind", kind).execute()
                .path("framework.requirements").entityList(Object.class).get().size();
    }

    @Test
    void eachFrameworkHasItsPublishedNumberOfRequirements() {
        assertThat(count("ISO42001", "CONTROL")).isEqualTo(38);
        assertThat(count("ISO42001", "OBJECTIVE")).as("A.2 to A.10 and A.6.1, A.6.2").isEqualTo(11);
        assertThat(count("EU_AI_ACT", "ARTICLE")).isEqualTo(113);
        assertThat(count("EU_AI_ACT", "ANNEX")).isEqualTo(13);
        assertThat(count("EU_AI_ACT", "CHAPTER")).isEqualTo(13);
        assertThat(count("NIST_AI_RMF", "FUNCTION")).isEqualTo(4);
        assertThat(count("NIST_AI_RMF", "CATEGORY")).isEqualTo(19);
        assertThat(count("NIST_AI_RMF", "SUBCATEGORY")).isEqualTo(72);
        assertThat(count("NIST_CSF_2", "FUNCTION")).isEqualTo(6);
        assertThat(count("NIST_CSF_2", "CATEGORY")).isEqualTo(22);
        assertThat(count("NIST_CSF_2", "SUBCATEGORY")).isEqualTo(106);
        graphQl().document("{ inventory { requirements(framework: \"NIST_CSF_2\") } }").execute()
                .path("inventory.requirements").entity(Integer.class).isEqualTo(6 + 22 + 106);
    }

    @Test
    void aRequirementKnowsItsTreeAndItsLinksInBothDirections() {
        GraphQlTester.Response response = graphQl().document("""
                { requirement(id: "ISO42001:A.6.2.8") { ref title kind framework { id }
                    parent { id parent { id } } children { id }
                    mappings { to { id } relationship derived mappingSet { id provider method } } } }
                """).execute();
        response.path("requirement.framework.id").entity(String.class).isEqualTo("ISO42001");
        response.path("requirement.parent.id").entity(String.class).isEqualTo("ISO42001:A.6.2");
        response.path("requirement.parent.parent.id").entity(String.class).isEqualTo("ISO42001:A.6");
        List<Map<String, Object>> mappings = response.path("requirement.mappings").entityList(Object.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
        // Stored as AI RMF -> ISO: seen from ISO the link is derived.
        assertThat(mappings).anySatisfy(m -> {
            assertThat(((Map<?, ?>) m.get("to")).get("id").toString()).startsWith("NIST_AI_RMF:");
            assertThat(m.get("derived")).isEqualTo(true);
            assertThat(m.get("relationship")).isEqualTo("RELATED");
        });
        // Stored as ISO -> EU AI Act: seen from ISO as stored.
        assertThat(mappings).anySatisfy(m -> {
            assertThat(((Map<?, ?>) m.get("to")).get("id").toString()).startsWith("EU_AI_ACT:Art.12");
            assertThat(m.get("derived")).isEqualTo(false);
        });
    }

    @Test
    void theNistCrosswalkLinksAllSeventyTwoSubcategoriesToIso() {
        GraphQlTester.Response response = graphQl().document("""
                { crosswalk(from: "NIST_AI_RMF", to: "ISO42001") { fromCovered maxDepth
                    links { from { id } to { id } relationship providers path { relationship mappingSet } }
                    indeterminate { from { id } } } }
                """).execute();
        response.path("crosswalk.fromCovered").entity(Integer.class).isEqualTo(72);
        response.path("crosswalk.links[*].relationship").entityList(String.class)
                .satisfies(relationships -> assertThat(relationships).containsOnly("RELATED"));
        response.path("crosswalk.links[0].path[0].mappingSet").entity(String.class).isEqualTo("nist-ai-rmf-to-iso42001");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListedNistCrosswalkSaysWhoWroteItAndFlagsTheRowsToReview() {
        GraphQlTester.Response response = graphQl().document("""
                { flagged: requirement(id: "NIST_AI_RMF:MAP 1.5") { mappings { justification mappingSet { id provider status } } }
                  plain: requirement(id: "NIST_AI_RMF:MAP 1.6") { mappings { justification mappingSet { id } } } }
                """).execute();
        List<Map<String, Object>> flagged = fromListedCrosswalk(response.path("flagged.mappings").entityList(Map.class).get());
        assertThat(flagged).isNotEmpty().allSatisfy(mapping -> {
            Map<String, Object> set = (Map<String, Object>) mapping.get("mappingSet");
            assertThat((String) set.get("provider")).startsWith("Microsoft").contains("not a NIST publication");
            assertThat(set.get("status")).isEqualTo("DRAFT");
            assertThat((String) mapping.get("justification")).startsWith("For review:");
        });
        assertThat(fromListedCrosswalk(response.path("plain.mappings").entityList(Map.class).get()))
                .isNotEmpty().allSatisfy(mapping -> assertThat(mapping.get("justification")).isNull());
    }

    /**
     * ISO controls that cover any AI system and any data are not subsets of a high-risk provider's
     * paragraph: walked backwards, SUBSET_OF made a control meeting the paragraph FULL for the ISO
     * control organisation-wide. And links sit on the article whose addressee they concern.
     */
    @Test
    void isoLinksToTheAiActSayNoMoreThanTheyCanHold() {
        GraphQlTester.Response response = graphQl().document("""
                { preparation: requirement(id: "ISO42001:A.7.6") { mappings { to { id } relationship } }
                  validation: requirement(id: "ISO42001:A.6.2.4") { mappings { to { id } relationship } }
                  allocation: requirement(id: "ISO42001:A.10.2") { mappings { to { id } } }
                  responsibleUse: requirement(id: "ISO42001:A.9.2") { mappings { to { id } } } }
                """).execute();
        response.path("preparation.mappings[?(@.to.id == 'EU_AI_ACT:Art.10(2)')].relationship").entityList(String.class)
                .containsExactly("INTERSECTS_WITH");
        response.path("validation.mappings[?(@.to.id == 'EU_AI_ACT:Art.17(1)')].relationship").entityList(String.class)
                .containsExactly("INTERSECTS_WITH");
        response.path("allocation.mappings[*].to.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).contains("EU_AI_ACT:Art.25").doesNotContain("EU_AI_ACT:Art.16"));
        response.path("responsibleUse.mappings[*].to.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).contains("EU_AI_ACT:Art.26(2)").doesNotContain("EU_AI_ACT:Art.14"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Map<String, Object>> fromListedCrosswalk(List<Map> mappings) {
        return mappings.stream().map(mapping -> (Map<String, Object>) mapping)
                .filter(mapping -> "nist-ai-rmf-to-iso42001".equals(((Map<String, Object>) mapping.get("mappingSet")).get("id")))
                .toList();
    }

    @Test
    void derivedPairsKeepTheirPathAndIndeterminateOnesAreSetApart() {
        GraphQlTester.Response response = graphQl().document("""
                { crosswalk(from: "NIST_CSF_2", to: "EU_AI_ACT", maxDepth: 2) {
                    links { relationship path { from to relationship derived } }
                    indeterminate { relationship path { relationship derived } } } }
                """).execute();
        response.path("crosswalk.links[*].relationship").entityList(String.class)
                .satisfies(relationships -> assertThat(relationships).doesNotContain("INDETERMINATE"));
        // CSF <- ISO (stored ISO -> CSF, inverted) then ISO -> EU: INTERSECTS then INTERSECTS cannot be told.
        response.path("crosswalk.indeterminate").entityList(Object.class).satisfies(list -> assertThat(list).isNotEmpty());
        response.path("crosswalk.indeterminate[0].relationship").entity(String.class).isEqualTo("INDETERMINATE");
        response.path("crosswalk.indeterminate[0].path[0].derived").entity(Boolean.class).isEqualTo(true);
        graphQl().document("{ crosswalk(from: \"ISO42001\", to: \"EU_AI_ACT\", maxDepth: 4) { fromCovered } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("field", "maxDepth")));
    }

    @Test
    void everyRequiredArticleIsLinkedFromIso() {
        List<String> articles = graphQl().document("""
                { crosswalk(from: "ISO42001", to: "EU_AI_ACT") { links { to { id parent { id } } } } }
                """).execute().path("crosswalk.links").entityList(Object.class).get().stream()
                .map(link -> (Map<?, ?>) ((Map<?, ?>) link).get("to"))
                .map(to -> to.get("parent") instanceof Map<?, ?> parent && parent.get("id").toString().startsWith("EU_AI_ACT:Art.")
                        ? parent.get("id").toString() : to.get("id").toString())
                .distinct().toList();
        assertThat(articles).contains("EU_AI_ACT:Art.9", "EU_AI_ACT:Art.10", "EU_AI_ACT:Art.11", "EU_AI_ACT:Art.12",
                "EU_AI_ACT:Art.13", "EU_AI_ACT:Art.14", "EU_AI_ACT:Art.15", "EU_AI_ACT:Art.16", "EU_AI_ACT:Art.17",
                "EU_AI_ACT:Art.26", "EU_AI_ACT:Art.27", "EU_AI_ACT:Art.50", "EU_AI_ACT:Art.72", "EU_AI_ACT:Art.73");
    }

    @Test
    void loadingTheCatalogsAgainChangesNothing() {
        long runs = cypher.first("MATCH (r:ImportRun) RETURN count(r) AS c", Map.of(), r -> r.get("c").asLong()).orElseThrow();
        long requirements = cypher.first("MATCH (r:Requirement) RETURN count(r) AS c", Map.of(), r -> r.get("c").asLong())
                .orElseThrow();

        catalogs.afterPropertiesSet();

        assertThat(cypher.first("MATCH (r:ImportRun) RETURN count(r) AS c", Map.of(), r -> r.get("c").asLong()))
                .as("unchanged files are skipped").contains(runs);
        assertThat(cypher.first("MATCH (r:Requirement) RETURN count(r) AS c", Map.of(), r -> r.get("c").asLong()))
                .contains(requirements);
    }
}
