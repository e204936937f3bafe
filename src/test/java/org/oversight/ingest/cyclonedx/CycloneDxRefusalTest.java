package org.oversight.ingest.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.CREDIT_JSON_16;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.CREDIT_XML_16;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.FRAUD_XML_15;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.REAL_FILES;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.bytes;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.edges;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.parametersFor;
import static org.oversight.ingest.cyclonedx.CycloneDxFiles.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.ImportWarning;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;

/** Input the importer refuses, each time with an {@link ImportException} that names the file. */
class CycloneDxRefusalTest {

    @TempDir
    Path folder;

    static Stream<String> realFiles() {
        return REAL_FILES.stream();
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refusing(String name, String content) {
        return refusing(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refusing(String name, byte[] content) {
        ImportFile file = write(folder, name, content);
        return assertThatThrownBy(() -> new CycloneDxImporter().read(List.of(file), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(name)
                .satisfies(e -> assertThat(((ImportException) e).file()).isEqualTo(name));
    }

    private GraphBatch reading(String name, String content) {
        return new CycloneDxImporter().read(List.of(write(folder, name, content.getBytes(StandardCharsets.UTF_8))),
                ImportOptions.defaults());
    }

    // ---- truncated

    @ParameterizedTest
    @MethodSource("realFiles")
    void aFileCutInTheMiddleIsRefused(String name) {
        byte[] content = bytes(name);
        ImportFile file = write(folder, name, Arrays.copyOf(content, content.length / 2));

        assertThatThrownBy(() -> new CycloneDxImporter().read(List.of(file), new ImportOptions(false, null, parametersFor(name))))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(name + ", line ")
                .hasMessageContaining(name.endsWith(".xml") ? "not well-formed XML" : "not valid JSON");
    }

    // ---- not a CycloneDX BOM

    @Test
    void emptyFilesAreRefused() {
        refusing("empty.json", "").hasMessage("empty.json: is empty; expected a CycloneDX BOM in JSON or XML");
        refusing("blank.xml", " \n\t ").hasMessage("blank.xml: is empty; expected a CycloneDX BOM in JSON or XML");
    }

    @Test
    void otherJsonDocumentsAreRefused() {
        refusing("sbom.spdx.json", """
                {"spdxVersion": "SPDX-2.3", "SPDXID": "SPDXRef-DOCUMENT", "name": "x", "packages": []}
                """).hasMessage("sbom.spdx.json, field 'bomFormat': is JSON but not a CycloneDX BOM: expected "
                + "\"bomFormat\": \"CycloneDX\"");
        refusing("list.json", "[{\"bomFormat\": \"CycloneDX\"}]")
                .hasMessage("list.json: is JSON but not a CycloneDX BOM: expected an object with \"bomFormat\": \"CycloneDX\"");
        refusing("other.json", "{\"bomFormat\": \"SPDX\", \"specVersion\": \"1.6\"}")
                .hasMessageContaining("found \"SPDX\"");
    }

    @Test
    void otherXmlDocumentsAreRefused() {
        refusing("pom.xml", "<?xml version=\"1.0\"?><project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>")
                .hasMessage("pom.xml, line 1: is XML but not a CycloneDX BOM: the root element is <project> in namespace "
                        + "http://maven.apache.org/POM/4.0.0; expected <bom> in http://cyclonedx.org/schema/bom/1.5 or 1.6");
        refusing("bom.xml", "<bom><components/></bom>").hasMessageContaining("the root element is <bom> in no namespace");
    }

    @Test
    void yamlCsvAndTextAreRefused() {
        refusing("bom.yaml", "bomFormat: CycloneDX\nspecVersion: '1.6'\n")
                .hasMessage("bom.yaml: is not a CycloneDX BOM: it is neither JSON nor XML (it starts with 'b')");
        refusing("models.csv", "name,version\ncredit-gbm,3\n").hasMessageContaining("neither JSON nor XML");
    }

    @Test
    void versionsBeforeMachineLearningModelsAreRefused() {
        refusing("old.json", "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.4\", \"version\": 1}")
                .hasMessage("old.json, field 'specVersion': CycloneDX 1.4 is not supported; ML-BOMs are read from "
                        + "CycloneDX 1.5 and 1.6");
        refusing("old.xml", "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\" version=\"1\"/>")
                .hasMessage("old.xml, line 1, field 'xmlns': CycloneDX 1.4 is not supported; ML-BOMs are read from "
                        + "CycloneDX 1.5 and 1.6");
        refusing("new.json", "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.7\", \"version\": 1}")
                .hasMessageContaining("CycloneDX 1.7 is not supported");
        refusing("none.json", "{\"bomFormat\": \"CycloneDX\", \"version\": 1}")
                .hasMessage("none.json, field 'specVersion': is required: a CycloneDX BOM states its version");
    }

    // ---- corrupted

    @Test
    void jsonSyntaxErrorsAreRefusedWithLineAndColumn() {
        String broken = new String(bytes(CREDIT_JSON_16), StandardCharsets.UTF_8)
                .replace("\"name\": \"credit-gbm\",", "\"name\": \"credit-gbm\" \"oops\",");
        refusing(CREDIT_JSON_16, broken).hasMessageStartingWith(CREDIT_JSON_16 + ", line 31, column 28: ")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] content = bytes(CREDIT_JSON_16);
        int at = new String(content, StandardCharsets.ISO_8859_1).indexOf("Gradient-boosted");
        content[at] = (byte) 0xC3;
        content[at + 1] = (byte) 0x28;
        refusing(CREDIT_JSON_16, content).hasMessageContaining("not valid JSON");
    }

    @Test
    void jsonThatBreaksTheSchemaIsRefusedWithThePath() {
        refusing("types.json", """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                 "components": [{"type": "machine-learning-model", "name": "m"}, {"type": "quantum-model", "name": "q"}]}
                """).hasMessageStartingWith("types.json, components[1].type: does not follow the CycloneDX 1.6 JSON schema: "
                + "does not have a value in the enumeration")
                .satisfies(e -> assertThat(((ImportException) e).record()).isEqualTo("components[1].type"));
        // the CycloneDX library would misread this one (it loses the components after an unknown member)
        refusing("unknown.json", """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "extension": {"x": 1},
                 "components": [{"type": "machine-learning-model", "name": "m"}]}
                """).hasMessageContaining("does not follow the CycloneDX 1.6 JSON schema")
                .hasMessageContaining("extension");
        refusing("noname.json", """
                {"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
                 "components": [{"type": "machine-learning-model", "version": "1"}]}
                """).hasMessageContaining("components[0]").hasMessageContaining("name");
        refusing("when.json", """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "metadata": {"timestamp": "yesterday"}}
                """).hasMessage("when.json, field 'metadata.timestamp': 'yesterday' is not a date-time such as 2024-01-31T12:00:00Z");
    }

    @Test
    void aNameWithoutLettersOrDigitsCannotMakeAnId() {
        refusing("symbols.json", """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                 "metadata": {"component": {"type": "application", "name": "AI"}},
                 "components": [{"type": "machine-learning-model", "name": "***"}]}
                """).hasMessage("symbols.json, components[0], field 'name': '***' has no letter or digit to make an id from");
    }

    @Test
    void xmlThatBreaksTheSchemaIsRefusedWithLineAndColumn() {
        String broken = new String(bytes(FRAUD_XML_15), StandardCharsets.UTF_8)
                .replace("<task>anomaly-detection</task>", "<task>anomaly-detection</task><colour>blue</colour>");
        refusing(FRAUD_XML_15, broken).hasMessageStartingWith(FRAUD_XML_15 + ", line ")
                .hasMessageContaining("does not follow the CycloneDX 1.5 XML schema").hasMessageContaining("colour");
        refusing("type.xml", """
                <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
                  <components><component type="quantum-model"><name>q</name></component></components>
                </bom>
                """).hasMessageStartingWith("type.xml, line 2, column ").hasMessageContaining("quantum-model");
    }

    @Test
    void theCorrectedModelCardSchemaStillRefusesWhatTheSpecificationRefuses() {
        // several users are allowed now, but not text straight in <users>, nor a second <properties>
        refusing("users.xml", """
                <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
                  <components><component type="machine-learning-model"><name>m</name>
                    <modelCard><considerations><users>Operators</users></considerations></modelCard>
                  </component></components>
                </bom>
                """).hasMessageStartingWith("users.xml, line 3, column ")
                .hasMessageContaining("does not follow the CycloneDX 1.6 XML schema");
        refusing("properties.xml", """
                <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
                  <components><component type="machine-learning-model"><name>m</name>
                    <modelCard>
                      <properties><property name="a">1</property></properties>
                      <properties><property name="b">2</property></properties>
                    </modelCard>
                  </component></components>
                </bom>
                """).hasMessageStartingWith("properties.xml, line 5, column ")
                .hasMessageContaining("does not follow the CycloneDX 1.5 XML schema").hasMessageContaining("properties");
    }

    @Test
    void xmlThatIsNotWellFormedIsRefusedWithLineAndColumn() {
        refusing("broken.xml", "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\">\n  <components>\n</bom>")
                .hasMessageStartingWith("broken.xml, line 3, column ").hasMessageContaining("not well-formed XML");
    }

    @Test
    void aDoctypeIsRefusedAndNoEntityIsExpanded() {
        refusing("xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE bom [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
                  <metadata><component type="application"><name>&secret;</name></component></metadata>
                </bom>
                """).hasMessageContaining("DOCTYPE");
    }

    @Test
    void xmlExtensionsAreLeftOutWithAWarning() {
        GraphBatch batch = reading("extended.xml", """
                <bom xmlns="http://cyclonedx.org/schema/bom/1.6" xmlns:acme="https://acme.example/bom-ext"
                     version="1">
                  <metadata>
                    <component type="application"><name>Scoring</name></component>
                  </metadata>
                  <components>
                    <component type="machine-learning-model" acme:tier="gold">
                      <name>scorer</name>
                      <acme:review><acme:by>someone</acme:by></acme:review>
                    </component>
                  </components>
                </bom>
                """);

        assertThat(edges(batch, RelType.USES_MODEL)).containsExactly("ai:scoring -> model:scorer");
        assertThat(batch.warnings()).extracting(ImportWarning::toString).containsExactly(
                "extended.xml: line 7: attribute {https://acme.example/bom-ext}tier is not part of CycloneDX and was not read",
                "extended.xml: line 9: element {https://acme.example/bom-ext}review is not part of CycloneDX and was not read");
    }

    @Test
    void noFilesIsRefused() {
        assertThatThrownBy(() -> new CycloneDxImporter().read(List.of(), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class).hasMessageContaining("no file to read");
    }

    @Test
    void aBadFileAmongGoodOnesRefusesTheWholeImport() {
        ImportFile good = CycloneDxFiles.file(CREDIT_XML_16);
        ImportFile bad = write(folder, "notes.txt", "these are notes".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new CycloneDxImporter().read(List.of(good, bad), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("notes.txt: ");
    }
}
