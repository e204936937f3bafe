package org.oversight.ingest.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.oversight.ingest.kit.Fields;
import tools.jackson.databind.JsonNode;

/**
 * The rules of a Role or ClusterRole: checked as the API server checks them, summarised as
 * "verb resource" actions, and judged privileged or not.
 *
 * <p>Privileged, a deliberately small rule taken from the privilege-escalation risks of the
 * Kubernetes RBAC good practices: the ClusterRole {@code cluster-admin}; any rule granting verb
 * {@code *} on resource {@code *} (in any API group); or a grant that lets the holder gain more
 * than it was given: {@code escalate} or {@code bind} on roles, {@code impersonate} on users,
 * groups or service accounts, reading {@code secrets} ({@code get}, {@code list} or
 * {@code watch}: tokens and keys), {@code create} on {@code pods/exec}, or {@code create} on
 * {@code serviceaccounts/token} (minting tokens). Grants are matched as RBAC matches them:
 * {@code *} verbs, resources and API groups count, and so does {@code *}/subresource.
 */
final class PolicyRules {

    private static final String RBAC_GROUP = "rbac.authorization.k8s.io";

    /** One rule as written. */
    record Rule(List<String> apiGroups, List<String> resources, List<String> verbs, List<String> resourceNames,
            List<String> nonResourceUrls) {

        boolean grants(String verb, String group, String resource) {
            return matches(verbs, verb) && matches(apiGroups, group) && resourceMatches(resource)
                    && resourceNames.isEmpty();
        }

        private boolean resourceMatches(String resource) {
            if (resources.contains("*") || resources.contains(resource)) {
                return true;
            }
            int slash = resource.indexOf('/');
            return slash > 0 && resources.contains("*" + resource.substring(slash));
        }

        private static boolean matches(List<String> granted, String wanted) {
            return granted.contains("*") || granted.contains(wanted);
        }
    }

    /** A privileged grant and how it is described in {@code privilegeReasons}. */
    private record Risk(String reason, List<String> verbs, String group, List<String> resources) {
    }

    private static final List<Risk> RISKS = List.of(
            new Risk("escalate or bind roles", List.of("escalate", "bind"), RBAC_GROUP, List.of("roles", "clusterroles")),
            new Risk("impersonate", List.of("impersonate"), "", List.of("users", "groups", "serviceaccounts")),
            new Risk("read secrets", List.of("get", "list", "watch"), "", List.of("secrets")),
            new Risk("exec into pods", List.of("create"), "", List.of("pods/exec")),
            new Risk("create service account tokens", List.of("create"), "", List.of("serviceaccounts/token")));

    private PolicyRules() {
    }

    /** The rules of a role, refused where the API server would refuse them. */
    static List<Rule> parse(KubeObject object, boolean namespaced) {
        List<Rule> rules = new ArrayList<>();
        List<JsonNode> elements = object.list(object.body(), "rules", "rules");
        for (int i = 0; i < elements.size(); i++) {
            String path = "rules[" + i + "]";
            JsonNode element = elements.get(i);
            if (!element.isObject()) {
                throw object.fail(path, "must be an object, not " + Fields.describe(element));
            }
            Rule rule = new Rule(object.texts(element, "apiGroups", path + ".apiGroups"),
                    object.texts(element, "resources", path + ".resources"),
                    object.texts(element, "verbs", path + ".verbs"),
                    object.texts(element, "resourceNames", path + ".resourceNames"),
                    object.texts(element, "nonResourceURLs", path + ".nonResourceURLs"));
            check(object, path, rule, namespaced);
            rules.add(rule);
        }
        return rules;
    }

    private static void check(KubeObject object, String path, Rule rule, boolean namespaced) {
        if (rule.verbs().isEmpty()) {
            throw object.fail(path + ".verbs", "is required: a rule grants at least one verb");
        }
        if (!rule.nonResourceUrls().isEmpty()) {
            if (namespaced) {
                throw object.fail(path + ".nonResourceURLs", "a Role cannot grant non-resource URLs; only a ClusterRole can");
            }
            if (!rule.apiGroups().isEmpty() || !rule.resources().isEmpty()) {
                throw object.fail(path + ".nonResourceURLs", "a rule grants either resources or non-resource URLs, not both");
            }
            return;
        }
        if (rule.apiGroups().isEmpty()) {
            throw object.fail(path + ".apiGroups", "is required for a resource rule (\"\" is the core group)");
        }
        if (rule.resources().isEmpty()) {
            throw object.fail(path + ".resources", "is required for a resource rule");
        }
    }

    /**
     * "verb resource" for every verb and resource a rule names: the resource qualified by its
     * API group as kubectl shows it ({@code deployments.apps}), bare for the core group and for
     * {@code *}; a non-resource URL as a path ({@code get /metrics}, {@code * /*}); resource names in
     * parentheses ({@code get configmaps (app-config)}).
     */
    static List<String> actions(List<Rule> rules) {
        Set<String> actions = new LinkedHashSet<>();
        for (Rule rule : rules) {
            String names = rule.resourceNames().isEmpty() ? "" : " (" + String.join(", ", rule.resourceNames()) + ")";
            for (String verb : rule.verbs()) {
                for (String url : rule.nonResourceUrls()) {
                    // the lone "*" means every path: shown as "/*" so it is not read as "* *"
                    actions.add(verb + " " + (url.startsWith("/") ? url : "/" + url));
                }
                for (String group : rule.apiGroups()) {
                    for (String resource : rule.resources()) {
                        String qualified = group.isEmpty() || group.equals("*") ? resource : resource + "." + group;
                        actions.add(verb + " " + qualified + names);
                    }
                }
            }
        }
        return List.copyOf(actions);
    }

    /** Why a role is privileged; empty when it is not. */
    static List<String> privilegeReasons(String name, boolean clusterRole, List<Rule> rules) {
        Set<String> reasons = new LinkedHashSet<>();
        if (clusterRole && name.equals("cluster-admin")) {
            reasons.add("cluster-admin");
        }
        for (Rule rule : rules) {
            if (rule.verbs().contains("*") && rule.resources().contains("*")) {
                reasons.add("all verbs on all resources");
            }
            for (Risk risk : RISKS) {
                for (String verb : risk.verbs()) {
                    for (String resource : risk.resources()) {
                        if (rule.grants(verb, risk.group(), resource)) {
                            reasons.add(risk.reason());
                        }
                    }
                }
            }
        }
        return List.copyOf(reasons);
    }
}
