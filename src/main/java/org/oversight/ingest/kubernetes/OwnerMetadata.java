package org.oversight.ingest.kubernetes;

import java.util.Map;

import org.oversight.graph.GraphBatch;
import org.oversight.graph.NodeRef;
import org.oversight.ingest.kit.OwnerTags;

/**
 * Owners named in labels and annotations, by the rule every source's tags follow
 * ({@link OwnerTags}): an owner or e-mail key with e-mail addresses gives
 * {@code OWNED_BY {role: ACCOUNTABLE, source: TAG}} edges to those people (a technical-owner key,
 * {@code TECHNICAL}), a team key gives {@code OWNED_BY {role: ACCOUNTABLE, source: TAG}} to the
 * team (a team named as owner answers for the resource while it has active people). Label values
 * cannot hold an '@', so owners' addresses are usually annotations.
 */
final class OwnerMetadata {

    private OwnerMetadata() {
    }

    /** Adds the owners the object's metadata names to {@code owned}, warning about values that name nobody. */
    static void link(KubeObject object, ObjectMeta meta, NodeRef owned, GraphBatch.Builder batch) {
        forEachOwnerValue(meta, (where, meaning, value) -> {
            if (meaning == OwnerTags.Meaning.TEAM) {
                OwnerTags.team(value).ifPresentOrElse(team -> team.claim(owned, batch), () -> batch.warn(object.where(),
                        where + " '" + value + "' names no team; no owner linked"));
                return;
            }
            String role = meaning == OwnerTags.Meaning.TECHNICAL_OWNER ? "TECHNICAL" : "ACCOUNTABLE";
            OwnerTags.people(value, role, token -> batch.warn(object.where(),
                    where + " '" + token + "' is not an e-mail address; no owner linked"))
                    .forEach(person -> person.claim(owned, batch));
        });
    }

    /** For objects the model gives no owners (policies): says so instead of dropping the owner silently. */
    static void warnNotLinked(KubeObject object, ObjectMeta meta, String what, GraphBatch.Builder batch) {
        forEachOwnerValue(meta, (where, meaning, value) -> batch.warn(object.where(),
                where + " '" + value + "' on " + what + " is not linked: the graph model has owners for identities, "
                        + "not for policies or bindings"));
    }

    private interface OwnerValue {
        void accept(String where, OwnerTags.Meaning meaning, String value);
    }

    private static void forEachOwnerValue(ObjectMeta meta, OwnerValue owner) {
        visit("label", meta.labels(), owner);
        visit("annotation", meta.annotations(), owner);
    }

    private static void visit(String kind, Map<String, String> entries, OwnerValue owner) {
        entries.forEach((key, value) -> {
            OwnerTags.Meaning meaning = OwnerTags.meaning(key);
            if (meaning != OwnerTags.Meaning.OTHER && value != null && !value.isBlank()) {
                owner.accept(kind + " " + key, meaning, value);
            }
        });
    }
}
