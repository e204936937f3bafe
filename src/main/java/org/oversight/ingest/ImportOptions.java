package org.oversight.ingest;

import java.util.Map;

/**
 * How to take one import.
 *
 * @param snapshot   whether the files are a full snapshot of their source scope, so that what the
 *                   graph holds from that scope but the files lack becomes stale
 * @param graceDays  with a snapshot: nodes stale for longer than this are marked deleted; null = never
 * @param parameters source-specific settings, e.g. {@code cluster} for Kubernetes
 * @param scope      the one scope to read of an input that holds several (see
 *                   {@link org.oversight.graph.GraphBatch#scopes()}), set by the import service; null = all
 */
public record ImportOptions(boolean snapshot, Integer graceDays, Map<String, String> parameters, String scope) {

    public ImportOptions {
        parameters = Map.copyOf(parameters);
    }

    public ImportOptions(boolean snapshot, Integer graceDays, Map<String, String> parameters) {
        this(snapshot, graceDays, parameters, null);
    }

    /** These options, to read only one scope of an input that holds several. */
    public ImportOptions withScope(String scope) {
        return new ImportOptions(snapshot, graceDays, parameters, scope);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, null, Map.of());
    }

    public static ImportOptions snapshot(Map<String, String> parameters) {
        return new ImportOptions(true, null, parameters);
    }

    /** A parameter's value, or null when not given. */
    public String parameter(String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A parameter the source cannot do without. */
    public String required(String name, String why) {
        String value = parameter(name);
        if (value == null) {
            throw new ImportException(null, null, name, "parameter '" + name + "' is required: " + why);
        }
        return value;
    }
}
