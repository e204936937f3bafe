package org.oversight.ingest.scim;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.oversight.graph.GraphBatch;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.TestExports;
import org.oversight.ingest.ImportOptions;

/** The SCIM test files and a reader (which reads no clock). */
final class ScimFixtures {

    /** RFC 7643/7644 examples, verbatim. */
    static final String RFC_MINIMAL_USER = "rfc7643-8.1-user-minimal.json";
    static final String RFC_FULL_USER = "rfc7643-8.2-user-full.json";
    static final String RFC_ENTERPRISE_USER = "rfc7643-8.3-enterprise_user.json";
    static final String RFC_GROUP = "rfc7643-8.4-group.json";
    static final String RFC_SERVICE_PROVIDER_CONFIG = "rfc7643-8.5-service_provider_configuration.json";
    static final String RFC_RESOURCE_TYPE_GROUP = "rfc7643-8.6-resource_type-group.json";
    static final String RFC_RESOURCE_TYPE_USER = "rfc7643-8.6-resource_type-user.json";
    static final String RFC_PARTIAL_LIST = "rfc7644-3.4.2-list_response-partial_attributes.json";
    static final String RFC_PATCH_OP = "rfc7644-3.5.2.1-patch_op-add_members.json";
    static final String RFC_BULK_REQUEST = "rfc7644-3.7.3-bulk_request-multiple_operations.json";

    /** Written for these tests (fictional people at example.com). */
    static final String USER_AND_MANAGER = "list_response-user_and_manager.json";
    static final String EXAMPLE_USERS = "example-users.json";
    static final String EXAMPLE_GROUPS = "example-groups.json";

    static final List<String> READABLE = List.of(RFC_MINIMAL_USER, RFC_FULL_USER, RFC_ENTERPRISE_USER, RFC_GROUP,
            USER_AND_MANAGER, EXAMPLE_USERS, EXAMPLE_GROUPS);

    private ScimFixtures() {
    }

    static ScimImporter importer() {
        return new ScimImporter();
    }

    static Path path(String name) {
        return TestExports.path("scim", name);
    }

    static ImportFile file(String name) {
        return ImportFile.of(path(name));
    }

    static GraphBatch read(String... names) {
        return read(ImportOptions.defaults(), names);
    }

    static GraphBatch read(ImportOptions options, String... names) {
        return importer().read(Arrays.stream(names).map(ScimFixtures::file).toList(), options);
    }

    static GraphBatch readSnapshot(Map<String, String> parameters, String... names) {
        return read(ImportOptions.snapshot(parameters), names);
    }
}
