package org.oversight.ingest.entra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRecord;
import org.oversight.graph.PropertyDomains;
import org.oversight.graph.RelRecord;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.TestExports;
import org.oversight.ingest.ImportOptions;

/** Test files of the entra source and its importer. */
final class EntraTestFiles {

    static final String APPLICATIONS = "scubagear-MockApplications.json";
    static final String SERVICE_PRINCIPALS = "scubagear-MockServicePrincipals.json";
    static final String FEDERATED_CREDENTIALS = "scubagear-MockFederatedCredentials.json";
    static final String APP_ROLE_ASSIGNMENTS = "scubagear-MockServicePrincipalAppRoleAssignments.json";
    static final String APPLICATION_PERMISSIONS = "scubagear-MockApplicationPermissions.json";
    static final String PERMISSION_CACHE = "scubagear-MockResourcePermissionCache.json";
    static final String GRAPH_RESOURCE_SP = "scubagear-MockResourceSP_Graph.json";
    static final String RAW_SERVICE_PRINCIPALS = "graph-v1-servicePrincipals.json";

    private EntraTestFiles() {
    }

    static EntraImporter importer() {
        return new EntraImporter();
    }

    static Path resource(String name) {
        return TestExports.path("entra", name);
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GraphBatch read(String... resources) {
        return read(ImportOptions.defaults(), resources);
    }

    static GraphBatch read(ImportOptions options, String... resources) {
        List<ImportFile> files = Arrays.stream(resources).map(name -> ImportFile.of(resource(name))).toList();
        return importer().read(files, options);
    }

    static ImportOptions parameters(Map<String, String> parameters) {
        return new ImportOptions(false, null, parameters);
    }

    /** Writes a file of the given content and charset into the folder. */
    static ImportFile write(Path folder, String name, String content, Charset charset, byte... prefix) {
        try {
            Path path = folder.resolve(name);
            byte[] body = content.getBytes(charset);
            byte[] all = Arrays.copyOf(prefix, prefix.length + body.length);
            System.arraycopy(body, 0, all, prefix.length, body.length);
            Files.write(path, all);
            return ImportFile.of(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportFile writeBytes(Path folder, String name, byte[] content) {
        try {
            Path path = folder.resolve(name);
            Files.write(path, content);
            return ImportFile.of(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NodeRecord node(GraphBatch batch, String id) {
        return batch.nodes().stream().filter(node -> node.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id + " in " + batch.nodes().stream().map(NodeRecord::id).toList()));
    }

    static List<NodeRecord> nodes(GraphBatch batch, NodeLabel keyLabel) {
        return batch.nodes().stream().filter(node -> node.label().keyLabel() == keyLabel).toList();
    }

    static List<RelRecord> relationships(GraphBatch batch, RelType type) {
        return batch.relationships().stream().filter(rel -> rel.type() == type).toList();
    }

    /** Every enumerated property holds a value its domain allows. */
    static void assertWithinDomains(GraphBatch batch) {
        for (NodeRecord node : batch.nodes()) {
            node.properties().forEach((key, value) -> {
                List<String> allowed = PropertyDomains.allowed(node.label(), key);
                if (allowed != null) {
                    assertThat(allowed).as("%s %s.%s", node.label(), node.id(), key).contains((String) value);
                }
            });
        }
        for (RelRecord rel : batch.relationships()) {
            rel.properties().forEach((key, value) -> {
                List<String> allowed = PropertyDomains.allowed(rel.type(), key);
                if (allowed != null) {
                    assertThat(allowed).as("%s %s -> %s .%s", rel.type(), rel.from(), rel.to(), key).contains((String) value);
                }
            });
        }
    }
}
