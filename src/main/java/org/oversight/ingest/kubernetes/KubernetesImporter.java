package org.oversight.ingest.kubernetes;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.Importer;
import org.springframework.stereotype.Component;

/**
 * Source {@code kubernetes}: the RBAC objects of one cluster (ServiceAccount, Role, ClusterRole,
 * RoleBinding, ClusterRoleBinding) from multi-document YAML manifests or
 * {@code kubectl get ... -o json}. Service accounts become non-human identities, roles policies,
 * bindings {@code HAS_POLICY} edges from the service accounts, users and groups they name. Other
 * kinds are reported as warnings; Secret data is never read into the graph.
 *
 * <p>The {@code cluster} parameter names the cluster: it is part of every id and the snapshot
 * scope, since the export itself does not say which cluster it came from.
 */
@Component
class KubernetesImporter implements Importer {

    /** Cluster names become part of ids, so they keep to characters that need no escaping. */
    private static final Pattern CLUSTER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    @Override
    public String source() {
        return "kubernetes";
    }

    @Override
    public String description() {
        return "Kubernetes RBAC: ServiceAccounts, Roles, ClusterRoles and their bindings, as YAML manifests or "
                + "kubectl get -o json";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("cluster", "required: name of the cluster the export comes from (letters, digits, '.', '_', '-'); "
                + "part of every id and the snapshot scope");
    }

    @Override
    public void read(List<ImportFile> files, ImportOptions options, GraphBatch.Builder batch) {
        String cluster = options.required("cluster", "it names the cluster in ids and is the snapshot scope");
        if (!CLUSTER.matcher(cluster).matches()) {
            throw new ImportException(null, null, "cluster", "'" + cluster + "' is not a usable cluster name: "
                    + "use letters, digits, '.', '_' and '-' (up to 100), e.g. prod-eu-1");
        }
        batch.scope(cluster);
        if (options.snapshot()) {
            batch.snapshot(List.of(NodeLabel.IDENTITY, NodeLabel.POLICY, NodeLabel.GROUP, NodeLabel.CREDENTIAL),
                    List.of(RelType.HAS_POLICY, RelType.HAS_CREDENTIAL, RelType.OWNED_BY));
        }
        ClusterMapper mapper = new ClusterMapper(cluster, batch);
        for (ImportFile file : files) {
            ManifestReader.read(file, mapper::accept);
        }
        mapper.finish();
    }
}
