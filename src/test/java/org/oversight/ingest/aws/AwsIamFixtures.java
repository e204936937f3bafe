package org.oversight.ingest.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import org.oversight.ingest.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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

    /** Account of {@link #CLOUDSPLAINING} and, in {@link #mergedTwoAccounts}, of its first account. */
    static final String FIRST_ACCOUNT = "012345678901";
    /** The account {@link #CLOUDSPLAINING_V2} is moved to in {@link #mergedTwoAccounts}. */
    static final String SECOND_ACCOUNT = "210987654321";
    /** A role of an account no file describes, which the second account's GOAT role trusts. */
    static final String PARTNER_ROLE = "arn:aws:iam::135792468024:role/partner-auditor";
    /** A role of the first account, which the second account's GOAT role trusts as well. */
    static final String FIRST_ACCOUNTS_ROLE = "arn:aws:iam::" + FIRST_ACCOUNT + ":role/MyRole";

    /**
     * The second account on its own: {@link #CLOUDSPLAINING_V2} moved to {@link #SECOND_ACCOUNT},
     * with its GOAT role trusting {@link #PARTNER_ROLE} and {@link #FIRST_ACCOUNTS_ROLE}.
     */
    static Path secondAccount(Path folder) {
        JsonNode v2 = Json.readTree(file(CLOUDSPLAINING_V2));
        ObjectNode moved = (ObjectNode) Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(v2)
                .replace(FIRST_ACCOUNT, SECOND_ACCOUNT));
        for (JsonNode role : moved.withArray("RoleDetailList")) {
            if (role.path("RoleName").stringValue("").equals("GOAT")) {
                ObjectNode principal = (ObjectNode) role.path("AssumeRolePolicyDocument").path("Statement").get(0)
                        .path("Principal");
                principal.putArray("AWS").add(PARTNER_ROLE).add(FIRST_ACCOUNTS_ROLE);
            }
        }
        return write(folder.resolve("second-account.json"), moved);
    }

    /**
     * A merged export of two accounts, as tools that gather several accounts ship them: the lists
     * of {@link #CLOUDSPLAINING} (the first account) and of {@link #secondAccount} in one document.
     */
    static Path mergedTwoAccounts(Path folder) {
        JsonNode first = Json.readTree(file(CLOUDSPLAINING));
        JsonNode second = Json.readTree(ImportFile.of(secondAccount(folder)));
        ObjectNode merged = Json.MAPPER.createObjectNode();
        for (String list : List.of("UserDetailList", "GroupDetailList", "RoleDetailList", "Policies")) {
            ArrayNode records = merged.putArray(list);
            records.addAll((ArrayNode) first.path(list));
            records.addAll((ArrayNode) second.path(list));
        }
        return write(folder.resolve("two-accounts.json"), merged);
    }

    private static Path write(Path file, JsonNode json) {
        try {
            return Files.writeString(file, Json.MAPPER.writeValueAsString(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
