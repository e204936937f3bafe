package org.oversight.ingest.kubernetes;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.NodeRef;
import org.oversight.graph.RelType;
import org.oversight.ingest.kit.People;

/**
 * Owners named in labels and annotations: an owner key with e-mail addresses gives
 * {@code OWNED_BY {role: ACCOUNTABLE, source: TAG}} edges to those people, a team key gives
 * {@code OWNED_BY {role: ACCOUNTABLE, source: TAG}} to the team (a team named as owner answers for
 * the resource while it has active people). Label values cannot hold an
 * '@', so owners' addresses are usually annotations.
 */
final class OwnerMetadata {

    static final List<String> OWNER_KEYS = List.of("owner", "oversight.io/owner", "app.kubernetes.io/owner", "contact");
    static final List<String> TEAM_KEYS = List.of("team", "oversight.io/team");

    /** Several addresses in one value are separated by commas or semicolons. */
    private static final Pattern SEPARATORS = Pattern.compile("[,;]");

    private OwnerMetadata() {
    }

    /** Adds the owners the object's metadata names to {@code owned}, warning about values that name nobody. */
    static void link(KubeObject object, ObjectMeta meta, NodeRef owned, GraphBatch.Builder batch) {
        forEachOwnerValue(meta, (where, value) -> {
            for (String part : SEPARATORS.split(value)) {
                String token = part.strip();
                if (token.isEmpty()) {
                    continue;
                }
                if (People.isEmail(token)) {
                    String email = People.humanId(token);
                    NodeRef human = new NodeRef(NodeLabel.HUMAN, email);
                    batch.reference(NodeLabel.HUMAN, email, Map.of("email", email));
                    batch.relationship(RelType.OWNED_BY, owned, human, Map.of("role", "ACCOUNTABLE", "source", "TAG"));
                } else {
                    batch.warn(object.where(), where + " '" + token + "' is not an e-mail address; no owner linked");
                }
            }
        }, (where, value) -> {
            String id = People.teamId(value);
            if (id == null) {
                batch.warn(object.where(), where + " '" + value + "' names no team; no owner linked");
                return;
            }
            batch.reference(NodeLabel.TEAM, id, Map.of("name", value.strip()));
            batch.relationship(RelType.OWNED_BY, owned, new NodeRef(NodeLabel.TEAM, id),
                    Map.of("role", "ACCOUNTABLE", "source", "TAG"));
        });
    }

    /** For objects the model gives no owners (policies): says so instead of dropping the owner silently. */
    static void warnNotLinked(KubeObject object, ObjectMeta meta, String what, GraphBatch.Builder batch) {
        BiConsumer<String, String> warn = (where, value) -> batch.warn(object.where(),
                where + " '" + value + "' on " + what + " is not linked: the graph model has owners for identities, "
                        + "not for policies or bindings");
        forEachOwnerValue(meta, warn, warn);
    }

    private static void forEachOwnerValue(ObjectMeta meta, BiConsumer<String, String> owner,
            BiConsumer<String, String> team) {
        for (String key : OWNER_KEYS) {
            visit(meta, key, owner);
        }
        for (String key : TEAM_KEYS) {
            visit(meta, key, team);
        }
    }

    private static void visit(ObjectMeta meta, String key, BiConsumer<String, String> consumer) {
        String label = meta.labels().get(key);
        if (label != null && !label.isBlank()) {
            consumer.accept("label " + key, label);
        }
        String annotation = meta.annotations().get(key);
        if (annotation != null && !annotation.isBlank()) {
            consumer.accept("annotation " + key, annotation);
        }
    }
}
