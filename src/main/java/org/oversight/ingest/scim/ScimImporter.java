package org.oversight.ingest.scim;

import java.util.List;
import java.util.Map;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.Importer;
import org.oversight.ingest.Json;
import org.springframework.stereotype.Component;

/**
 * Source {@code scim}: SCIM 2.0 (RFC 7643/7644) Users and Groups of an identity provider or HR
 * directory, as ListResponse documents ({@code GET /Users}, {@code GET /Groups}) or single
 * resources. Users become {@code Human}s keyed by e-mail, with {@code REPORTS_TO} their manager
 * (enterprise extension); Groups become {@code Team}s with their members.
 */
@Component
class ScimImporter implements Importer {

    static final String DIRECTORY = "directory";

    @Override
    public String source() {
        return "scim";
    }

    @Override
    public String description() {
        return "SCIM 2.0 Users and Groups (ListResponse or single resources): people, their managers and teams";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of(DIRECTORY, "name of the directory the export comes from (e.g. okta-prod); the scope of a snapshot");
    }

    @Override
    public void read(List<ImportFile> files, ImportOptions options, GraphBatch.Builder batch) {
        batch.scope(options.parameter(DIRECTORY));
        if (options.snapshot()) {
            batch.snapshot(List.of(NodeLabel.HUMAN, NodeLabel.TEAM), List.of(RelType.MEMBER_OF, RelType.REPORTS_TO));
        }
        ScimDirectory directory = new ScimDirectory(batch);
        for (ImportFile file : files) {
            switch (ScimDocument.kind(file)) {
                case LIST_RESPONSE -> readListResponse(file, directory, options.snapshot(), batch);
                case USER -> directory.user(new ScimResource(file.name(), "User", Json.readTree(file)));
                case GROUP -> directory.group(new ScimResource(file.name(), "Group", Json.readTree(file)));
                default -> throw new IllegalStateException("ScimDocument refuses every other kind");
            }
        }
        directory.resolveLinks();
    }

    /** Maps the {@code Resources} of a ListResponse as they stream past, and checks it is not one page of several. */
    private static void readListResponse(ImportFile file, ScimDirectory directory, boolean snapshot,
                                         GraphBatch.Builder batch) {
        long[] resources = {0};
        Long totalResults = ScimDocument.readListResponse(file, (record, resource) -> {
            resources[0]++;
            directory.listed(new ScimResource(file.name(), record, resource));
        });
        if (totalResults != null && resources[0] < totalResults) {
            String page = "holds " + resources[0] + " of " + totalResults + " results: one page of a paged listing";
            if (snapshot) {
                // A snapshot of one page would mark everyone on the other pages stale.
                throw new ImportException(file.name(), null, "totalResults", page
                        + "; a snapshot needs every page, merged into one ListResponse");
            }
            batch.warn(file.name(), page + "; the users and groups on other pages are not in this import");
        } else if (resources[0] == 0) {
            batch.warn(file.name(), "holds no resources");
        }
    }
}
