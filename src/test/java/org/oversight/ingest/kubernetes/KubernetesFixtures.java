package org.oversight.ingest.kubernetes;

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

/** Test files and shortcuts shared by the Kubernetes importer tests. */
final class KubernetesFixtures {

    static final String CLUSTER = "test-cluster";

    /** The kube-prometheus manifests, as published. */
    static final List<String> REAL_FILES = List.of(
            "alertmanager-serviceAccount.yaml",
            "grafana-serviceAccount.yaml",
            "prometheus-clusterRole.yaml",
            "prometheus-clusterRoleBinding.yaml",
            "prometheus-roleBindingConfig.yaml",
            "prometheus-roleBindingSpecificNamespaces.yaml",
            "prometheus-roleConfig.yaml",
            "prometheus-roleSpecificNamespaces.yaml",
            "prometheus-serviceAccount.yaml");

    static final String KUBECTL_JSON = "kubectl-get-rbac.json";
    static final String MIXED_YAML = "mixed-manifests.yaml";

    private KubernetesFixtures() {
    }

    static ImportFile resource(String name) {
        return new ImportFile(name, TestExports.path("kubernetes", name));
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(resource(name).path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file with the given content and name in {@code folder}. */
    static ImportFile file(Path folder, String name, byte[] content) {
        try {
            Path path = Files.createTempFile(folder, "k8s", ".tmp");
            Files.write(path, content);
            return new ImportFile(name, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GraphBatch read(String... names) {
        return read(options(false), names);
    }

    static GraphBatch read(ImportOptions options, String... names) {
        return new KubernetesImporter().read(Arrays.stream(names).map(KubernetesFixtures::resource).toList(), options);
    }

    static GraphBatch read(ImportFile... files) {
        return new KubernetesImporter().read(List.of(files), options(false));
    }

    static ImportOptions options(boolean snapshot) {
        return new ImportOptions(snapshot, null, Map.of("cluster", CLUSTER));
    }

    static List<NodeRecord> nodes(GraphBatch batch, NodeLabel label) {
        return batch.nodes().stream().filter(node -> node.label().keyLabel() == label.keyLabel()).toList();
    }

    static NodeRecord node(GraphBatch batch, String id) {
        return batch.nodes().stream().filter(node -> node.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id + " in " + batch.nodes()));
    }

    static List<RelRecord> relationships(GraphBatch batch, RelType type) {
        return batch.relationships().stream().filter(rel -> rel.type() == type).toList();
    }

    static RelRecord relationship(GraphBatch batch, RelType type, String from, String to) {
        return batch.relationships().stream()
                .filter(rel -> rel.type() == type && rel.from().id().equals(from) && rel.to().id().equals(to))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " " + from + " -> " + to));
    }
}
