package org.oversight.ingest.aws;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.oversight.ingest.kit.Fields;
import org.oversight.ingest.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * An IAM policy document, read only as far as accountability needs: which actions it allows,
 * whether it grants administrator access, and, for a role's trust policy, who may assume it.
 * Documents come as JSON objects or, from the raw API and older CLIs, as URL-encoded JSON text.
 */
final class PolicyDocument {

    /** At most this many actions are kept per policy; the rest is flagged, not listed. */
    static final int MAX_ACTIONS = 100;

    static final String ADMINISTRATOR_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";

    private final JsonNode root;
    private final Place place;
    private final String field;

    private PolicyDocument(JsonNode root, Place place, String field) {
        this.root = root;
        this.place = place;
        this.field = field;
    }

    /** What a permission policy allows. */
    record Summary(List<String> actions, List<String> notActions, boolean truncated, boolean privileged) {

        void addTo(Map<String, Object> properties) {
            properties.put("actions", actions);
            if (!notActions.isEmpty()) {
                properties.put("notActions", notActions);
            }
            properties.put("actionsTruncated", truncated);
        }
    }

    /** Who a trust policy lets assume the role: IAM users and roles, and every other principal as text. */
    record Trust(List<Arn> assumers, List<String> otherPrincipals, List<String> deniedPrincipals) {
    }

    /** Reads the document in {@code field} of a record: an object, JSON text or URL-encoded JSON text. */
    static PolicyDocument read(JsonNode value, Place place, String field) {
        if (value == null || value.isNull()) {
            throw place.error(field, "is required");
        }
        if (value.isObject()) {
            return new PolicyDocument(value, place, field);
        }
        if (!value.isString()) {
            throw place.error(field, "must be a policy document, not " + Fields.describe(value));
        }
        String text = value.stringValue().strip();
        if (!text.startsWith("{")) {
            try {
                text = URLDecoder.decode(text, StandardCharsets.UTF_8).strip();
            } catch (IllegalArgumentException e) {
                throw place.error(field, "is neither a JSON policy document nor URL-encoded JSON: " + e.getMessage());
            }
        }
        try {
            JsonNode parsed = Json.MAPPER.readTree(text);
            if (parsed == null || !parsed.isObject()) {
                throw place.error(field, "is not a JSON object policy document");
            }
            return new PolicyDocument(parsed, place, field);
        } catch (JacksonException e) {
            throw place.error(field, "is not a valid policy document: " + e.getOriginalMessage());
        }
    }

    /** A permission policy: the actions its Allow statements name, and whether one is {@code *} on {@code *}. */
    Summary summarise() {
        Set<String> actions = new LinkedHashSet<>();
        Set<String> notActions = new LinkedHashSet<>();
        boolean privileged = false;
        for (JsonNode statement : statements()) {
            if (!allows(statement)) {
                continue;
            }
            List<String> named = strings(statement, "Action");
            actions.addAll(named);
            notActions.addAll(strings(statement, "NotAction"));
            boolean anyAction = named.stream().anyMatch(action -> action.equals("*") || action.equals("*:*"));
            if (anyAction && strings(statement, "Resource").contains("*")) {
                privileged = true;
            }
        }
        boolean truncated = actions.size() > MAX_ACTIONS || notActions.size() > MAX_ACTIONS;
        return new Summary(cap(actions), cap(notActions), truncated, privileged);
    }

    /** A role's trust policy (AssumeRolePolicyDocument). */
    Trust trust() {
        List<Arn> assumers = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<String> denied = new ArrayList<>();
        for (JsonNode statement : statements()) {
            boolean allow = allows(statement);
            for (String principalField : List.of("Principal", "NotPrincipal")) {
                JsonNode principal = statement.get(principalField);
                if (principal == null || principal.isNull()) {
                    continue;
                }
                String prefix = principalField.equals("NotPrincipal") ? "NotPrincipal " : "";
                for (String[] entry : principals(principal, principalField)) {
                    String type = entry[0];
                    String value = entry[1];
                    if (!allow) {
                        denied.add(prefix + (type == null ? value : type + ":" + value));
                        continue;
                    }
                    Arn arn = "AWS".equals(type) && prefix.isEmpty() ? Arn.parse(value).orElse(null) : null;
                    if (arn != null && arn.isUserOrRole()) {
                        assumers.add(arn);
                    } else {
                        others.add(prefix + (type == null ? value : type + ":" + value));
                    }
                }
            }
        }
        return new Trust(assumers, others, denied);
    }

    private List<JsonNode> statements() {
        JsonNode statement = root.get("Statement");
        if (statement == null || statement.isNull()) {
            return List.of();
        }
        List<JsonNode> statements = statement.isArray() ? new ArrayList<>(statement.values()) : List.of(statement);
        for (JsonNode each : statements) {
            if (!each.isObject()) {
                throw place.error(field, "has a Statement that is " + Fields.describe(each) + ", not an object");
            }
        }
        return statements;
    }

    private boolean allows(JsonNode statement) {
        JsonNode effect = statement.get("Effect");
        if (effect == null || !effect.isString()) {
            throw place.error(field, "has a statement whose Effect is " + Fields.describe(effect) + ", not Allow or Deny");
        }
        return switch (effect.stringValue().toLowerCase(Locale.ROOT)) {
            case "allow" -> true;
            case "deny" -> false;
            default -> throw place.error(field, "has a statement with Effect '" + effect.stringValue()
                    + "', not Allow or Deny");
        };
    }

    /** Action, NotAction and Resource are a string or a list of strings. */
    private List<String> strings(JsonNode statement, String name) {
        JsonNode value = statement.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<JsonNode> items = value.isArray() ? new ArrayList<>(value.values()) : List.of(value);
        List<String> strings = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isString()) {
                throw place.error(field, "has a statement whose " + name + " holds " + Fields.describe(item)
                        + ", not text");
            }
            strings.add(item.stringValue());
        }
        return strings;
    }

    /** {@code "*"}, or an object of principal types (AWS, Service, Federated ...) to one value or a list. */
    private List<String[]> principals(JsonNode principal, String name) {
        List<String[]> found = new ArrayList<>();
        if (principal.isString()) {
            found.add(new String[] {null, principal.stringValue()});
            return found;
        }
        if (!principal.isObject()) {
            throw place.error(field, "has a " + name + " that is " + Fields.describe(principal));
        }
        for (Map.Entry<String, JsonNode> entry : principal.properties()) {
            JsonNode values = entry.getValue();
            List<JsonNode> items = values.isArray() ? new ArrayList<>(values.values()) : List.of(values);
            for (JsonNode item : items) {
                if (!item.isString()) {
                    throw place.error(field, "has a " + name + "." + entry.getKey() + " holding "
                            + Fields.describe(item) + ", not text");
                }
                found.add(new String[] {entry.getKey(), item.stringValue()});
            }
        }
        return found;
    }

    private static List<String> cap(Set<String> values) {
        return values.stream().limit(MAX_ACTIONS).toList();
    }
}
