package org.oversight.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRecord;
import org.oversight.ingest.ImportException;

/** What a catalog may say about applicability, and what its parts inherit. */
class CatalogReaderTest {

    private static final String HEAD = """
            framework: {id: EU_AI_ACT, name: "Test", version: "1"}
            requirements:
              - {ref: "Chapter III", title: "High-risk", kind: CHAPTER, appliesFrom: "2027-12-02", appliesFromAnnexI: "2028-08-02"}
            """;

    private static Map<String, Map<String, Object>> read(String requirements) {
        GraphBatch.Builder batch = GraphBatch.builder("catalog");
        CatalogReader.read("test.yaml", new ByteArrayInputStream((HEAD + requirements).getBytes(StandardCharsets.UTF_8)), batch);
        return batch.build().nodes().stream().filter(node -> node.label() == NodeLabel.REQUIREMENT)
                .collect(Collectors.toMap(NodeRecord::id, NodeRecord::properties));
    }

    @Test
    void partsInheritWhomTheyBindAndFromWhenUnlessTheySayOtherwise() {
        Map<String, Map<String, Object>> nodes = read("""
                  - {ref: "Art.27", title: "FRIA", kind: ARTICLE, parent: "Chapter III", appliesToRoles: [DEPLOYER], appliesWhen: ["PUBLIC_BODY and ANNEX_III_EXCEPT_POINT_2", "ANNEX_III_5B"]}
                  - {ref: "Art.27(1)", title: "Assess", kind: PARAGRAPH, parent: "Art.27"}
                  - {ref: "Art.27(2)", title: "Own date", kind: PARAGRAPH, parent: "Art.27", appliesFrom: "2026-08-02", appliesWhen: ["ANNEX_III_5C"]}
                """);
        assertThat(nodes.get("EU_AI_ACT:Art.27(1)")).containsEntry("appliesFrom", "2027-12-02")
                .containsEntry("appliesFromAnnexI", "2028-08-02")
                .containsEntry("appliesToRoles", java.util.List.of("DEPLOYER"))
                .containsEntry("appliesWhen", java.util.List.of("PUBLIC_BODY and ANNEX_III_EXCEPT_POINT_2", "ANNEX_III_5B"));
        assertThat(nodes.get("EU_AI_ACT:Art.27(2)")).containsEntry("appliesFrom", "2026-08-02")
                .containsEntry("appliesWhen", java.util.List.of("ANNEX_III_5C"));
    }

    @Test
    void unknownConditionsRolesClassesAndDatesAreRefusedNamingTheField() {
        assertRefused("""
                  - {ref: "Art.1", title: "x", kind: ARTICLE, appliesWhen: ["PUBLIC_BODY and SOMETIMES"]}
                """, "appliesWhen", "'PUBLIC_BODY and SOMETIMES' is not conditions from");
        assertRefused("""
                  - {ref: "Art.1", title: "x", kind: ARTICLE, appliesWhen: "PUBLIC_BODY"}
                """, "appliesWhen", "must be a list of alternatives");
        assertRefused("""
                  - {ref: "Art.1", title: "x", kind: ARTICLE, appliesToRoles: [DEVELOPER]}
                """, "appliesToRoles", "'DEVELOPER' is not one of");
        assertRefused("""
                  - {ref: "Art.1", title: "x", kind: ARTICLE, appliesToRiskClasses: [SEVERE]}
                """, "appliesToRiskClasses", "'SEVERE' is not one of");
        assertRefused("""
                  - {ref: "Art.1", title: "x", kind: ARTICLE, appliesFrom: "2 August 2026"}
                """, "appliesFrom", "is not a date yyyy-MM-dd");
        assertRefused("""
                  - {ref: "Art.1", title: "x", kind: ARTICLE, dutyOf: PARLIAMENT}
                """, "dutyOf", "'PARLIAMENT' is not one of");
    }

    private static void assertRefused(String requirement, String field, String problem) {
        assertThatThrownBy(() -> read(requirement)).isInstanceOf(ImportException.class)
                .hasMessageContaining("test.yaml").hasMessageContaining("requirements[1]")
                .hasMessageContaining(field).hasMessageContaining(problem);
    }
}
