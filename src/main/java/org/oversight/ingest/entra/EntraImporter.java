package org.oversight.ingest.entra;

import java.util.List;
import java.util.Map;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.Importer;
import org.springframework.stereotype.Component;

/**
 * Source {@code entra}: Microsoft Entra ID objects as Microsoft Graph returns them (REST list
 * responses, {@code az} CLI output, Graph PowerShell {@code ConvertTo-Json} output, or a bundle of
 * those): applications and service principals with their owners, credentials and app role
 * assignments, users and groups. See importers/entra/README.md for the mapping.
 */
@Component
class EntraImporter implements Importer {

    static final String TENANT = "tenant";
    static final String PARENT = "parent";

    /** What a full export describes: what a later snapshot lacks of these becomes stale. */
    static final List<NodeLabel> SNAPSHOT_LABELS = List.of(NodeLabel.IDENTITY, NodeLabel.CREDENTIAL, NodeLabel.GROUP,
            NodeLabel.POLICY);
    static final List<RelType> SNAPSHOT_TYPES = List.of(RelType.OWNED_BY, RelType.HAS_CREDENTIAL, RelType.HAS_POLICY,
            RelType.MEMBER_OF);

    @Override
    public String source() {
        return "entra";
    }

    @Override
    public String description() {
        return "Microsoft Entra ID from Microsoft Graph JSON (REST responses, az CLI or Graph PowerShell output): "
                + "applications, service principals, their owners, credentials and app role assignments, users and groups";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of(
                TENANT, "Entra tenant id the export describes, the scope of snapshots; by default the "
                        + "appOwnerOrganizationId of the tenant's own applications when the export shows one",
                PARENT, "object id of the application or service principal whose owners, federated identity "
                        + "credentials or app role assignments the files list, for exports that do not name it "
                        + "(Get-MgApplicationFederatedIdentityCredential, az ad app owner list ...); not with snapshot=true");
    }

    @Override
    public void read(List<ImportFile> files, ImportOptions options, GraphBatch.Builder batch) {
        String parent = options.parameter(PARENT);
        if (parent != null && options.snapshot()) {
            throw new ImportException(null, null, PARENT, "the children of one object are not a full snapshot of a "
                    + "tenant; import them without snapshot=true");
        }
        EntraMapper mapper = new EntraMapper(batch);
        for (ImportFile file : files) {
            mapper.startFile(file.name());
            new ExportReader(file, mapper).read(ListContext.top(parent));
            mapper.endFile();
        }
        String tenant = mapper.finish(options.parameter(TENANT), options.snapshot());
        batch.scope(tenant);
        if (options.snapshot()) {
            batch.snapshot(SNAPSHOT_LABELS, SNAPSHOT_TYPES);
        }
    }
}
