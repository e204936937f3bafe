package org.oversight.ingest.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.CREDIT_JSON_16;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.CREDIT_XML_16;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.FRAUD_XML_15;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.HARBOUR_JSON_16;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.HARBOUR_XML_16;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.REAL_FILES;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.SECRETS_JSON_16;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.SPEC_VECTOR_15;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.edges;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.file;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.node;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.nodes;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.read;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.relationships;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.ImportWarning;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRecord;
import org.oversight.graph.PropertyDomains;
import org.oversight.graph.RelRecord;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportOptions;

class CycloneDxImporterTest {

    private static final Map<String, Object> CREATOR = Map.of("role", "TECHNICAL", "source", "CREATOR");

    static Stream<String> realFiles() {
        return REAL_FILES.stream();
    }

    // ---- the CycloneDX 1.5 schema test vector: the acceptance check

    @Test
    void theCycloneDx15MlBomYieldsItsModelAndModelCard() {
        GraphBatch batch = read(SPEC_VECTOR_15);

        assertThat(batch.scope()).isEqualTo("ai:image-generation");
        NodeRecord model = node(batch, NodeLabel.MODEL, "model:stable-diffusion");
        assertThat(model.properties())
                .containsEntry("name", "stable-diffusion")
                .containsEntry("version", "1.4")
                .containsEntry("group", "CompVis")
                .containsEntry("bomRef", "component-a")
                .containsEntry("hasModelCard", true)
                .containsEntry("approachType", "supervised")
                .containsEntry("modelTask", "task goes here")
                .containsEntry("architectureFamily", "the architecture family goes here")
                .containsEntry("modelArchitecture", "The architecture of the model.")
                .containsEntry("inputFormats", List.of("string"))
                .containsEntry("outputFormats", List.of("byte[]"))
                .containsEntry("performanceMetrics", List.of("The type of performance metric=The value of the performance "
                        + "metric (The name of the slice this metric was computed on. By default, assume this metric is not "
                        + "sliced) [The lower bound of the confidence interval, The upper bound of the confidence interval]"))
                .containsEntry("performanceGraphics", List.of("FID vs CLIP Scores on 512x512 samples for different v1-versions"))
                .containsEntry("intendedUsers", List.of("Who are the intended users of the model?",
                        "Data scientists and ML researchers"))
                .containsEntry("useCases", List.of("Who are the intended users of the model?",
                        "Text-to-image generation for creative applications"))
                .containsEntry("performanceTradeoffs", List.of("What are the known tradeoffs in accuracy/performance of the model?",
                        "Higher resolution output requires more computational resources"))
                .containsEntry("ethicalConsiderations", List.of("The name of the risk: Strategy used to address this risk"))
                .containsEntry("fairnessAssessments", List.of("The groups or individuals at risk of being systematically "
                        + "disadvantaged by the model: benefits: Expected benefits to the identified groups; harms: Expected "
                        + "harms to the identified groups; mitigation: With respect to the benefits and harms outlined, "
                        + "please describe any mitigation strategy implemented."))
                .containsEntry("modelCardProperties", List.of("modelcard:custom-property=custom-value",
                        "modelcard:another-custom-property=another-custom-value"));
        assertThat((List<?>) model.properties().get("technicalLimitations")).hasSize(2);
        assertThat((String) model.properties().get("description")).startsWith("Stable Diffusion is a latent text-to-image");
        // the performance image (base64 JPEG) is not copied
        assertThat(allTexts(batch)).noneMatch(text -> text.contains("/9j/4AAQ"));

        // what the file holds: one model, one dataset written in its model card, no supplier, no author
        assertThat(nodes(batch, NodeLabel.MODEL)).hasSize(1);
        assertThat(nodes(batch, NodeLabel.DATASET)).singleElement().satisfies(dataset -> {
            assertThat(dataset.id()).isEqualTo("dataset:training-data");
            assertThat(dataset.properties()).containsEntry("name", "Training Data")
                    .containsEntry("classification", "public").containsEntry("dataType", "dataset")
                    .containsEntry("url", "https://example.com/path/to/dataset");
        });
        assertThat(nodes(batch, NodeLabel.VENDOR)).isEmpty();
        assertThat(nodes(batch, NodeLabel.HUMAN)).isEmpty();
        assertThat(node(batch, NodeLabel.AI_SYSTEM, "ai:image-generation").reference()).isTrue();
        assertThat(batch.nodes()).hasSize(3);
        assertThat(edges(batch, RelType.USES_MODEL)).containsExactly("ai:image-generation -> model:stable-diffusion");
        assertThat(edges(batch, RelType.TRAINED_ON)).containsExactly("model:stable-diffusion -> dataset:training-data");
        assertThat(batch.relationships()).hasSize(2);
        assertThat(batch.warnings()).singleElement().satisfies(warning ->
                assertThat(warning.message()).contains("no BOM has a metadata.component").contains("bomSerialNumber"));
    }

    @Test
    void aBomWithoutMetadataComponentImportsItsModelsAndDatasetsUsedByNoAiSystem() {
        GraphBatch batch = read(ImportOptions.defaults(), file(SPEC_VECTOR_15));

        assertThat(batch.scope()).isNull();
        assertThat(nodes(batch, NodeLabel.AI_SYSTEM)).isEmpty();
        assertThat(node(batch, NodeLabel.MODEL, "model:stable-diffusion").reference()).isFalse();
        assertThat(edges(batch, RelType.TRAINED_ON)).containsExactly("model:stable-diffusion -> dataset:training-data");
        assertThat(edges(batch, RelType.USES_MODEL)).isEmpty();
        assertThat(batch.warnings()).extracting(ImportWarning::message).anySatisfy(message -> assertThat(message)
                .contains("names no AI system (metadata.component is absent)").contains("give the aiSystem parameter"))
                .anySatisfy(message -> assertThat(message).contains("BOM details are not stored").contains("bomSerialNumber"));

        assertThatThrownBy(() -> read(ImportOptions.snapshot(Map.of()), file(SPEC_VECTOR_15)))
                .isInstanceOf(ImportException.class)
                .hasMessage(SPEC_VECTOR_15 + ", metadata, field 'component': names no AI system, and a snapshot is of "
                        + "one AI system; give the aiSystem parameter");
    }

    // ---- a CycloneDX 1.6 ML-BOM, in JSON and XML

    @Test
    void mapsTheCycloneDx16MlBom() {
        GraphBatch batch = read(CREDIT_JSON_16);

        assertThat(batch.scope()).isEqualTo("ai:credit-scoring");
        NodeRecord ai = node(batch, NodeLabel.AI_SYSTEM, "ai:credit-scoring");
        assertThat(ai.reference()).isFalse();
        assertThat(ai.properties())
                .containsEntry("name", "Credit Scoring")
                .containsEntry("version", "2026.3")
                .containsEntry("componentType", "application")
                .containsEntry("description", "Scores retail credit applications and explains declines.")
                .containsEntry("bomSerialNumber", "urn:uuid:8d1c5f7e-3b7a-4c1e-9a51-2f0d6c4b9e10")
                .containsEntry("bomVersion", 3)
                .containsEntry("bomSpecVersion", "1.6")
                .containsEntry("bomTimestamp", OffsetDateTime.parse("2026-03-02T08:15:00Z"))
                .containsEntry("bomLifecyclePhases", List.of("operations"))
                .containsEntry("bomTools", List.of("ml-bom-builder 0.9.1"))
                .containsEntry("bomProperties", List.of("kestrel:cost-centre=CC-4410"))
                .containsEntry("authors", List.of("Priya Raghunathan <Priya.Raghunathan@kestrel.example>",
                        "Henrik Aalto <henrik.aalto@kestrel.example>"));

        // three models, one of them nested in an application component
        assertThat(nodes(batch, NodeLabel.MODEL)).extracting(NodeRecord::id)
                .containsExactly("model:credit-gbm", "model:aurora-explainer", "model:income-estimator");
        NodeRecord gbm = node(batch, NodeLabel.MODEL, "model:credit-gbm");
        assertThat(gbm.properties())
                .containsEntry("version", "3.2.0")
                .containsEntry("supplier", "Kestrel Financial")
                .containsEntry("license", "Kestrel proprietary")
                .containsEntry("purl", "pkg:generic/kestrel/credit-gbm@3.2.0")
                .containsEntry("hashes", List.of("SHA-256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
                .containsEntry("tags", List.of("credit", "tabular"))
                .containsEntry("externalReferences", List.of("model-card: https://models.kestrel.example/credit-gbm/3.2.0/card"))
                .containsEntry("modelTask", "binary-classification")
                .containsEntry("performanceMetrics", List.of("AUC=0.87 (holdout 2025) [0.85, 0.89]", "KS=0.52"))
                .containsEntry("energyConsumptions", List.of("training: 120.5 kWh, 0.004 tCO2eq"))
                .containsEntry("authors", List.of("Henrik Aalto <Henrik.Aalto@kestrel.example>", "Model Risk Team"));
        assertThat(node(batch, NodeLabel.MODEL, "model:aurora-explainer").properties())
                .containsEntry("license", "Apache-2.0 OR MIT")
                .containsEntry("manufacturer", "Aurora Labs")
                .containsEntry("hasModelCard", false)
                .containsEntry("authors", List.of("Jane Roe <jane.roe@auroralabs.example>"));

        assertThat(nodes(batch, NodeLabel.DATASET)).singleElement().satisfies(dataset -> {
            assertThat(dataset.id()).isEqualTo("dataset:loan-performance");
            assertThat(dataset.properties())
                    .containsEntry("classification", "confidential")
                    .containsEntry("dataName", "Loan performance 2015-2025")
                    .containsEntry("license", "Kestrel internal")
                    .containsEntry("sensitiveData", List.of("income", "date of birth"))
                    .containsEntry("url", "s3://kestrel-risk-data/loan-performance/2025-12/")
                    .containsEntry("dataGovernance", List.of("owner: Kestrel Credit Risk",
                            "steward: Samuel Osei <samuel.osei@kestrel.example>"));
        });
        assertThat(nodes(batch, NodeLabel.VENDOR)).extracting(NodeRecord::id)
                .containsExactly("vendor:kestrel-financial", "vendor:aurora-labs");
        assertThat(node(batch, NodeLabel.VENDOR, "vendor:aurora-labs").properties())
                .containsEntry("name", "Aurora Labs").containsEntry("url", "https://auroralabs.example");
        // people named with an e-mail address, as stubs under their lower-case address
        assertThat(nodes(batch, NodeLabel.HUMAN)).allMatch(NodeRecord::reference).extracting(NodeRecord::id)
                .containsExactly("priya.raghunathan@kestrel.example", "henrik.aalto@kestrel.example",
                        "jane.roe@auroralabs.example");
        assertThat(batch.nodes()).hasSize(10);

        assertThat(edges(batch, RelType.USES_MODEL)).containsExactly("ai:credit-scoring -> model:credit-gbm",
                "ai:credit-scoring -> model:aurora-explainer", "ai:credit-scoring -> model:income-estimator");
        assertThat(edges(batch, RelType.TRAINED_ON)).containsExactly("model:credit-gbm -> dataset:loan-performance");
        assertThat(edges(batch, RelType.SUPPLIED_BY)).containsExactlyInAnyOrder(
                "ai:credit-scoring -> vendor:kestrel-financial", "model:credit-gbm -> vendor:kestrel-financial",
                "model:aurora-explainer -> vendor:aurora-labs");
        assertThat(edges(batch, RelType.OWNED_BY)).containsExactlyInAnyOrder(
                "ai:credit-scoring -> priya.raghunathan@kestrel.example", "ai:credit-scoring -> henrik.aalto@kestrel.example",
                "model:credit-gbm -> henrik.aalto@kestrel.example", "model:aurora-explainer -> jane.roe@auroralabs.example");
        assertThat(relationships(batch, RelType.OWNED_BY)).allSatisfy(rel -> assertThat(rel.properties()).isEqualTo(CREATOR));
        assertThat(batch.relationships()).hasSize(11);

        // the library, the application, the service and the dependency graph are named, not dropped
        assertThat(batch.warnings()).extracting(ImportWarning::toString).containsExactly(
                CREDIT_JSON_16 + ": components[3]: component 'xgboost@2.1.0' of type library is not mapped; "
                        + "only machine-learning-model and data components are",
                CREDIT_JSON_16 + ": components[4]: component 'feature-service@1.4.0' of type application is not mapped; "
                        + "only machine-learning-model and data components are",
                CREDIT_JSON_16 + ": services[0]: service 'scoring-api' is not mapped; services are not part of the graph model",
                CREDIT_JSON_16 + ": dependencies: 2 entries are not mapped; the AI system is linked to each of its models directly");
    }

    @Test
    void theXmlFormOfABomGivesWhatItsJsonFormGives() {
        GraphBatch json = read(CREDIT_JSON_16);
        GraphBatch xml = read(CREDIT_XML_16);

        assertThat(List.copyOf(xml.nodes())).isEqualTo(List.copyOf(json.nodes()));
        assertThat(List.copyOf(xml.relationships())).isEqualTo(List.copyOf(json.relationships()));
        assertThat(xml.warnings()).extracting(warning -> warning.location().replace(CREDIT_XML_16, CREDIT_JSON_16))
                .isEqualTo(json.warnings().stream().map(ImportWarning::location).toList());
    }

    @Test
    void mapsASmallCycloneDx15XmlBom() {
        GraphBatch batch = read(FRAUD_XML_15);

        assertThat(batch.scope()).isEqualTo("ai:card-fraud-detection");
        assertThat(node(batch, NodeLabel.AI_SYSTEM, "ai:card-fraud-detection").properties())
                .containsEntry("name", "Card Fraud Detection").containsEntry("bomSpecVersion", "1.5")
                .containsEntry("bomTimestamp", OffsetDateTime.parse("2026-02-10T14:30:00Z"));
        assertThat(node(batch, NodeLabel.MODEL, "model:fraud-scorer").properties())
                .containsEntry("version", "7.0.2")
                .containsEntry("approachType", "semi-supervised")
                .containsEntry("modelTask", "anomaly-detection")
                .containsEntry("performanceMetrics", List.of("precision=0.91 (card-not-present)", "recall=0.78"))
                .containsEntry("ethicalConsiderations", List.of("Declines for travelling customers: Travel notices lower the score"))
                .containsEntry("authors", List.of("Fraud Analytics Team"));
        assertThat(node(batch, NodeLabel.DATASET, "dataset:card-transactions").properties())
                .containsEntry("classification", "restricted")
                .containsEntry("sensitiveData", List.of("card number (tokenised)"));
        assertThat(nodes(batch, NodeLabel.MODEL)).hasSize(1);
        assertThat(nodes(batch, NodeLabel.DATASET)).hasSize(1);
        assertThat(nodes(batch, NodeLabel.VENDOR)).extracting(NodeRecord::id).containsExactly("vendor:kestrel-financial");
        assertThat(nodes(batch, NodeLabel.HUMAN)).extracting(NodeRecord::id).containsExactly("mateo.alvarez@kestrel.example");
        assertThat(edges(batch, RelType.USES_MODEL)).containsExactly("ai:card-fraud-detection -> model:fraud-scorer");
        assertThat(edges(batch, RelType.TRAINED_ON)).containsExactly("model:fraud-scorer -> dataset:card-transactions");
        assertThat(edges(batch, RelType.SUPPLIED_BY)).containsExactlyInAnyOrder(
                "ai:card-fraud-detection -> vendor:kestrel-financial", "model:fraud-scorer -> vendor:kestrel-financial");
        // the model's author has no e-mail address: kept as text, not linked
        assertThat(edges(batch, RelType.OWNED_BY)).containsExactly("ai:card-fraud-detection -> mateo.alvarez@kestrel.example");
        assertThat(batch.relationships()).hasSize(5);
        assertThat(batch.warnings()).extracting(ImportWarning::message).containsExactly(
                "component 'scikit-learn@1.5.2' of type framework is not mapped; only machine-learning-model and data components are");
    }

    @Test
    void aModelCardInXmlWithSeveralUsersUseCasesLimitationsTradeoffsAndPropertiesIsReadWhole() {
        GraphBatch batch = read(HARBOUR_XML_16);

        assertThat(batch.scope()).isEqualTo("ai:harbour-radio-captions");
        assertThat(node(batch, NodeLabel.MODEL, "model:harbour-asr").properties())
                .containsEntry("hasModelCard", true)
                .containsEntry("modelTask", "automatic-speech-recognition")
                .containsEntry("intendedUsers", List.of("Harbour control operators", "Incident investigators"))
                .containsEntry("useCases", List.of("Live captions on the control room screens",
                        "Searchable archive of radio traffic"))
                .containsEntry("technicalLimitations", List.of("Accuracy drops with heavy engine noise",
                        "Vessel names outside the register are often misspelt"))
                .containsEntry("performanceTradeoffs", List.of("Live captions use a smaller beam and lag less but err more",
                        "The archive is transcribed again overnight with the full beam"))
                .containsEntry("ethicalConsiderations", List.of(
                        "Crew members recorded without notice: Channel 16 notices state that traffic is recorded"))
                .containsEntry("fairnessAssessments", List.of("Crews speaking English as a second language: harms: Higher "
                        + "error rate in their transcripts; mitigation: Accent-balanced fine-tuning set"))
                .containsEntry("modelCardProperties", List.of("tidewater:review-board=maritime-ai-2026-04",
                        "tidewater:retraining=quarterly"))
                .containsEntry("performanceMetrics", List.of("word error rate=0.11 (night shift recordings)"));
        assertThat(nodes(batch, NodeLabel.MODEL)).hasSize(1);
        assertThat(nodes(batch, NodeLabel.DATASET)).extracting(NodeRecord::id).containsExactly("dataset:harbour-radio-transcripts");
        assertThat(nodes(batch, NodeLabel.VENDOR)).extracting(NodeRecord::id).containsExactly("vendor:tidewater-labs");
        assertThat(edges(batch, RelType.USES_MODEL)).containsExactly("ai:harbour-radio-captions -> model:harbour-asr");
        assertThat(edges(batch, RelType.TRAINED_ON)).containsExactly("model:harbour-asr -> dataset:harbour-radio-transcripts");
        assertThat(edges(batch, RelType.SUPPLIED_BY)).containsExactly("model:harbour-asr -> vendor:tidewater-labs");
        assertThat(batch.warnings()).extracting(ImportWarning::message).singleElement().satisfies(message ->
                assertThat(message).contains("no BOM has a metadata.component").contains("bomSerialNumber"));

        // the JSON form of the same BOM gives the same graph
        GraphBatch json = read(HARBOUR_JSON_16);
        assertThat(List.copyOf(batch.nodes())).isEqualTo(List.copyOf(json.nodes()));
        assertThat(List.copyOf(batch.relationships())).isEqualTo(List.copyOf(json.relationships()));
        assertThat(batch.warnings()).isEqualTo(json.warnings());
    }

    @Test
    void aCycloneDx15XmlModelCardMayListSeveralUsersAndHaveProperties(@TempDir Path folder) {
        String xml = """
                <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
                  <components>
                    <component type="machine-learning-model">
                      <name>berth-planner</name>
                      <modelCard>
                        <considerations>
                          <users><user>Berth planners</user><user>Pilots</user></users>
                          <useCases><useCase>Suggest berths</useCase><useCase>Flag clashes</useCase></useCases>
                          <technicalLimitations>
                            <technicalLimitation>Ignores tides</technicalLimitation>
                            <technicalLimitation>No cruise ships</technicalLimitation>
                          </technicalLimitations>
                          <performanceTradeoffs>
                            <performanceTradeoff>Fast plans are less dense</performanceTradeoff>
                            <performanceTradeoff>Dense plans take minutes</performanceTradeoff>
                          </performanceTradeoffs>
                        </considerations>
                        <properties><property name="owner-team">port-operations</property></properties>
                      </modelCard>
                    </component>
                  </components>
                </bom>
                """;
        GraphBatch batch = read(ImportOptions.defaults(), CycloneDxFiles.write(folder, "berth.xml", utf8(xml)));

        assertThat(node(batch, NodeLabel.MODEL, "model:berth-planner").properties())
                .containsEntry("intendedUsers", List.of("Berth planners", "Pilots"))
                .containsEntry("useCases", List.of("Suggest berths", "Flag clashes"))
                .containsEntry("technicalLimitations", List.of("Ignores tides", "No cruise ships"))
                .containsEntry("performanceTradeoffs", List.of("Fast plans are less dense", "Dense plans take minutes"))
                .containsEntry("modelCardProperties", List.of("owner-team=port-operations"));
    }

    @Test
    void aModelAsTheMetadataComponentIsBothTheAiSystemAndAModel(@TempDir Path folder) {
        String json = """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                 "metadata": {"component": {"type": "machine-learning-model", "name": "Claim Summariser", "version": "2",
                   "authors": [{"name": "Ada Byron", "email": "ada@example.org"}],
                   "modelCard": {"modelParameters": {"task": "summarization", "datasets": [{"ref": "claims"}],
                                                     "outputs": [{"format": "text"}]}}}},
                 "components": [{"type": "data", "bom-ref": "claims", "name": "claims",
                                 "data": [{"type": "dataset", "sensitiveData": ["claimant names"]}]}]}
                """;
        String xml = """
                <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
                  <metadata>
                    <component type="machine-learning-model">
                      <authors><author><name>Ada Byron</name><email>ada@example.org</email></author></authors>
                      <name>Claim Summariser</name>
                      <version>2</version>
                      <modelCard>
                        <modelParameters>
                          <task>summarization</task>
                          <datasets><ref>claims</ref></datasets>
                          <outputs><output><format>text</format></output></outputs>
                        </modelParameters>
                      </modelCard>
                    </component>
                  </metadata>
                  <components>
                    <component type="data" bom-ref="claims">
                      <name>claims</name>
                      <data><type>dataset</type><sensitiveData>claimant names</sensitiveData></data>
                    </component>
                  </components>
                </bom>
                """;
        GraphBatch fromJson = read(ImportOptions.defaults(), CycloneDxFiles.write(folder, "model.json", utf8(json)));
        GraphBatch fromXml = read(ImportOptions.defaults(), CycloneDxFiles.write(folder, "model.xml", utf8(xml)));

        assertThat(node(fromJson, NodeLabel.MODEL, "model:claim-summariser").properties())
                .containsEntry("modelTask", "summarization").containsEntry("outputFormats", List.of("text"));
        assertThat(edges(fromJson, RelType.USES_MODEL)).containsExactly("ai:claim-summariser -> model:claim-summariser");
        assertThat(edges(fromJson, RelType.TRAINED_ON)).containsExactly("model:claim-summariser -> dataset:claims");
        assertThat(edges(fromJson, RelType.OWNED_BY)).containsExactlyInAnyOrder("ai:claim-summariser -> ada@example.org",
                "model:claim-summariser -> ada@example.org");
        assertThat(List.copyOf(fromXml.nodes())).isEqualTo(List.copyOf(fromJson.nodes()));
        assertThat(List.copyOf(fromXml.relationships())).isEqualTo(List.copyOf(fromJson.relationships()));
    }

    // ---- properties of every import

    @ParameterizedTest
    @MethodSource("realFiles")
    void readingTheSameFileTwiceGivesEqualBatches(String name) {
        GraphBatch first = read(name);
        GraphBatch second = read(name);

        assertThat(List.copyOf(second.nodes())).isEqualTo(List.copyOf(first.nodes()));
        assertThat(List.copyOf(second.relationships())).isEqualTo(List.copyOf(first.relationships()));
        assertThat(second.warnings()).isEqualTo(first.warnings());
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void aSnapshotCoversModelsDatasetsVendorsAndTheirLinksWithinTheAiSystem(String name) {
        GraphBatch snapshot = read(ImportOptions.snapshot(CycloneDxFiles.parametersFor(name)), file(name));
        GraphBatch plain = read(name);

        assertThat(snapshot.snapshot()).isTrue();
        assertThat(snapshot.scope()).startsWith("ai:").isEqualTo(plain.scope());
        assertThat(snapshot.snapshotLabels()).containsExactlyInAnyOrder(NodeLabel.MODEL, NodeLabel.DATASET, NodeLabel.VENDOR);
        assertThat(snapshot.snapshotTypes()).containsExactlyInAnyOrder(RelType.USES_MODEL, RelType.TRAINED_ON,
                RelType.SUPPLIED_BY, RelType.OWNED_BY);
        assertThat(plain.snapshot()).isFalse();
        assertThat(plain.snapshotLabels()).isEmpty();
        assertThat(plain.snapshotTypes()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void everythingWrittenIsInTheVocabularyOfTheModel(String name) {
        GraphBatch batch = read(name);

        for (NodeRecord node : batch.nodes()) {
            assertThat(node.label()).isIn(NodeLabel.AI_SYSTEM, NodeLabel.MODEL, NodeLabel.DATASET, NodeLabel.VENDOR,
                    NodeLabel.HUMAN);
            node.properties().forEach((key, value) -> {
                assertThat(key).as("property of %s", node.id()).matches("[a-z][a-zA-Z0-9]*");
                List<String> allowed = PropertyDomains.allowed(node.label(), key);
                if (allowed != null) {
                    assertThat(allowed).as("%s.%s", node.label(), key).contains((String) value);
                }
            });
        }
        for (RelRecord rel : batch.relationships()) {
            rel.properties().forEach((key, value) -> {
                List<String> allowed = PropertyDomains.allowed(rel.type(), key);
                if (allowed != null) {
                    assertThat(allowed).as("%s.%s", rel.type(), key).contains((String) value);
                }
            });
        }
        assertThat(nodes(batch, NodeLabel.HUMAN)).allSatisfy(human -> {
            assertThat(human.id()).isEqualTo(human.id().toLowerCase(java.util.Locale.ROOT));
            assertThat(human.properties()).containsEntry("email", human.id());
        });
    }

    // ---- parameters and several files

    @Test
    void theAiSystemParameterNamesTheAiSystemByIdOrByName() {
        assertThat(read(new ImportOptions(false, null, Map.of("aiSystem", "ai:credit")), file(CREDIT_JSON_16)).scope())
                .isEqualTo("ai:credit");
        GraphBatch byName = read(new ImportOptions(false, null, Map.of("aiSystem", "Credit Platform")), file(CREDIT_JSON_16));
        assertThat(byName.scope()).isEqualTo("ai:credit-platform");
        // the BOM still describes the system it names
        assertThat(node(byName, NodeLabel.AI_SYSTEM, "ai:credit-platform").properties()).containsEntry("name", "Credit Scoring");
        assertThat(node(read(new ImportOptions(false, null, Map.of("aiSystem", "Image Generation")), file(SPEC_VECTOR_15)),
                NodeLabel.AI_SYSTEM, "ai:image-generation").properties()).isEqualTo(Map.of("name", "Image Generation"));

        assertThatThrownBy(() -> read(new ImportOptions(false, null, Map.of("aiSystem", "--")), file(CREDIT_JSON_16)))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).field()).isEqualTo("aiSystem"));
    }

    @Test
    void severalFilesOfOneAiSystemAreOneImport() {
        GraphBatch both = read(ImportOptions.defaults(), file(CREDIT_JSON_16), file(CREDIT_XML_16));

        assertThat(List.copyOf(both.nodes())).isEqualTo(List.copyOf(read(CREDIT_JSON_16).nodes()));
        assertThat(both.warnings()).hasSize(8);
    }

    @Test
    void filesOfDifferentAiSystemsAreRefusedUnlessTheParameterJoinsThem() {
        assertThatThrownBy(() -> read(ImportOptions.defaults(), file(CREDIT_JSON_16), file(FRAUD_XML_15)))
                .isInstanceOf(ImportException.class)
                .hasMessage(FRAUD_XML_15 + ", metadata.component, field 'name': describes ai:card-fraud-detection but "
                        + CREDIT_JSON_16 + " describes ai:credit-scoring; import one AI system at a time, or give the "
                        + "aiSystem parameter");

        GraphBatch joined = read(new ImportOptions(false, null, Map.of("aiSystem", "ai:risk-platform")),
                file(CREDIT_JSON_16), file(FRAUD_XML_15));
        assertThat(edges(joined, RelType.USES_MODEL)).hasSize(4).allMatch(edge -> edge.startsWith("ai:risk-platform -> "));
    }

    @Test
    void utf16WithAByteOrderMarkIsReadLikeUtf8(@TempDir Path folder) {
        String text = new String(CycloneDxFiles.bytes(CREDIT_JSON_16), StandardCharsets.UTF_8);
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);

        GraphBatch batch = read(ImportOptions.defaults(), CycloneDxFiles.write(folder, CREDIT_JSON_16, utf16));

        assertThat(List.copyOf(batch.nodes())).isEqualTo(List.copyOf(read(CREDIT_JSON_16).nodes()));
    }

    // ---- secrets

    @Test
    void secretValuesInTheBomAreNeverStored() {
        GraphBatch batch = read(SECRETS_JSON_16);

        List<String> fakeSecrets = List.of("FAKE-API-KEY-0000-1111", "FAKE-PASS-3141", "hf_FAKEtokenAAAAbbbbCCCCdddd1234",
                "FAKE-SECRET-VALUE-42", "FAKE-TOKEN-987654", "FAKE-PASSWORD-XYZ", "FAKESIGNATURE0123", "FAKEAKIA",
                "FAKEKEYMATERIAL", "FAKE-PW-777");
        List<String> texts = allTexts(batch);
        for (String secret : fakeSecrets) {
            assertThat(texts).as("stored texts").noneMatch(text -> text.contains(secret));
        }
        // the metadata stays: which properties there were, where the model and data live, who made them
        NodeRecord model = node(batch, NodeLabel.MODEL, "model:claims-classifier");
        assertThat(model.properties())
                .containsEntry("bomProperties", List.of("huggingface:token=[REDACTED]", "training:epochs=4"))
                .containsEntry("modelCardProperties", List.of("db_password=[REDACTED]"))
                .containsEntry("externalReferences", List.of("distribution: https://models.fable.example/claims/1.0/weights.bin"))
                .containsEntry("description", "Fine-tuned classifier. Pull with token [REDACTED] or api_key=[REDACTED]");
        assertThat(node(batch, NodeLabel.DATASET, "dataset:claims-2025").properties())
                .containsEntry("url", "https://fable-data.s3.amazonaws.com/claims.csv");
        assertThat(node(batch, NodeLabel.VENDOR, "vendor:fable-models").properties())
                .containsEntry("url", "https://registry.fable.example/models");
        assertThat(edges(batch, RelType.OWNED_BY)).containsExactly("model:claims-classifier -> claims-ml@fable.example");
        assertThat(batch.warnings()).extracting(ImportWarning::message).contains(
                "property 'deploy:api-key' may hold a secret; its value is not stored",
                "property 'huggingface:token' may hold a secret; its value is not stored",
                "property 'db_password' may hold a secret; its value is not stored",
                "a URL carried credentials; they were not stored",
                "text in 'description' looked like a secret and was replaced by [REDACTED]",
                "text in 'authors' looked like a secret and was replaced by [REDACTED]");
    }

    // ---- helpers

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Every text the batch would write: property values, list items and ids. */
    private static List<String> allTexts(GraphBatch batch) {
        List<String> texts = new ArrayList<>();
        for (NodeRecord node : batch.nodes()) {
            texts.add(node.id());
            node.properties().values().forEach(value -> addTexts(value, texts));
        }
        for (RelRecord rel : batch.relationships()) {
            rel.properties().values().forEach(value -> addTexts(value, texts));
        }
        return texts;
    }

    private static void addTexts(Object value, List<String> texts) {
        if (value instanceof Collection<?> list) {
            list.forEach(item -> texts.add(String.valueOf(item)));
        } else {
            texts.add(String.valueOf(value));
        }
    }
}
