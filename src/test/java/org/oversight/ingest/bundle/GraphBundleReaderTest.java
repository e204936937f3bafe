package org.oversight.ingest.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRecord;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;

class GraphBundleReaderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final OffsetDateTime DAY_START = OffsetDateTime.of(2026, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static GraphBatch read(String yaml) {
        return read(DAY, yaml);
    }

    private static GraphBatch read(LocalDate relativeTo, String yaml) {
        GraphBatch.Builder batch = GraphBatch.builder("bundle");
        new GraphBundleReader(relativeTo).read("people.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), batch);
        return batch.build();
    }

    @Test
    void readsNodesAndRelationshipsWithRelativeAndAbsoluteTimes() {
        GraphBatch batch = read("""
                nodes:
                  Human:
                    - {id: ada@example.com, name: Ada, status: LEAVER, leftAt: now-30d}
                  NonHumanIdentity:
                    - {id: "arn:aws:iam::1:role/ci", kind: IAM_ROLE, provider: aws, createdAt: "2024-01-02T03:04:05Z", privileged: true, actions: ["s3:Get*"]}
                relationships:
                  OWNED_BY:
                    - {from: "NonHumanIdentity:arn:aws:iam::1:role/ci", to: "Human:ada@example.com", role: ACCOUNTABLE, source: TAG, confidence: 0.5}
                """);

        assertThat(batch.nodes()).extracting(NodeRecord::label, NodeRecord::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NodeLabel.HUMAN, "ada@example.com"),
                org.assertj.core.groups.Tuple.tuple(NodeLabel.NON_HUMAN_IDENTITY, "arn:aws:iam::1:role/ci"));
        NodeRecord ada = batch.nodes().iterator().next();
        assertThat(ada.properties()).containsEntry("leftAt", DAY_START.minusDays(30)).doesNotContainKey("id");
        NodeRecord role = batch.nodes().stream().skip(1).findFirst().orElseThrow();
        assertThat(role.properties()).containsEntry("createdAt", OffsetDateTime.parse("2024-01-02T03:04:05Z"))
                .containsEntry("privileged", true);
        assertThat(batch.relationships()).singleElement().satisfies(rel -> {
            assertThat(rel.type()).isEqualTo(RelType.OWNED_BY);
            assertThat(rel.from().id()).isEqualTo("arn:aws:iam::1:role/ci");
            assertThat(rel.properties()).containsEntry("confidence", 0.5).containsEntry("source", "TAG");
        });
    }

    @Test
    void relativeDatesCountFromTheGivenDayAndAreRefusedWithoutOne() {
        String yaml = """
                nodes:
                  Human:
                    - {id: a@example.com, status: ACTIVE}
                    - {id: b@example.com, status: LEAVER, leftAt: now-30d}
                  Credential:
                    - {id: "cred:k", expiresAt: now+7d}
                """;
        assertThat(read(yaml).nodes()).extracting(n -> n.properties().get(n.label() == NodeLabel.HUMAN ? "leftAt" : "expiresAt"))
                .containsExactly(null, DAY_START.minusDays(30), DAY_START.plusDays(7));

        assertThatThrownBy(() -> read(null, yaml))
                .isInstanceOf(ImportException.class)
                .hasMessage("people.yaml, nodes.Human[1], field 'leftAt': 'now-30d' is a relative date; give the day it "
                        + "counts from as the import parameter relativeTo, e.g. relativeTo=2026-12-07");
        assertThat(read(null, "nodes: {Human: [{id: a@example.com, leftAt: \"2026-01-02T00:00:00Z\"}]}").nodes())
                .as("absolute dates need no day").hasSize(1);
    }

    @Test
    void namesFileRecordAndFieldOfAWrongEnumValue() {
        assertThatThrownBy(() -> read("""
                nodes:
                  Human:
                    - {id: a@example.com}
                    - {id: b@example.com, status: RETIRED}
                """))
                .isInstanceOf(ImportException.class)
                .hasMessage("people.yaml, nodes.Human[1], field 'status': 'RETIRED' is not one of [ACTIVE, LEAVER, SUSPENDED]")
                .satisfies(e -> assertThat(((ImportException) e).field()).isEqualTo("status"));
    }

    @Test
    void anAiSystemWithSeveralClassesHasTheFirstInTheVocabularysOrderAsItsPrimary() {
        assertThat(read("""
                nodes:
                  AiSystem:
                    - {id: "ai:two", euRiskClasses: [GPAI, HIGH]}
                """).nodes()).singleElement().satisfies(node -> assertThat(node.properties()).containsEntry("euRiskClass", "HIGH"));
        assertThatThrownBy(() -> read("""
                nodes:
                  AiSystem:
                    - {id: "ai:two", euRiskClass: GPAI, euRiskClasses: [GPAI, HIGH]}
                """))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("people.yaml, nodes.AiSystem[0], field 'euRiskClass': 'GPAI' is not the primary class of [GPAI, HIGH]; it is HIGH");
    }

    @Test
    void checksEachValueOfAnEnumeratedList() {
        assertThatThrownBy(() -> read("""
                nodes:
                  AiSystem:
                    - {id: "ai:chat", functions: [INTERACTS_WITH_PEOPLE, MIND_READING]}
                """))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("people.yaml, nodes.AiSystem[0], field 'functions': 'MIND_READING' is not one of [");
    }

    @Test
    void rejectsWhatTheModelDoesNotAllow() {
        assertThatThrownBy(() -> read("nodes: {Person: [{id: x}]}")).hasMessageContaining("nodes.Person")
                .hasMessageContaining("unknown node label");
        assertThatThrownBy(() -> read("nodes: {Human: [{name: x}]}")).hasMessageContaining("nodes.Human[0], field 'id'");
        assertThatThrownBy(() -> read("relationships: {OWNED_BY: [{from: \"Human:a\", to: \"Team:t\", role: ACCOUNTABLE, source: TAG}]}"))
                .hasMessageContaining("OWNED_BY cannot connect Human to Team");
        assertThatThrownBy(() -> read("relationships: {OWNED_BY: [{from: \"Agent:a\", to: \"Team:t\", role: ACCOUNTABLE}]}"))
                .hasMessageContaining("field 'source'");
        assertThatThrownBy(() -> read("relationships: {MEMBER_OF: [{from: \"a@b\", to: \"Team:t\"}]}"))
                .hasMessageContaining("field 'from'");
        assertThatThrownBy(() -> read("nodes: {Team: [{id: t, lead: {name: x}}]}")).hasMessageContaining("field 'lead'");
        assertThatThrownBy(() -> read("nodes: {Team: [{id: t, since: now-3w}]}")).hasMessageContaining("now-<days>d");
    }

    @Test
    void reportsWhereTheYamlBreaks() {
        assertThatThrownBy(() -> read("nodes:\n  Human:\n    - {id: a, name: [unclosed\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("people.yaml: not valid YAML")
                .hasMessageContaining("line");
    }
}
