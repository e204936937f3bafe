package org.oversight.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Users' own crosswalks through the import API: the documented CSV and the OSCAL mapping model. */
class CrosswalkImportTest extends OversightIntegrationTest {

    private static final String CSV = """
            from,to,relationship,rationale,strength,justification
            ISO42001:A.3.2,NIST_CSF_2:GV.RR-01,INTERSECTS_WITH,SEMANTIC,6,"Roles for AI, roles for cyber risk"
            ISO42001:A.6.2.8,NIST_CSF_2:PR.PS-04,superset_of,FUNCTIONAL,7,Event logs of AI systems
            """;

    @AfterEach
    void removeTestSets() {
        cypher.run("MATCH ()-[m:MAPS_TO]->() WHERE m.mappingSet STARTS WITH 'test-' DELETE m", Map.of());
        cypher.run("MATCH (s:MappingSet) WHERE s.id STARTS WITH 'test-' DETACH DELETE s", Map.of());
        cypher.run("MATCH (r:ImportRun) WHERE r.source IN ['crosswalk-csv', 'oscal-mapping'] DELETE r", Map.of());
    }

    private WebTestClient.ResponseSpec post(String query, String body) {
        return http().post().uri("/api/imports/" + query).contentType(MediaType.TEXT_PLAIN)
                .bodyValue(body.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    private long links(String set) {
        return cypher.first("MATCH ()-[m:MAPS_TO {mappingSet: $set}]->() RETURN count(m) AS c", Map.of("set", set),
                r -> r.get("c").asLong()).orElseThrow();
    }

    @Test
    void aCsvCrosswalkBecomesATypedMappingSet() {
        post("crosswalk-csv?set=test-iso-csf&from=ISO42001&to=NIST_CSF_2&provider=Example%20GRC&filename=links.csv", CSV)
                .expectStatus().isOk().expectBody()
                .jsonPath("$.nodes.MappingSet.created").isEqualTo(1)
                .jsonPath("$.relationships.MAPS_TO.created").isEqualTo(2)
                .jsonPath("$.warnings").isEmpty();
        graphQl().document("{ requirement(id: \"NIST_CSF_2:PR.PS-04\") { mappings { to { id } relationship derived mappingSet { id provider } } } }")
                .execute().path("requirement.mappings[?(@.mappingSet.id == 'test-iso-csf')].relationship")
                .entityList(String.class).containsExactly("SUBSET_OF");
        // A new version of the set replaces the old one: the dropped link goes.
        post("crosswalk-csv?set=test-iso-csf&from=ISO42001&to=NIST_CSF_2&provider=Example%20GRC",
                CSV.substring(0, CSV.lastIndexOf("ISO42001:A.6.2.8"))).expectStatus().isOk().expectBody()
                .jsonPath("$.relationships.MAPS_TO.removed").isEqualTo(1);
        assertThat(links("test-iso-csf")).isEqualTo(1);
    }

    @Test
    void aMalformedCrosswalkIsRefusedWithLineAndColumnAndWritesNothing() {
        String bad = CSV.replace("superset_of", "CONTAINS");
        post("crosswalk-csv?set=test-bad&from=ISO42001&to=NIST_CSF_2&provider=x&filename=bad.csv", bad)
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.file").isEqualTo("bad.csv")
                .jsonPath("$.record").isEqualTo("line 3, column 3")
                .jsonPath("$.field").isEqualTo("relationship");
        post("crosswalk-csv?set=test-bad&from=ISO42001&to=NIST_CSF_2&provider=x&filename=bad.csv",
                CSV.replace(",6,", ",11,")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.record").isEqualTo("line 2, column 5");
        post("crosswalk-csv?set=test-bad&from=ISO42001&to=NIST_CSF_2&provider=x&filename=bad.csv",
                CSV.replace("NIST_CSF_2:GV.RR-01", "EU_AI_ACT:Art.4")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.field").isEqualTo("to");
        assertThat(links("test-bad")).isZero();
        assertThat(cypher.first("MATCH (s:MappingSet {id: 'test-bad'}) RETURN count(s) AS c", Map.of(),
                r -> r.get("c").asLong())).contains(0L);
    }

    @Test
    void anOscalMappingCollectionIsRead() {
        String oscal = """
                {"mapping-collection": {"uuid": "0f0e4b9c-1111-4a4e-9a43-0123456789ab",
                  "metadata": {"title": "Example AI RMF to CSF mapping", "version": "1", "oscal-version": "1.1.3"},
                  "mappings": [{"uuid": "a1", "source-resource": {"type": "catalog", "href": "#rmf"},
                    "target-resource": {"type": "catalog", "href": "#csf"},
                    "maps": [
                      {"uuid": "m1", "relationship": "subset-of", "sources": [{"type": "control", "id-ref": "GOVERN 2.1"}],
                       "targets": [{"type": "control", "id-ref": "GV.RR-02"}, {"type": "control", "id-ref": "GV.RR-01"}]},
                      {"uuid": "m2", "relationship": "intersects-with", "sources": [{"type": "control", "id-ref": "MANAGE 4.3"}],
                       "targets": [{"type": "control", "id-ref": "RS.CO-02"}], "remarks": "Incident communication"}]}]}}
                """;
        http().post().uri("/api/imports/oscal-mapping?from=NIST_AI_RMF&to=NIST_CSF_2&set=test-oscal&filename=mapping.json")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(oscal.getBytes(StandardCharsets.UTF_8)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.relationships.MAPS_TO.created").isEqualTo(3);
        assertThat(links("test-oscal")).isEqualTo(3);
        http().post().uri("/api/imports/oscal-mapping?from=NIST_AI_RMF&to=NIST_CSF_2&set=test-oscal")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(oscal.replace("subset-of", "sort-of").getBytes(StandardCharsets.UTF_8))
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.record").isEqualTo("mappings[0].maps[0]");
    }
}
