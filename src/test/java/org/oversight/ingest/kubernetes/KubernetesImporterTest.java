package org.oversight.ingest.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.ingest.kubernetes.KubernetesFixtures.CLUSTER;
import static org.oversight.ingest.kubernetes.KubernetesFixtures.KUBECTL_JSON;
import static org.oversight.ingest.kubernetes.KubernetesFixtures.MIXED_YAML;
import static org.oversight.ingest.kubernetes.KubernetesFixtures.REAL_FILES;
import static org.oversight.ingest.kubernetes.KubernetesFixtures.bytes;
import static org.oversight.ingest.kubernetes.KubernetesFixtures.file;
import static org.oversight.ingest.kubernetes.KubernetesFixtures.node;
import static org.oversight.ingest.kubernetes.KubernetesFixtures.nodes;
import static org.oversight.ingest.kubernetes.KubernetesFixtures.options;
import static org.oversight.ingest.kubernetes.KubernetesFixtures.read;
import static org.oversight.ingest.kubernetes.KubernetesFixtures.relationship;
import static org.oversight.ingest.kubernetes.KubernetesFixtures.relationships;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.InstanceOfAssertFactory;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.ImportWarning;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRecord;
import org.oversight.graph.PropertyDomains;
import org.oversight.graph.RelRecord;
import org.oversight.graph.RelType;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportFile;
import org.oversight.ingest.ImportOptions;

class KubernetesImporterTest {

    private static final InstanceOfAssertFactory<List, ListAssert<String>> STRINGS =
            InstanceOfAssertFactories.list(String.class);
    private static final String SA_PREFIX = "k8s:" + CLUSTER + ":";
    private static final String PROMETHEUS_SA = SA_PREFIX + "monitoring:prometheus-k8s";

    @TempDir
    Path folder;

    // --- the kube-prometheus manifests, one at a time ---

    /** file, identities described, policies described, references, HAS_POLICY edges. */
    static List<Arguments> realFiles() {
        return List.of(
                Arguments.of("alertmanager-serviceAccount.yaml", 1, 0, 0, 0),
                Arguments.of("grafana-serviceAccount.yaml", 1, 0, 0, 0),
                Arguments.of("prometheus-serviceAccount.yaml", 1, 0, 0, 0),
                Arguments.of("prometheus-clusterRole.yaml", 0, 1, 0, 0),
                Arguments.of("prometheus-roleConfig.yaml", 0, 1, 0, 0),
                Arguments.of("prometheus-roleSpecificNamespaces.yaml", 0, 3, 0, 0),
                Arguments.of("prometheus-clusterRoleBinding.yaml", 0, 0, 2, 1),
                Arguments.of("prometheus-roleBindingConfig.yaml", 0, 0, 2, 1),
                Arguments.of("prometheus-roleBindingSpecificNamespaces.yaml", 0, 0, 4, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realFiles")
    void countsWhatEachRealFileHolds(String name, int identities, int policies, int references, int grants) {
        GraphBatch batch = read(name);

        assertThat(batch.nodes().stream().filter(node -> !node.reference()).filter(node ->
                node.label().keyLabel() == NodeLabel.IDENTITY)).hasSize(identities);
        assertThat(batch.nodes().stream().filter(node -> !node.reference()).filter(node ->
                node.label() == NodeLabel.POLICY)).hasSize(policies);
        assertThat(batch.nodes().stream().filter(NodeRecord::reference)).hasSize(references);
        assertThat(relationships(batch, RelType.HAS_POLICY)).hasSize(grants);
        assertThat(batch.relationships()).hasSize(grants);
        assertThat(batch.warnings()).isEmpty();
        assertThat(batch.scope()).isEqualTo(CLUSTER);
    }

    @Test
    void mapsAServiceAccount() {
        NodeRecord alertmanager = node(read("alertmanager-serviceAccount.yaml"), SA_PREFIX + "monitoring:alertmanager-main");

        assertThat(alertmanager.label()).isEqualTo(NodeLabel.NON_HUMAN_IDENTITY);
        assertThat(alertmanager.reference()).isFalse();
        assertThat(alertmanager.properties())
                .containsEntry("name", "alertmanager-main")
                .containsEntry("provider", "kubernetes")
                .containsEntry("kind", "SERVICE_ACCOUNT")
                .containsEntry("account", CLUSTER)
                .containsEntry("namespace", "monitoring")
                .containsEntry("status", "ACTIVE")
                .containsEntry("automountServiceAccountToken", false)
                .containsEntry("privileged", false)
                .containsEntry("labels", List.of("app.kubernetes.io/component=alert-router",
                        "app.kubernetes.io/instance=main", "app.kubernetes.io/name=alertmanager",
                        "app.kubernetes.io/part-of=kube-prometheus", "app.kubernetes.io/version=0.33.1"));
        assertThat(node(read("prometheus-serviceAccount.yaml"), PROMETHEUS_SA).properties())
                .containsEntry("automountServiceAccountToken", true);
    }

    @Test
    void summarisesAClusterRoleWithResourceAndNonResourceRules() {
        NodeRecord role = node(read("prometheus-clusterRole.yaml"), SA_PREFIX + "clusterrole:prometheus-k8s");

        assertThat(role.label()).isEqualTo(NodeLabel.POLICY);
        assertThat(role.properties())
                .containsEntry("name", "prometheus-k8s")
                .containsEntry("provider", "kubernetes")
                .containsEntry("actions", List.of("get nodes/metrics", "get /metrics", "get /metrics/slis"))
                .containsEntry("privileged", false)
                .doesNotContainKeys("namespace", "privilegeReasons");
    }

    @Test
    void readsARoleListAsOnePolicyPerNamespace() {
        GraphBatch batch = read("prometheus-roleSpecificNamespaces.yaml");

        assertThat(nodes(batch, NodeLabel.POLICY)).extracting(NodeRecord::id).containsExactly(
                SA_PREFIX + "role:default:prometheus-k8s",
                SA_PREFIX + "role:kube-system:prometheus-k8s",
                SA_PREFIX + "role:monitoring:prometheus-k8s");
        NodeRecord monitoring = node(batch, SA_PREFIX + "role:monitoring:prometheus-k8s");
        assertThat(monitoring.properties()).containsEntry("namespace", "monitoring").containsEntry("privileged", false);
        assertThat(monitoring.properties().get("actions")).asInstanceOf(STRINGS).hasSize(15).contains(
                "get endpointslices.discovery.k8s.io", "watch pods", "list services",
                "get ingresses.extensions", "watch ingresses.networking.k8s.io");
    }

    @Test
    void bindsTheServiceAccountClusterWideThroughAClusterRoleBinding() {
        GraphBatch batch = read("prometheus-clusterRoleBinding.yaml");

        NodeRecord account = node(batch, PROMETHEUS_SA);
        assertThat(account.reference()).isTrue();
        assertThat(account.properties()).containsEntry("kind", "SERVICE_ACCOUNT").containsEntry("name", "prometheus-k8s");
        assertThat(node(batch, SA_PREFIX + "clusterrole:prometheus-k8s").reference()).isTrue();
        RelRecord grant = relationship(batch, RelType.HAS_POLICY, PROMETHEUS_SA, SA_PREFIX + "clusterrole:prometheus-k8s");
        assertThat(grant.properties()).containsEntry("binding", List.of("prometheus-k8s"))
                .containsEntry("clusterWide", true).doesNotContainKey("bindingNamespace");
    }

    @Test
    void bindsTheServiceAccountInEachNamespaceOfARoleBindingList() {
        GraphBatch batch = read("prometheus-roleBindingSpecificNamespaces.yaml");

        for (String namespace : List.of("default", "kube-system", "monitoring")) {
            RelRecord grant = relationship(batch, RelType.HAS_POLICY, PROMETHEUS_SA,
                    SA_PREFIX + "role:" + namespace + ":prometheus-k8s");
            assertThat(grant.properties())
                    .containsEntry("binding", List.of(namespace + "/prometheus-k8s"))
                    .containsEntry("bindingNamespace", List.of(namespace))
                    .containsEntry("clusterWide", false);
        }
    }

    @Test
    void readsAllRealFilesAsOneCluster() {
        GraphBatch batch = read(REAL_FILES.toArray(String[]::new));

        assertThat(nodes(batch, NodeLabel.IDENTITY)).extracting(NodeRecord::id).containsExactlyInAnyOrder(
                SA_PREFIX + "monitoring:alertmanager-main", SA_PREFIX + "monitoring:grafana", PROMETHEUS_SA);
        assertThat(nodes(batch, NodeLabel.POLICY)).hasSize(5);
        assertThat(batch.nodes()).noneMatch(NodeRecord::reference);
        assertThat(relationships(batch, RelType.HAS_POLICY)).hasSize(5)
                .allMatch(grant -> grant.from().id().equals(PROMETHEUS_SA));
        assertThat(batch.relationships()).hasSize(5);
        assertThat(nodes(batch, NodeLabel.IDENTITY))
                .allSatisfy(identity -> assertThat(identity.properties()).containsEntry("privileged", false));
        assertThat(batch.warnings()).isEmpty();
    }

    @Test
    void readingTheSameFilesTwiceGivesTheSameBatch() {
        String[] all = java.util.stream.Stream.concat(REAL_FILES.stream(), java.util.stream.Stream.of(KUBECTL_JSON,
                MIXED_YAML)).toArray(String[]::new);

        GraphBatch first = read(all);
        GraphBatch second = read(all);

        assertThat(List.copyOf(second.nodes())).isEqualTo(List.copyOf(first.nodes()));
        assertThat(List.copyOf(second.relationships())).isEqualTo(List.copyOf(first.relationships()));
        assertThat(second.warnings()).isEqualTo(first.warnings());
    }

    @Test
    void declaresASnapshotOfTheClusterOnlyWhenAsked() {
        GraphBatch snapshot = read(options(true), "prometheus-serviceAccount.yaml");

        assertThat(snapshot.snapshot()).isTrue();
        assertThat(snapshot.scope()).isEqualTo(CLUSTER);
        assertThat(snapshot.snapshotLabels()).containsExactlyInAnyOrder(NodeLabel.IDENTITY, NodeLabel.POLICY,
                NodeLabel.GROUP, NodeLabel.CREDENTIAL);
        assertThat(snapshot.snapshotTypes()).containsExactlyInAnyOrder(RelType.HAS_POLICY, RelType.HAS_CREDENTIAL,
                RelType.OWNED_BY);

        GraphBatch plain = read("prometheus-serviceAccount.yaml");
        assertThat(plain.snapshot()).isFalse();
        assertThat(plain.snapshotLabels()).isEmpty();
        assertThat(plain.scope()).isEqualTo(CLUSTER);
    }

    // --- kubectl get -o json ---

    @Test
    void readsKubectlJson() {
        GraphBatch batch = read(KUBECTL_JSON);

        assertThat(nodes(batch, NodeLabel.IDENTITY)).extracting(NodeRecord::id).containsExactlyInAnyOrder(
                SA_PREFIX + "platform:ci-deployer", SA_PREFIX + "platform:default",
                SA_PREFIX + "user/alice@example.com", SA_PREFIX + "user/system:kube-controller-manager",
                SA_PREFIX + "kube-system:legacy-deployer");
        assertThat(nodes(batch, NodeLabel.POLICY)).extracting(NodeRecord::id).containsExactlyInAnyOrder(
                SA_PREFIX + "role:platform:pod-reader", SA_PREFIX + "clusterrole:cluster-admin",
                SA_PREFIX + "clusterrole:secret-reader", SA_PREFIX + "clusterrole:view-lite");
        assertThat(nodes(batch, NodeLabel.GROUP)).extracting(NodeRecord::id)
                .containsExactly(SA_PREFIX + "group/platform-admins");
        assertThat(nodes(batch, NodeLabel.CREDENTIAL)).hasSize(1);
        assertThat(nodes(batch, NodeLabel.HUMAN)).extracting(NodeRecord::id)
                .containsExactlyInAnyOrder("ada.lovelace@example.com", "bob@example.com");
        assertThat(nodes(batch, NodeLabel.TEAM)).extracting(NodeRecord::id).containsExactly("team:platform-engineering");
        assertThat(relationships(batch, RelType.HAS_POLICY)).hasSize(7);
        assertThat(relationships(batch, RelType.HAS_CREDENTIAL)).hasSize(1);
        assertThat(relationships(batch, RelType.OWNED_BY)).hasSize(3);
        assertThat(batch.relationships()).hasSize(11);
        assertThat(batch.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.location()).isEqualTo(KUBECTL_JSON + ": document 1, items[1] (line 34)");
            assertThat(warning.message()).contains("annotation owner", "'platform team'", "not an e-mail");
        });
    }

    @Test
    void mapsAServiceAccountWithItsTokenAndOwners() {
        GraphBatch batch = read(KUBECTL_JSON);
        String deployer = SA_PREFIX + "platform:ci-deployer";

        assertThat(node(batch, deployer).properties())
                .containsEntry("createdAt", OffsetDateTime.parse("2024-03-05T10:15:30Z"))
                .containsEntry("uid", "6d1f2a4e-0b6a-4c7e-9a55-3f0e0c1d2b3a")
                .containsEntry("labels", List.of("app=ci"))
                .containsEntry("imagePullSecrets", List.of("registry-creds"))
                .containsEntry("privileged", false);
        NodeRecord token = node(batch, deployer + ":token:ci-deployer-token-abcde");
        assertThat(token.label()).isEqualTo(NodeLabel.CREDENTIAL);
        assertThat(token.properties()).isEqualTo(Map.of("name", "ci-deployer-token-abcde", "kind", "TOKEN",
                "namespace", "platform"));
        relationship(batch, RelType.HAS_CREDENTIAL, deployer, token.id());
        assertThat(relationship(batch, RelType.OWNED_BY, deployer, "ada.lovelace@example.com").properties())
                .isEqualTo(Map.of("role", "ACCOUNTABLE", "source", "TAG"));
        assertThat(relationship(batch, RelType.OWNED_BY, deployer, "bob@example.com").properties())
                .isEqualTo(Map.of("role", "ACCOUNTABLE", "source", "TAG"));
        assertThat(relationship(batch, RelType.OWNED_BY, deployer, "team:platform-engineering").properties())
                .isEqualTo(Map.of("role", "ACCOUNTABLE", "source", "TAG"));
        NodeRecord ada = node(batch, "ada.lovelace@example.com");
        assertThat(ada.reference()).isTrue();
        // keyed by the lower-case address, the stub keeps it as written, as an AWS owner tag's does
        assertThat(ada.properties()).isEqualTo(Map.of("email", "Ada.Lovelace@example.com"));
        assertThat(node(batch, "team:platform-engineering").properties()).isEqualTo(Map.of("name", "Platform Engineering"));
        // a creation time with an offset is stored in UTC
        assertThat(node(batch, SA_PREFIX + "platform:default").properties())
                .containsEntry("createdAt", OffsetDateTime.parse("2023-11-20T07:00:00Z"));
    }

    @Test
    void mergesBindingsOfOneSubjectToOneRole() {
        GraphBatch batch = read(KUBECTL_JSON);

        RelRecord view = relationship(batch, RelType.HAS_POLICY, SA_PREFIX + "platform:ci-deployer",
                SA_PREFIX + "clusterrole:view-lite");
        assertThat(view.properties()).isEqualTo(Map.of("binding", List.of("platform/ci-view", "staging/ci-view"),
                "bindingNamespace", List.of("platform", "staging"), "clusterWide", false));
    }

    @Test
    void mapsUsersGroupsAndPrivilege() {
        GraphBatch batch = read(KUBECTL_JSON);
        String clusterAdmin = SA_PREFIX + "clusterrole:cluster-admin";

        NodeRecord alice = node(batch, SA_PREFIX + "user/alice@example.com");
        assertThat(alice.label()).isEqualTo(NodeLabel.HUMAN_ACCOUNT);
        assertThat(alice.properties()).containsEntry("kind", "USER_ACCOUNT").containsEntry("email", "alice@example.com")
                .containsEntry("privileged", false);
        NodeRecord controllerManager = node(batch, SA_PREFIX + "user/system:kube-controller-manager");
        assertThat(controllerManager.label()).isEqualTo(NodeLabel.NON_HUMAN_IDENTITY);
        assertThat(controllerManager.properties()).containsEntry("kind", "API_CLIENT").containsEntry("privileged", true)
                .doesNotContainKey("email");
        // the user system:serviceaccount:<namespace>:<name> is that service account
        NodeRecord legacy = node(batch, SA_PREFIX + "kube-system:legacy-deployer");
        assertThat(legacy.reference()).isTrue();
        assertThat(legacy.properties()).doesNotContainKey("privileged");
        relationship(batch, RelType.HAS_POLICY, legacy.id(), clusterAdmin);
        assertThat(relationship(batch, RelType.HAS_POLICY, SA_PREFIX + "group/platform-admins", clusterAdmin)
                .properties()).containsEntry("clusterWide", true).containsEntry("binding", List.of("cluster-admins"));

        assertThat(node(batch, clusterAdmin).properties()).containsEntry("privileged", true)
                .containsEntry("actions", List.of("* *", "* /*"))
                .satisfies(properties -> assertThat(properties.get("privilegeReasons")).asInstanceOf(STRINGS)
                        .startsWith("cluster-admin", "all verbs on all resources"));
        assertThat(node(batch, SA_PREFIX + "clusterrole:secret-reader").properties())
                .containsEntry("privileged", true).containsEntry("privilegeReasons", List.of("read secrets"));
        assertThat(node(batch, SA_PREFIX + "clusterrole:view-lite").properties())
                .containsEntry("privileged", false)
                .containsEntry("actions", List.of("get deployments.apps", "list deployments.apps"));
        assertThat(node(batch, SA_PREFIX + "role:platform:pod-reader").properties())
                .containsEntry("actions", List.of("get pods", "list pods", "get configmaps (app-config)"));
        // bound to secret-reader: privileged
        assertThat(node(batch, SA_PREFIX + "platform:default").properties()).containsEntry("privileged", true);
    }

    // --- multi-document YAML with kinds that are not mapped ---

    @Test
    void warnsAboutEveryDocumentItDoesNotMap() {
        GraphBatch batch = read(MIXED_YAML);

        assertThat(batch.warnings()).extracting(ImportWarning::location).containsExactly(
                MIXED_YAML + ": document 1 (line 3)",
                MIXED_YAML + ": document 2 (line 16)",
                MIXED_YAML + ": document 4, items[0] (line 39)",
                MIXED_YAML + ": document 5 (line 56)");
        assertThat(batch.warnings().get(0).message()).startsWith("Secret platform/ci-deployer-token-abcde (v1) is not mapped")
                .endsWith("its data is neither read nor stored");
        assertThat(batch.warnings().get(1).message()).startsWith("Deployment shop/web (apps/v1) is not mapped");
        assertThat(batch.warnings().get(2).message()).contains("annotation owner 'dave@example.com' on Role web-config");
        assertThat(batch.warnings().get(3).message()).contains("subjects[1]", "'Robot'", "r2d2");
    }

    @Test
    void readsItemsOfATypedListWithoutKindAndOwnersFromLabelsAndAnnotations() {
        GraphBatch batch = read(MIXED_YAML);
        String web = SA_PREFIX + "shop:web";

        assertThat(nodes(batch, NodeLabel.POLICY)).extracting(NodeRecord::id).containsExactly(
                SA_PREFIX + "role:shop:web-config", SA_PREFIX + "role:shop:web-exec");
        assertThat(node(batch, SA_PREFIX + "role:shop:web-exec").properties()).containsEntry("privileged", true)
                .containsEntry("privilegeReasons", List.of("exec into pods"));
        assertThat(relationship(batch, RelType.OWNED_BY, web, "carol@example.com").properties())
                .containsEntry("role", "ACCOUNTABLE");
        assertThat(relationship(batch, RelType.OWNED_BY, web, "team:payments").properties())
                .containsEntry("role", "ACCOUNTABLE");
        // the subject's namespace defaults to the RoleBinding's
        assertThat(relationship(batch, RelType.HAS_POLICY, web, SA_PREFIX + "role:shop:web-config").properties())
                .containsEntry("binding", List.of("shop/web"));
        assertThat(node(batch, web).properties()).containsEntry("privileged", false);
    }

    @Test
    void neverStoresSecretValues() {
        GraphBatch batch = read(MIXED_YAML, KUBECTL_JSON);

        List<String> stored = new ArrayList<>();
        batch.nodes().forEach(node -> {
            stored.add(node.id());
            stored.addAll(texts(node.properties().values()));
        });
        batch.relationships().forEach(rel -> stored.addAll(texts(rel.properties().values())));
        batch.warnings().forEach(warning -> stored.add(warning.toString()));

        assertThat(String.join("\n", stored)).doesNotContain("fake-secret", "RkFLRS1TRUNSRVQ", "last-applied",
                "stringData");
        assertThat(batch.nodes()).noneMatch(node -> node.id().contains("registry-creds"));
    }

    private static List<String> texts(Collection<Object> values) {
        List<String> texts = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof Collection<?> list) {
                list.forEach(element -> texts.add(String.valueOf(element)));
            } else {
                texts.add(String.valueOf(value));
            }
        }
        return texts;
    }

    @Test
    void usesOnlyValuesOfTheModelsDomains() {
        GraphBatch batch = read(MIXED_YAML, KUBECTL_JSON, "prometheus-clusterRoleBinding.yaml");

        for (NodeRecord node : batch.nodes()) {
            node.properties().forEach((name, value) -> {
                List<String> allowed = PropertyDomains.allowed(node.label(), name);
                if (allowed != null) {
                    assertThat(allowed).as(node.label() + " " + node.id() + " " + name).contains((String) value);
                }
                assertThat(name).matches("[a-z][A-Za-z0-9]*");
            });
            if (node.label().keyLabel() == NodeLabel.IDENTITY) {
                assertThat(node.label()).isIn(NodeLabel.NON_HUMAN_IDENTITY, NodeLabel.HUMAN_ACCOUNT);
            }
        }
        for (RelRecord rel : batch.relationships()) {
            rel.properties().forEach((name, value) -> {
                List<String> allowed = PropertyDomains.allowed(rel.type(), name);
                if (allowed != null) {
                    assertThat(allowed).as(rel.type() + " " + name).contains((String) value);
                }
            });
        }
    }

    @Test
    void readsUtf16AndByteOrderMarks() {
        String yaml = new String(bytes("prometheus-serviceAccount.yaml"), StandardCharsets.UTF_8);
        byte[] utf16 = ("\uFEFF" + yaml).getBytes(StandardCharsets.UTF_16LE);
        byte[] utf8Bom = ("\uFEFF" + yaml).getBytes(StandardCharsets.UTF_8);
        byte[] json = ("\uFEFF" + new String(bytes(KUBECTL_JSON), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_16BE);

        assertThat(read(file(folder, "sa.yaml", utf16)).nodes()).extracting(NodeRecord::id).containsExactly(PROMETHEUS_SA);
        assertThat(read(file(folder, "sa.yaml", utf8Bom)).nodes()).extracting(NodeRecord::id).containsExactly(PROMETHEUS_SA);
        assertThat(read(file(folder, "kubernetes upload", json)).relationships()).hasSize(11);
    }

    @Test
    void waitsForTheListKindWhenItemsComeFirstWithoutOne() {
        String json = """
                {"items": [{"metadata": {"name": "reader", "namespace": "apps"},
                            "rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]}]}],
                 "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleList", "metadata": {}}
                """;

        GraphBatch batch = read(file(folder, "roles.json", json.getBytes(StandardCharsets.UTF_8)));

        assertThat(batch.nodes()).extracting(NodeRecord::id).containsExactly(SA_PREFIX + "role:apps:reader");
    }

    @Test
    void takesAnEmptyListAndEmptyDocuments() {
        String yaml = "---\n# nothing yet\n---\napiVersion: v1\nkind: List\nitems: []\n---\n";

        GraphBatch batch = read(file(folder, "empty-list.yaml", yaml.getBytes(StandardCharsets.UTF_8)));

        assertThat(batch.nodes()).isEmpty();
        assertThat(batch.warnings()).isEmpty();
    }

    @Test
    void judgesPrivilegeByTheSmallRule() {
        String yaml = """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleList
                items:
                - metadata: {name: binder}
                  rules: [{apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind]}]
                - metadata: {name: impersonator}
                  rules: [{apiGroups: ["*"], resources: [serviceaccounts], verbs: [impersonate]}]
                - metadata: {name: debugger}
                  rules: [{apiGroups: [""], resources: ["*/exec"], verbs: [create]}]
                - metadata: {name: one-secret}
                  rules: [{apiGroups: [""], resources: [secrets], resourceNames: [app-tls], verbs: [get]}]
                - metadata: {name: pod-admin}
                  rules: [{apiGroups: [""], resources: [pods], verbs: ["*"]}]
                - metadata: {name: other-group-secrets}
                  rules: [{apiGroups: [example.com], resources: [secrets], verbs: [list]}]
                - metadata: {name: aggregated}
                  aggregationRule:
                    clusterRoleSelectors: [{matchLabels: {rbac.example.com/aggregate-to-monitoring: "true"}}]
                """;

        GraphBatch batch = read(file(folder, "roles.yaml", yaml.getBytes(StandardCharsets.UTF_8)));

        Map<String, Object> reasons = new java.util.TreeMap<>();
        nodes(batch, NodeLabel.POLICY).forEach(policy -> reasons.put((String) policy.properties().get("name"),
                policy.properties().getOrDefault("privilegeReasons", List.of())));
        assertThat(reasons).isEqualTo(Map.of(
                "binder", List.of("escalate or bind roles"),
                "impersonator", List.of("impersonate"),
                "debugger", List.of("exec into pods"),
                "one-secret", List.of(),
                "pod-admin", List.of(),
                "other-group-secrets", List.of(),
                "aggregated", List.of()));
        assertThat(node(batch, SA_PREFIX + "clusterrole:aggregated").properties())
                .containsEntry("aggregationLabels", List.of("rbac.example.com/aggregate-to-monitoring=true"))
                .containsEntry("actions", List.of()).containsEntry("privileged", false);
    }

    @Test
    void countsGrantsToTheGroupsEveryServiceAccountIsIn() {
        String yaml = """
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: runner, namespace: jobs}
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: runner, namespace: web}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: jobs-admin}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
                subjects: [{kind: Group, name: "system:serviceaccounts:jobs"}]
                """;

        GraphBatch batch = read(file(folder, "accounts.yaml", yaml.getBytes(StandardCharsets.UTF_8)));

        assertThat(node(batch, SA_PREFIX + "jobs:runner").properties()).containsEntry("privileged", true);
        assertThat(node(batch, SA_PREFIX + "web:runner").properties()).containsEntry("privileged", false);
        assertThat(node(batch, SA_PREFIX + "group/system:serviceaccounts:jobs").label()).isEqualTo(NodeLabel.GROUP);
        assertThat(node(batch, SA_PREFIX + "clusterrole:cluster-admin").reference()).isTrue();
    }

    @Test
    void aServiceAccountInANamespaceCalledUserIsNotTheUserOfTheSameName() {
        String yaml = """
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: deploy, namespace: user}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: deployers}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}
                subjects:
                  - {kind: User, name: deploy}
                  - {kind: ServiceAccount, name: deploy, namespace: user}
                """;

        GraphBatch batch = read(file(folder, "user-namespace.yaml", yaml.getBytes(StandardCharsets.UTF_8)));

        assertThat(node(batch, SA_PREFIX + "user:deploy").label()).isEqualTo(NodeLabel.NON_HUMAN_IDENTITY);
        assertThat(node(batch, SA_PREFIX + "user/deploy").label()).isEqualTo(NodeLabel.HUMAN_ACCOUNT);
        assertThat(relationships(batch, RelType.HAS_POLICY)).extracting(rel -> rel.from().id())
                .containsExactlyInAnyOrder(SA_PREFIX + "user:deploy", SA_PREFIX + "user/deploy");
    }

    // --- refusals ---

    @Test
    void requiresAUsableClusterName() {
        ImportFile sa = KubernetesFixtures.resource("prometheus-serviceAccount.yaml");
        KubernetesImporter importer = new KubernetesImporter();

        assertThatThrownBy(() -> importer.read(List.of(sa), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class).hasMessageContaining("'cluster' is required");
        assertThatThrownBy(() -> importer.read(List.of(sa), new ImportOptions(false, null,
                Map.of("cluster", "arn:aws:eks:eu-west-1:1:cluster/prod"))))
                .isInstanceOf(ImportException.class).hasMessageContaining("field 'cluster'");
    }

    @Test
    void refusesTruncatedFiles() {
        byte[] json = bytes(KUBECTL_JSON);
        byte[] yaml = bytes("prometheus-roleSpecificNamespaces.yaml");
        byte[] halfJson = java.util.Arrays.copyOf(json, json.length / 2);
        byte[] halfYaml = java.util.Arrays.copyOf(yaml, yaml.length / 2);

        assertThatThrownBy(() -> read(file(folder, KUBECTL_JSON, halfJson)))
                .isInstanceOf(ImportException.class).hasMessageStartingWith(KUBECTL_JSON + ", line ")
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> read(file(folder, "roles.yaml", halfYaml)))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("roles.yaml: ends in the middle of a line");
        // cut at a line end, inside a rule: the rule lacks what the API server requires
        String text = new String(yaml, StandardCharsets.UTF_8);
        byte[] atLineEnd = text.substring(0, text.indexOf("    resources:") ).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(file(folder, "roles.yaml", atLineEnd)))
                .isInstanceOf(ImportException.class)
                .hasMessage("roles.yaml, document 1, items[0] (line 3), field 'rules[0].verbs': "
                        + "is required: a rule grants at least one verb");
    }

    @Test
    void refusesFilesOfAnotherKind() {
        byte[] awsIam = """
                {"UserDetailList": [{"UserName": "ci", "Arn": "arn:aws:iam::1:user/ci"}], "RoleDetailList": []}
                """.getBytes(StandardCharsets.UTF_8);
        byte[] bundle = "nodes:\n  Human:\n    - {id: ada@example.com}\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = "name,email\nAda,ada@example.com\n".getBytes(StandardCharsets.UTF_8);
        byte[] array = "[{\"kind\": \"ServiceAccount\"}]\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(file(folder, "iam.json", awsIam))).isInstanceOf(ImportException.class)
                .hasMessage("iam.json, document 1 (line 1), field 'kind': is not a Kubernetes manifest: the document has "
                        + "no 'kind'; expected objects with apiVersion and kind, as kubectl writes them");
        assertThatThrownBy(() -> read(file(folder, "bundle.yaml", bundle))).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("bundle.yaml, document 1 (line 1), field 'kind': is not a Kubernetes manifest");
        assertThatThrownBy(() -> read(file(folder, "people.csv", csv))).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("people.csv, document 1 (line 1): is not a Kubernetes manifest: the document is text");
        assertThatThrownBy(() -> read(file(folder, "list.json", array))).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("list.json, document 1 (line 1): is not a Kubernetes manifest: the document is a list");
        assertThatThrownBy(() -> read(file(folder, "empty.yaml", new byte[0]))).isInstanceOf(ImportException.class)
                .hasMessage("empty.yaml: is empty; expected Kubernetes YAML or JSON");
        assertThatThrownBy(() -> read(file(folder, "comments.yaml", "# nothing\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ImportException.class).hasMessage("comments.yaml: holds no Kubernetes objects");
    }

    @Test
    void refusesCorruptedFilesNamingFileRecordAndField() {
        assertRefused("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: [broken\n",
                "bad.yaml, line 4, column 16: not valid YAML");
        assertRefused("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: Bad_Name\n",
                "bad.yaml, document 1 (line 1), field 'metadata.name': 'Bad_Name' is not a valid Kubernetes name");
        assertRefused("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  namespace: x\n",
                "bad.yaml, document 1 (line 1), field 'metadata.name': is required");
        assertRefused("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a\nautomountServiceAccountToken: maybe\n",
                "bad.yaml, document 1 (line 1), field 'automountServiceAccountToken': must be true or false, not text");
        assertRefused("apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: a\n",
                "bad.yaml, document 1 (line 1), field 'roleRef': is required: a binding names the role it grants");
        assertRefused("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: a}
                roleRef: {kind: Role, name: r}
                """, "bad.yaml, document 1 (line 1), field 'roleRef.kind': a ClusterRoleBinding can only bind a ClusterRole");
        assertRefused("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: a}
                roleRef: {kind: ClusterRole, name: r}
                subjects: [{kind: ServiceAccount, name: s}]
                """, "bad.yaml, document 1 (line 1), field 'subjects[0].namespace': is required for a ServiceAccount "
                + "in a ClusterRoleBinding");
        assertRefused("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: r, namespace: a}
                rules: [{nonResourceURLs: [/metrics], verbs: [get]}]
                """, "bad.yaml, document 1 (line 1), field 'rules[0].nonResourceURLs': a Role cannot grant non-resource URLs");
        assertRefused("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: r, creationTimestamp: yesterday}
                """, "bad.yaml, document 1 (line 1), field 'metadata.creationTimestamp': 'yesterday' is not a date-time such as 2024-01-31T12:00:00Z");
        assertRefused("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: \"a\\xff\"\n",
                "bad.yaml, document 1 (line 1), field 'metadata.name'");
        assertRefused("apiVersion: v1\nkind: List\nitems:\n- metadata: {name: a}\n",
                "bad.yaml, document 1, items[0] (line 4), field 'kind': list item has no kind, and a List does not tell it");
        assertRefused("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a\nsecrets: [ci-token]\n",
                "bad.yaml, document 1 (line 1), field 'secrets[0]': must be an object with the Secret's name, not text");
    }

    @Test
    void refusesBytesThatAreNotText() {
        byte[] latin1 = "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> read(file(folder, "latin1.yaml", latin1))).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("latin1.yaml").hasMessageContaining("is not UTF-8 text");
    }

    private void assertRefused(String yaml, String message) {
        assertThatThrownBy(() -> read(file(folder, "bad.yaml", yaml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ImportException.class).hasMessageStartingWith(message);
    }
}
