package org.oversight.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One relationship as a source describes it, between two nodes named by label and id. */
public record RelRecord(RelType type, NodeRef from, NodeRef to, Map<String, Object> properties) {

    /** Properties only the writer sets. */
    static final Set<String> BOOKKEEPING = Set.of("importSource", "importScope", "firstSeen", "lastSeen", "lastRunId");

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
