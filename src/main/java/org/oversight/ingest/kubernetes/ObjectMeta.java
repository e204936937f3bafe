package org.oversight.ingest.kubernetes;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.oversight.ingest.kit.Fields;
import org.oversight.ingest.kit.Secrets;

import tools.jackson.databind.JsonNode;

/**
 * The metadata of an object that the mapping uses. Names are checked against the rules the API
 * server enforces, so ids stay unambiguous and a damaged export is refused rather than imported.
 *
 * @param namespace   the namespace, or null when the object names none
 * @param annotations read only for owner keys; other annotations (such as
 *                    {@code kubectl.kubernetes.io/last-applied-configuration}, which can hold a
 *                    Secret's data) are never stored
 */
record ObjectMeta(String name, String namespace, Map<String, String> labels, Map<String, String> annotations,
        OffsetDateTime createdAt, String uid) {

    /** RFC 1123 label: namespaces. */
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    /** RFC 1123 subdomain: service accounts. */
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    /** How the API server constrains an object's name. */
    enum NameRule {
        /** ServiceAccounts. */
        DNS_SUBDOMAIN,
        /** Roles and bindings: any text usable as a path segment, e.g. {@code system:controller:job-controller}. */
        PATH_SEGMENT
    }

    static ObjectMeta of(KubeObject object, NameRule nameRule) {
        JsonNode metadata = object.object(object.body(), "metadata", "metadata");
        if (metadata == null) {
            throw object.fail("metadata", "is required: every " + object.kind() + " has metadata.name");
        }
        String name = object.requiredText(metadata, "name", "metadata.name");
        checkName(object, "metadata.name", name, nameRule);
        String namespace = object.text(metadata, "namespace", "metadata.namespace");
        if (namespace != null) {
            checkNamespace(object, "metadata.namespace", namespace);
        }
        return new ObjectMeta(name, namespace, stringMap(object, metadata, "labels"),
                stringMap(object, metadata, "annotations"), time(object, metadata), object.text(metadata, "uid",
                "metadata.uid"));
    }

    /**
     * Labels as "key=value" texts, the form a list property can hold, screened as every source's
     * tags are: a secret-looking key keeps no value, a secret in a value is redacted; each such
     * label is handed to {@code warn}.
     */
    List<String> labelList(Consumer<String> warn) {
        return labels.entrySet().stream().map(label -> Secrets.pair("label", label.getKey(), label.getValue(), warn)).toList();
    }

    static void checkName(KubeObject object, String field, String name, NameRule rule) {
        boolean valid = switch (rule) {
            case DNS_SUBDOMAIN -> name.length() <= 253 && DNS_SUBDOMAIN.matcher(name).matches();
            case PATH_SEGMENT -> !name.equals(".") && !name.equals("..") && name.chars()
                    .noneMatch(c -> c == '/' || c == '%' || Character.isISOControl(c));
        };
        if (!valid) {
            throw object.fail(field, "'" + name + "' is not a valid Kubernetes name"
                    + (rule == NameRule.DNS_SUBDOMAIN ? " (lower-case letters, digits, '-' and '.')" : ""));
        }
    }

    static void checkNamespace(KubeObject object, String field, String namespace) {
        if (!DNS_LABEL.matcher(namespace).matches()) {
            throw object.fail(field, "'" + namespace + "' is not a valid namespace (lower-case letters, digits and '-')");
        }
    }

    private static Map<String, String> stringMap(KubeObject object, JsonNode metadata, String field) {
        JsonNode map = object.object(metadata, field, "metadata." + field);
        Map<String, String> values = new LinkedHashMap<>();
        if (map != null) {
            for (Map.Entry<String, JsonNode> entry : map.properties()) {
                JsonNode value = entry.getValue();
                if (!value.isValueNode()) {
                    throw object.fail("metadata." + field + "." + entry.getKey(), "must be text, not "
                            + Fields.describe(value));
                }
                values.put(entry.getKey(), value.isNull() ? "" : value.asString());
            }
        }
        return values;
    }

    private static OffsetDateTime time(KubeObject object, JsonNode metadata) {
        return object.fields().time(object.text(metadata, "creationTimestamp", "metadata.creationTimestamp"),
                "metadata.creationTimestamp");
    }
}
