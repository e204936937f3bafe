package org.oversight.ingest.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRef;
import org.oversight.graph.RelType;
import org.oversight.ingest.kit.Fields;
import org.oversight.ingest.kubernetes.ObjectMeta.NameRule;
import org.oversight.ingest.kit.People;
import tools.jackson.databind.JsonNode;

/**
 * Maps the RBAC objects of one cluster into a batch. Bindings are collected first and written by
 * {@link #finish()}: several bindings of the same subject to the same role make one
 * {@code HAS_POLICY} edge, and an identity's {@code privileged} flag needs all its bindings.
 */
final class ClusterMapper {

    static final String PROVIDER = "kubernetes";

    private static final String RBAC_API = "rbac.authorization.k8s.io/";
    private static final String SERVICE_ACCOUNT_USER = "system:serviceaccount:";

    /** An identity this batch describes, with the namespace whose implicit groups a service account is in. */
    private record Described(NodeLabel label, String namespace) {
    }

    /** A subject's grant of one role, through one or more bindings. */
    private record GrantKey(NodeRef subject, String policyId) {
    }

    private static final class Grant {
        final Set<String> bindings = new TreeSet<>();
        final Set<String> namespaces = new TreeSet<>();
        boolean clusterWide;
    }

    private final String cluster;
    private final GraphBatch.Builder batch;
    private final Map<String, Described> identities = new LinkedHashMap<>();
    /** Policies described in this batch: id -> privileged. */
    private final Map<String, Boolean> policies = new LinkedHashMap<>();
    private final Map<GrantKey, Grant> grants = new LinkedHashMap<>();

    ClusterMapper(String cluster, GraphBatch.Builder batch) {
        this.cluster = cluster;
        this.batch = batch;
    }

    void accept(KubeObject object) {
        boolean rbac = object.apiVersion().startsWith(RBAC_API);
        switch (object.kind()) {
            case "ServiceAccount" -> {
                if (object.apiVersion().equals("v1")) {
                    serviceAccount(object);
                } else {
                    notMapped(object);
                }
            }
            case "Role", "ClusterRole" -> {
                if (rbac) {
                    role(object, object.kind().equals("ClusterRole"));
                } else {
                    notMapped(object);
                }
            }
            case "RoleBinding", "ClusterRoleBinding" -> {
                if (rbac) {
                    binding(object, object.kind().equals("ClusterRoleBinding"));
                } else {
                    notMapped(object);
                }
            }
            default -> notMapped(object);
        }
    }

    /** Writes the HAS_POLICY edges and the privileged flag of the identities described. */
    void finish() {
        grants.forEach((key, grant) -> {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("binding", List.copyOf(grant.bindings));
            if (!grant.namespaces.isEmpty()) {
                properties.put("bindingNamespace", List.copyOf(grant.namespaces));
            }
            properties.put("clusterWide", grant.clusterWide);
            batch.relationship(RelType.HAS_POLICY, key.subject(), new NodeRef(NodeLabel.POLICY, key.policyId()),
                    properties);
        });
        identities.forEach((id, described) -> {
            Boolean privileged = privileged(id, described);
            if (privileged != null) {
                batch.node(described.label(), id, Map.of("privileged", privileged));
            }
        });
    }

    private void serviceAccount(KubeObject object) {
        ObjectMeta meta = ObjectMeta.of(object, NameRule.DNS_SUBDOMAIN);
        String namespace = namespaceOf(meta);
        String id = serviceAccountId(namespace, meta.name());
        Map<String, Object> properties = serviceAccountProperties(namespace, meta.name());
        // Kubernetes has no disabled service accounts: one that is listed exists.
        properties.put("status", "ACTIVE");
        putIfPresent(properties, "createdAt", meta.createdAt());
        putIfPresent(properties, "uid", meta.uid());
        Boolean automount = object.fields().bool(object.body().get("automountServiceAccountToken"),
                "automountServiceAccountToken");
        if (automount != null) {
            properties.put("automountServiceAccountToken", automount);
        }
        if (!meta.labels().isEmpty()) {
            properties.put("labels", labels(object, meta));
        }
        List<String> pullSecrets = secretNames(object, "imagePullSecrets");
        if (!pullSecrets.isEmpty()) {
            properties.put("imagePullSecrets", pullSecrets);
        }
        batch.node(NodeLabel.NON_HUMAN_IDENTITY, id, properties);
        identities.put(id, new Described(NodeLabel.NON_HUMAN_IDENTITY, namespace));
        NodeRef identity = new NodeRef(NodeLabel.NON_HUMAN_IDENTITY, id);

        // Only the names of the token Secrets: the references carry no secret value.
        for (String secret : secretNames(object, "secrets")) {
            String credentialId = id + ":token:" + secret;
            batch.node(NodeLabel.CREDENTIAL, credentialId, Map.of("name", secret, "kind", "TOKEN",
                    "namespace", namespace));
            batch.relationship(RelType.HAS_CREDENTIAL, identity, new NodeRef(NodeLabel.CREDENTIAL, credentialId));
        }
        OwnerMetadata.link(object, meta, identity, batch);
    }

    private List<String> secretNames(KubeObject object, String field) {
        List<String> names = new ArrayList<>();
        List<JsonNode> references = object.list(object.body(), field, field);
        for (int i = 0; i < references.size(); i++) {
            String path = field + "[" + i + "]";
            JsonNode reference = references.get(i);
            if (!reference.isObject()) {
                throw object.fail(path, "must be an object with the Secret's name, not " + Fields.describe(reference));
            }
            String name = object.requiredText(reference, "name", path + ".name");
            ObjectMeta.checkName(object, path + ".name", name, NameRule.DNS_SUBDOMAIN);
            names.add(name);
        }
        return names;
    }

    private void role(KubeObject object, boolean clusterRole) {
        ObjectMeta meta = ObjectMeta.of(object, NameRule.PATH_SEGMENT);
        List<PolicyRules.Rule> rules = PolicyRules.parse(object, !clusterRole);
        String namespace = clusterRole ? null : namespaceOf(meta);
        String id = clusterRole ? clusterRoleId(meta.name()) : roleId(namespace, meta.name());
        List<String> reasons = PolicyRules.privilegeReasons(meta.name(), clusterRole, rules);

        Map<String, Object> properties = policyProperties(meta.name(), namespace);
        properties.put("actions", PolicyRules.actions(rules));
        properties.put("privileged", !reasons.isEmpty());
        if (!reasons.isEmpty()) {
            properties.put("privilegeReasons", reasons);
        }
        putIfPresent(properties, "createdAt", meta.createdAt());
        putIfPresent(properties, "uid", meta.uid());
        if (!meta.labels().isEmpty()) {
            properties.put("labels", labels(object, meta));
        }
        if (clusterRole) {
            List<String> aggregated = aggregationLabels(object);
            if (!aggregated.isEmpty()) {
                properties.put("aggregationLabels", aggregated);
            }
        }
        batch.node(NodeLabel.POLICY, id, properties);
        policies.put(id, !reasons.isEmpty());
        OwnerMetadata.warnNotLinked(object, meta, object.kind() + " " + meta.name(), batch);
    }

    /**
     * The label selectors of an aggregated ClusterRole ("key=value"): its rules are filled in by
     * the cluster from the ClusterRoles those select, so a manifest's rules may be empty.
     */
    private static List<String> aggregationLabels(KubeObject object) {
        JsonNode aggregation = object.object(object.body(), "aggregationRule", "aggregationRule");
        List<String> labels = new ArrayList<>();
        if (aggregation == null) {
            return labels;
        }
        List<JsonNode> selectors = object.list(aggregation, "clusterRoleSelectors", "aggregationRule.clusterRoleSelectors");
        for (int i = 0; i < selectors.size(); i++) {
            String path = "aggregationRule.clusterRoleSelectors[" + i + "]";
            JsonNode selector = selectors.get(i);
            if (!selector.isObject()) {
                throw object.fail(path, "must be an object, not " + Fields.describe(selector));
            }
            JsonNode matchLabels = object.object(selector, "matchLabels", path + ".matchLabels");
            if (matchLabels != null) {
                for (Map.Entry<String, JsonNode> label : matchLabels.properties()) {
                    labels.add(label.getKey() + "=" + object.text(matchLabels, label.getKey(),
                            path + ".matchLabels." + label.getKey()));
                }
            }
        }
        return labels;
    }

    private void binding(KubeObject object, boolean clusterBinding) {
        ObjectMeta meta = ObjectMeta.of(object, NameRule.PATH_SEGMENT);
        String namespace = clusterBinding ? null : namespaceOf(meta);
        JsonNode roleRef = object.object(object.body(), "roleRef", "roleRef");
        if (roleRef == null) {
            throw object.fail("roleRef", "is required: a binding names the role it grants");
        }
        String roleKind = object.requiredText(roleRef, "kind", "roleRef.kind");
        String roleName = object.requiredText(roleRef, "name", "roleRef.name");
        ObjectMeta.checkName(object, "roleRef.name", roleName, NameRule.PATH_SEGMENT);
        String policyId = switch (roleKind) {
            case "ClusterRole" -> clusterRoleId(roleName);
            case "Role" -> {
                if (clusterBinding) {
                    throw object.fail("roleRef.kind", "a ClusterRoleBinding can only bind a ClusterRole");
                }
                yield roleId(namespace, roleName);
            }
            default -> throw object.fail("roleRef.kind", "is Role or ClusterRole, not '" + roleKind + "'");
        };
        batch.reference(NodeLabel.POLICY, policyId, policyProperties(roleName,
                roleKind.equals("Role") ? namespace : null));

        String bindingName = clusterBinding ? meta.name() : namespace + "/" + meta.name();
        List<JsonNode> subjects = object.list(object.body(), "subjects", "subjects");
        if (subjects.isEmpty()) {
            batch.warn(object.where(), object.kind() + " " + bindingName + " binds no subjects; nothing to map");
        }
        for (int i = 0; i < subjects.size(); i++) {
            NodeRef subject = subject(object, "subjects[" + i + "]", subjects.get(i), namespace);
            if (subject != null) {
                Grant grant = grants.computeIfAbsent(new GrantKey(subject, policyId), key -> new Grant());
                grant.bindings.add(bindingName);
                if (clusterBinding) {
                    grant.clusterWide = true;
                } else {
                    grant.namespaces.add(namespace);
                }
            }
        }
        OwnerMetadata.warnNotLinked(object, meta, object.kind() + " " + bindingName, batch);
    }

    /** The node a binding subject stands for, or null (with a warning) for kinds that are not mapped. */
    private NodeRef subject(KubeObject object, String path, JsonNode subject, String bindingNamespace) {
        if (!subject.isObject()) {
            throw object.fail(path, "must be an object with kind and name, not " + Fields.describe(subject));
        }
        String kind = object.requiredText(subject, "kind", path + ".kind");
        String name = object.requiredText(subject, "name", path + ".name");
        return switch (kind) {
            case "ServiceAccount" -> {
                String namespace = object.text(subject, "namespace", path + ".namespace");
                if (namespace == null) {
                    if (bindingNamespace == null) {
                        throw object.fail(path + ".namespace", "is required for a ServiceAccount in a ClusterRoleBinding");
                    }
                    namespace = bindingNamespace;
                }
                ObjectMeta.checkNamespace(object, path + ".namespace", namespace);
                ObjectMeta.checkName(object, path + ".name", name, NameRule.DNS_SUBDOMAIN);
                yield serviceAccountReference(namespace, name);
            }
            case "User" -> user(object, path, name);
            case "Group" -> {
                String id = principalId("group", name);
                batch.node(NodeLabel.GROUP, id, Map.of("name", name, "provider", PROVIDER));
                yield new NodeRef(NodeLabel.GROUP, id);
            }
            default -> {
                batch.warn(object.where(), path + ": subject kind '" + kind + "' (" + name
                        + ") is not mapped; subjects are ServiceAccount, User or Group");
                yield null;
            }
        };
    }

    /**
     * A User subject. Kubernetes keeps no User objects; a binding is all there is. The user
     * {@code system:serviceaccount:<namespace>:<name>} is that service account; other
     * {@code system:} users are the cluster's own components (scheduler, controller manager ...)
     * and become non-human API clients; everyone else is a person's account.
     */
    private NodeRef user(KubeObject object, String path, String name) {
        if (name.startsWith(SERVICE_ACCOUNT_USER)) {
            String[] parts = name.substring(SERVICE_ACCOUNT_USER.length()).split(":", -1);
            if (parts.length == 2) {
                ObjectMeta.checkNamespace(object, path + ".name", parts[0]);
                ObjectMeta.checkName(object, path + ".name", parts[1], NameRule.DNS_SUBDOMAIN);
                return serviceAccountReference(parts[0], parts[1]);
            }
        }
        String id = principalId("user", name);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", name);
        properties.put("provider", PROVIDER);
        properties.put("account", cluster);
        NodeLabel label;
        if (name.startsWith("system:")) {
            label = NodeLabel.NON_HUMAN_IDENTITY;
            properties.put("kind", "API_CLIENT");
        } else {
            label = NodeLabel.HUMAN_ACCOUNT;
            properties.put("kind", "USER_ACCOUNT");
            if (People.isEmail(name)) {
                properties.put("email", name);
            }
        }
        batch.node(label, id, properties);
        identities.putIfAbsent(id, new Described(label, null));
        return new NodeRef(label, id);
    }

    private NodeRef serviceAccountReference(String namespace, String name) {
        String id = serviceAccountId(namespace, name);
        batch.reference(NodeLabel.NON_HUMAN_IDENTITY, id, serviceAccountProperties(namespace, name));
        return new NodeRef(NodeLabel.NON_HUMAN_IDENTITY, id);
    }

    /**
     * True when the identity is granted a privileged role, directly or through the groups every
     * account of its kind is in; false when every role it is granted is described here and none is
     * privileged; null (left unset) when a granted role is not in the export.
     */
    private Boolean privileged(String id, Described described) {
        List<String> granted = new ArrayList<>();
        List<NodeRef> subjects = new ArrayList<>(List.of(new NodeRef(described.label(), id),
                new NodeRef(NodeLabel.GROUP, principalId("group", "system:authenticated"))));
        if (described.namespace() != null) {
            subjects.add(new NodeRef(NodeLabel.GROUP, principalId("group", "system:serviceaccounts")));
            subjects.add(new NodeRef(NodeLabel.GROUP, principalId("group", "system:serviceaccounts:"
                    + described.namespace())));
        }
        grants.keySet().stream().filter(key -> subjects.contains(key.subject()))
                .forEach(key -> granted.add(key.policyId()));
        if (granted.contains(clusterRoleId("cluster-admin"))
                || granted.stream().anyMatch(policy -> Boolean.TRUE.equals(policies.get(policy)))) {
            return true;
        }
        return policies.keySet().containsAll(granted) ? Boolean.FALSE : null;
    }

    private void notMapped(KubeObject object) {
        JsonNode name = object.body().path("metadata").path("name");
        JsonNode namespace = object.body().path("metadata").path("namespace");
        String what = object.kind() + (name.isString() ? " " + (namespace.isString() ? namespace.stringValue() + "/" : "")
                + name.stringValue() : "");
        String secret = object.kind().equals("Secret") ? "; its data is neither read nor stored" : "";
        batch.warn(object.where(), what + " (" + object.apiVersion() + ") is not mapped: the kubernetes source maps "
                + "ServiceAccount, Role, ClusterRole, RoleBinding and ClusterRoleBinding" + secret);
    }

    private Map<String, Object> serviceAccountProperties(String namespace, String name) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", name);
        properties.put("provider", PROVIDER);
        properties.put("kind", "SERVICE_ACCOUNT");
        properties.put("account", cluster);
        properties.put("namespace", namespace);
        return properties;
    }

    private static Map<String, Object> policyProperties(String name, String namespace) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", name);
        properties.put("provider", PROVIDER);
        putIfPresent(properties, "namespace", namespace);
        return properties;
    }

    /** Namespaced objects without a namespace live in {@code default}, as kubectl applies them. */
    private static String namespaceOf(ObjectMeta meta) {
        return meta.namespace() == null ? "default" : meta.namespace();
    }

    private String serviceAccountId(String namespace, String name) {
        return "k8s:" + cluster + ":" + namespace + ":" + name;
    }

    private String roleId(String namespace, String name) {
        return "k8s:" + cluster + ":role:" + namespace + ":" + name;
    }

    private String clusterRoleId(String name) {
        return "k8s:" + cluster + ":clusterrole:" + name;
    }

    /**
     * Users and groups: {@code k8s:<cluster>:user/<name>}, {@code k8s:<cluster>:group/<name>}. The
     * '/' keeps them apart from service accounts ({@code k8s:<cluster>:<namespace>:<name>}): no
     * namespace holds one, so a service account in a namespace called {@code user} is not a user.
     */
    private String principalId(String kind, String name) {
        return "k8s:" + cluster + ":" + kind + "/" + name;
    }

    private List<String> labels(KubeObject object, ObjectMeta meta) {
        return meta.labelList(warning -> batch.warn(object.where(), warning));
    }

    private static void putIfPresent(Map<String, Object> properties, String key, Object value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
