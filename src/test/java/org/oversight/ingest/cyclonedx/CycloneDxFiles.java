package org.oversight.ingest.cyclonedx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRecord;
import org.oversight.graph.RelRecord;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.TestExports;
import org.oversight.ingest.ImportOptions;

/** The test BOMs and small helpers shared by the tests of the importer. */
final class CycloneDxFiles {

    /** The CycloneDX 1.5 schema test vector (CycloneDX/specification, Apache-2.0). */
    static final String SPEC_VECTOR_15 = "cyclonedx-valid-machine-learning-1.5.json";
    static final String CREDIT_JSON_16 = "credit-scoring-mlbom-1.6.json";
    static final String CREDIT_XML_16 = "credit-scoring-mlbom-1.6.xml";
    static final String FRAUD_XML_15 = "fraud-detection-mlbom-1.5.xml";
    static final String SECRETS_JSON_16 = "secret-laden-mlbom-1.6.json";
    /** A model's own BOM, without metadata, whose model card uses what the first 1.6 XSD did not allow. */
    static final String HARBOUR_XML_16 = "harbour-asr-mlbom-1.6.xml";
    static final String HARBOUR_JSON_16 = "harbour-asr-mlbom-1.6.json";

    static final List<String> REAL_FILES = List.of(SPEC_VECTOR_15, CREDIT_JSON_16, CREDIT_XML_16, FRAUD_XML_15,
            HARBOUR_XML_16, HARBOUR_JSON_16);

    private CycloneDxFiles() {
    }

    static Path path(String name) {
        return TestExports.path("cyclonedx", name);
    }

    static ImportFile file(String name) {
        return ImportFile.of(path(name));
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parameters a file needs: the 1.5 spec vector and the harbour BOMs have no metadata component. */
    static Map<String, String> parametersFor(String name) {
        if (name.equals(SPEC_VECTOR_15)) {
            return Map.of("aiSystem", "ai:image-generation");
        }
        return name.startsWith("harbour-asr-") ? Map.of("aiSystem", "ai:harbour-radio-captions") : Map.of();
    }

    static GraphBatch read(String name) {
        return read(new ImportOptions(false, null, parametersFor(name)), file(name));
    }

    static GraphBatch read(ImportOptions options, ImportFile... files) {
        return new CycloneDxImporter().read(Arrays.asList(files), options);
    }

    static ImportFile write(Path folder, String name, byte[] content) {
        try {
            return ImportFile.of(Files.write(folder.resolve(name), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<NodeRecord> nodes(GraphBatch batch, NodeLabel label) {
        return batch.nodes().stream().filter(node -> node.label() == label).toList();
    }

    static NodeRecord node(GraphBatch batch, NodeLabel label, String id) {
        return batch.nodes().stream().filter(node -> node.label().keyLabel() == label.keyLabel() && node.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no " + label + " " + id + " in " + batch.nodes()));
    }

    static List<RelRecord> relationships(GraphBatch batch, RelType type) {
        return batch.relationships().stream().filter(rel -> rel.type() == type).toList();
    }

    /** "FROM_ID -> TO_ID" for each relationship of a type, to compare edges at a glance. */
    static List<String> edges(GraphBatch batch, RelType type) {
        return relationships(batch, type).stream().map(rel -> rel.from().id() + " -> " + rel.to().id()).toList();
    }
}
