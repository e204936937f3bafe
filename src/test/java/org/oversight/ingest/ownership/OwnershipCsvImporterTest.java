package org.oversight.ingest.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.RelRecord;
import org.oversight.graph.ImportWarning;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;

class OwnershipCsvImporterTest {

    private static final Path SHIPPED = Path.of("src/test/resources/ingest/ownership-csv/ownership.csv");

    private final OwnershipCsvImporter importer =
            new OwnershipCsvImporter();

    @TempDir
    Path folder;

    private GraphBatch read(String csv) throws IOException {
        Path file = folder.resolve("owners.csv");
        Files.writeString(file, csv);
        return importer.read(List.of(ImportFile.of(file)), ImportOptions.defaults());
    }

    @Test
    void eachRowIsADeclaredClaimOnTheRightKindOfSubject() {
        GraphBatch batch = importer.read(List.of(ImportFile.of(SHIPPED)), ImportOptions.defaults());

        assertThat(batch.relationships()).hasSize(4).allSatisfy(rel -> {
            assertThat(rel.type()).isEqualTo(RelType.OWNED_BY);
            assertThat(rel.properties()).containsEntry("source", "DECLARED");
        });
        assertThat(batch.relationships()).extracting(rel -> rel.from().label()).containsExactly(
                NodeLabel.IDENTITY, NodeLabel.IDENTITY, NodeLabel.AGENT, NodeLabel.AI_SYSTEM);
        assertThat(batch.relationships()).extracting(rel -> rel.to().label()).containsExactly(
                NodeLabel.TEAM, NodeLabel.HUMAN, NodeLabel.TEAM, NodeLabel.HUMAN);
        RelRecord attested = batch.relationships().stream().skip(1).findFirst().orElseThrow();
        assertThat(attested.properties()).containsEntry("role", "ACCOUNTABLE").containsEntry("confidence", 0.8)
                .containsEntry("attestedBy", "henrik.aalto@kestrel.example")
                .as("an attestation without attested_at gets no date, never the import's").doesNotContainKey("attestedAt");
        assertThat(batch.warnings()).extracting(ImportWarning::message).contains("attested_by without attested_at: the "
                + "attestation is kept without a date, so reviews count from 'since' or the first import; add attested_at");
        assertThat(batch.nodes()).as("subjects and owners are never invented").isEmpty();
    }

    @Test
    void aSnapshotCoversOnlyOwnershipOfItsScope() {
        GraphBatch batch = importer.read(List.of(ImportFile.of(SHIPPED)),
                ImportOptions.snapshot(Map.of("scope", "platform-sheet")));
        assertThat(batch.scope()).isEqualTo("platform-sheet");
        assertThat(batch.snapshotTypes()).containsExactly(RelType.OWNED_BY);
        assertThat(batch.snapshotLabels()).isEmpty();
    }

    @Test
    void badRowsNameTheirLineAndColumn() {
        assertThatThrownBy(() -> read("subject,owner,role\nai:x,ada@example.com,BOSS\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("owners.csv, line 2, field 'role': 'BOSS' is not one of [ACCOUNTABLE, RESPONSIBLE, TECHNICAL]");
        assertThatThrownBy(() -> read("subject,owner\nai:x,ada@example.com\nsomething,ada@example.com\n"))
                .hasMessageContaining("line 3").hasMessageContaining("subject_type");
        assertThatThrownBy(() -> read("subject,owner\nai:x,Ada Lovelace\n")).hasMessageContaining("field 'owner'");
        assertThatThrownBy(() -> read("subject,owner,confidence\nai:x,team:a,2\n")).hasMessageContaining("field 'confidence'");
        assertThatThrownBy(() -> read("subject,owner\nai:x,team:a\nai:x,team:a\n")).hasMessageContaining("repeats the claim of line 2");
        assertThatThrownBy(() -> read("subject,role\nai:x,ACCOUNTABLE\n"))
                .hasMessageContaining("header").hasMessageContaining("field 'owner'");
        assertThatThrownBy(() -> read("subject,owner,subject_type\nx,team:a,Thing\n")).hasMessageContaining("'Thing'");
    }

    @Test
    void subjectKindsFollowTheIdConventions() throws IOException {
        GraphBatch batch = read("""
                subject,owner
                aws-key:AKIAEXAMPLE,team:a
                arn:aws:iam::1:user/x/access-key/1,team:a
                entra:abc:secret:123,team:a
                k8s:c:ns:sa,team:a
                model:gbm,team:a
                risk:bias,team:a
                control:AI-1,team:a
                """);
        assertThat(batch.relationships()).extracting(rel -> rel.from().label()).containsExactly(
                NodeLabel.CREDENTIAL, NodeLabel.CREDENTIAL, NodeLabel.CREDENTIAL, NodeLabel.IDENTITY, NodeLabel.MODEL,
                NodeLabel.RISK, NodeLabel.CONTROL);
    }
}
