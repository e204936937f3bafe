package org.oversight.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One node as a source describes it. Properties are plain values (strings, numbers, booleans,
 * date-times and lists of those); the writer adds the bookkeeping properties itself.
 *
 * @param reference a node the source only points at (an owner named in a tag, say): created as a
 *                  stub if missing, otherwise left as it is, and never marked stale by this source
 */
public record NodeRecord(NodeLabel label, String id, Map<String, Object> properties, boolean reference) {

    /** Properties only the writer sets. */
    static final Set<String> BOOKKEEPING = Set.of("id", "source", "sourceScope", "firstSeen", "lastSeen",
            "lastRunId", "staleSince", "stub", "personKey");

    public NodeRecord {
        Objects.requireNonNull(label, "label");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A " + label + " node needs an id");
        }
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        for (String key : properties.keySet()) {
            if (BOOKKEEPING.contains(key)) {
                throw new IllegalArgumentException("Property '" + key + "' of " + label + " " + id
                        + " is set by the writer, not by a source");
            }
            PropertyValues.requireStorable(label + " " + id, key, properties.get(key));
        }
    }
}
