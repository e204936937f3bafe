package org.oversight.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One relationship as a source describes it, between two nodes named by label and id. */
public record RelRecord(RelType type, NodeRef from, NodeRef to, Map<String, Object> properties) {

    /** Properties only the writer sets. */
    static final Set<String> BOOKKEEPING = Set.of("importSource", "importScope", "firstSeen", "lastSeen", "lastRunId");

    /** What tells one relationship from another: its type, both ends and the type's key properties. */
    public static List<Object> key(RelType type, NodeLabel from, String fromId, NodeLabel to, String toId,
            Map<String, ?> properties) {
        List<Object> key = new ArrayList<>(List.of(type, from.keyLabel(), fromId, to.keyLabel(), toId));
        for (String property : type.keyProperties()) {
            key.add(properties.get(property));
        }
        return key;
    }

    public List<Object> key() {
        return key(type, from.label(), from.id(), to.label(), to.id(), properties);
    }

    public RelRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!type.connects(from.label(), to.label())) {
            throw new IllegalArgumentException(type + " cannot connect " + from.label() + " to " + to.label());
        }
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        for (String key : type.keyProperties()) {
            if (properties.get(key) == null) {
                throw new IllegalArgumentException(type + " from " + from + " to " + to + " needs '" + key + "'");
            }
        }
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            if (BOOKKEEPING.contains(property.getKey())) {
                throw new IllegalArgumentException("Property '" + property.getKey() + "' of " + type + " " + from
                        + " -> " + to + " is set by the writer, not by a source");
            }
            PropertyValues.requireStorable(type + " " + from + " -> " + to, property.getKey(), property.getValue());
        }
    }
}
