package org.oversight.ingest.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;

import org.cyclonedx.Version;
import org.cyclonedx.parsers.XmlParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

class LibraryXsdTest {

    /** A model card as the specification's XSDs allow it since 1.6.2 (and the JSON schemas always did). */
    private static String modelCard(Version version) {
        return """
                <bom xmlns="http://cyclonedx.org/schema/bom/%s" version="1">
                  <components><component type="machine-learning-model"><name>m</name>
                    <modelCard>
                      <considerations>
                        <users><user>Operators</user><user>Auditors</user></users>
                        <useCases><useCase>Triage</useCase><useCase>Reporting</useCase></useCases>
                        <technicalLimitations><technicalLimitation>a</technicalLimitation><technicalLimitation>b</technicalLimitation></technicalLimitations>
                        <performanceTradeoffs><performanceTradeoff>c</performanceTradeoff><performanceTradeoff>d</performanceTradeoff></performanceTradeoffs>
                      </considerations>
                      <properties><property name="k">v</property></properties>
                    </modelCard>
                  </component></components>
                </bom>
                """.formatted(version.getVersionString());
    }

    @ParameterizedTest
    @EnumSource(value = Version.class, names = {"VERSION_15", "VERSION_16"})
    void theCorrectedXsdTakesTheModelCardTheSpecificationAllows(Version version) throws Exception {
        assertThat(errors(LibraryXsd.schema(version), modelCard(version))).isEmpty();
    }

    /**
     * LibraryXsd exists only because the library bundles the uncorrected XSDs. When this fails, the
     * library's own schema takes the corrected model card: use getXmlSchema(version) again in
     * XmlBomReader and delete LibraryXsd.
     */
    @ParameterizedTest
    @EnumSource(value = Version.class, names = {"VERSION_15", "VERSION_16"})
    void theLibrarysOwnXsdStillRefusesSeveralUsersAndModelCardProperties(Version version) throws Exception {
        List<String> errors = errors(new XmlParser().getXmlSchema(version), modelCard(version));

        assertThat(errors).anySatisfy(error -> assertThat(error).contains("'user'"));
        assertThat(errors).anySatisfy(error -> assertThat(error).contains("properties"));
    }

    @ParameterizedTest
    @EnumSource(value = Version.class, names = {"VERSION_15", "VERSION_16"})
    void onlyTheModelCardIsCorrected(Version version) throws Exception {
        String library = new String(LibraryXsdTest.class.getClassLoader()
                .getResourceAsStream("bom-" + version.getVersionString() + ".xsd").readAllBytes(), StandardCharsets.UTF_8);
        String corrected = new String(LibraryXsd.corrected(version), StandardCharsets.UTF_8);

        assertThat(count(corrected, "maxOccurs=\"unbounded\"") - count(library, "maxOccurs=\"unbounded\"")).isEqualTo(4);
        assertThat(count(corrected, "name=\"properties\"") - count(library, "name=\"properties\"")).isEqualTo(1);
        assertThat(count(corrected, "<xs:element ")).isEqualTo(count(library, "<xs:element ") + 1);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static List<String> errors(Schema schema, String xml) throws Exception {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        return errors;
    }
}
