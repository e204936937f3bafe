package org.oversight.ingest.aws;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
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

/** The real exports under src/test/resources/ingest/aws-iam and ways to look into a batch. */
final class AwsIamFixtures {

    /** cloudsplaining's test fixture: 3 users, 2 groups, 3 roles, 32 managed policies. */
    static final String CLOUDSPLAINING = "cloudsplaining-test-authz-details.json";
    /** cloudsplaining's small v2 fixture: 1 user, 1 group, 2 roles, 2 managed policies. */
    static final String CLOUDSPLAINING_V2 = "cloudsplaining-example-authz-v2.json";
    /** cloudmapper's demo account: 2 users, 1 group, 4 roles, 2 managed policies. */
    static final String CLOUDMAPPER_AUTHZ = "cloudmapper-demo-iam-get-account-authorization-details.json";
    /** cloudmapper's demo credential report response (Content holds the CSV as text). */
    static final String CLOUDMAPPER_REPORT = "cloudmapper-demo-iam-get-credential-report.json";
    /** The same report's Content as a CSV file. */
    static final String CLOUDMAPPER_REPORT_CSV = "cloudmapper-demo-iam-credential-report.csv";
    /** Another IAM call's output (get-account-summary): valid JSON of the wrong kind. */
    static final String ACCOUNT_SUMMARY = "cloudmapper-demo-iam-get-account-summary.json";

    static final List<String> REAL_EXPORTS = List.of(CLOUDSPLAINING, CLOUDSPLAINING_V2, CLOUDMAPPER_AUTHZ,
            CLOUDMAPPER_REPORT, CLOUDMAPPER_REPORT_CSV);

    private AwsIamFixtures() {
    }

    static Path path(String name) {
        return TestExports.path("aws-iam", name);
    }

    static ImportFile file(String name) {
        return new ImportFile(name, path(name));
    }

    static GraphBatch read(String... names) {
        return read(ImportOptions.defaults(), names);
    }

    static GraphBatch read(ImportOptions options, String... names) {
        return new AwsIamImporter().read(Arrays.stream(names).map(AwsIamFixtures::file).toList(), options);
    }

    /** Nodes the batch describes (not mere references) whose key label is the given one. */
    static List<NodeRecord> described(GraphBatch batch, NodeLabel keyLabel) {
        return batch.nodes().stream()
                .filter(node -> node.label().keyLabel() == keyLabel && !node.reference()).toList();
    }

    static List<NodeRecord> references(GraphBatch batch, NodeLabel keyLabel) {
        return batch.nodes().stream()
                .filter(node -> node.label().keyLabel() == keyLabel && node.reference()).toList();
    }

    static NodeRecord node(GraphBatch batch, String id) {
        return batch.nodes().stream().filter(node -> node.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id));
    }

    static Map<String, Object> properties(GraphBatch batch, String id) {
        return node(batch, id).properties();
    }

    static List<RelRecord> relationships(GraphBatch batch, RelType type) {
        return batch.relationships().stream().filter(rel -> rel.type() == type).toList();
    }

    /** Everything the batch would write, as text: to look for values that must never be stored. */
    static String everything(GraphBatch batch) {
        StringBuilder text = new StringBuilder();
        batch.nodes().forEach(node -> text.append(node).append('\n'));
        batch.relationships().forEach(rel -> text.append(rel).append('\n'));
        batch.warnings().forEach(warning -> text.append(warning).append('\n'));
        return text.toString();
    }

    static List<NodeRecord> nodes(Collection<NodeRecord> nodes) {
        return List.copyOf(nodes);
    }
}
