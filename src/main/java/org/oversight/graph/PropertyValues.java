package org.oversight.graph;

import java.time.temporal.Temporal;
import java.util.Collection;

/** What the writer accepts as a property value: what Neo4j can store. */
final class PropertyValues {

    private PropertyValues() {
    }

    static void requireStorable(String owner, String key, Object value) {
        if (value == null || isScalar(value)) {
            return;
        }
        if (value instanceof Collection<?> list && list.stream().allMatch(PropertyValues::isScalar)) {
            return;
        }
        throw new IllegalArgumentException("Property '" + key + "' of " + owner + " is a "
                + value.getClass().getSimpleName() + "; Neo4j stores only scalars and lists of scalars");
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Temporal;
    }

    /** A rough size in bytes, used to keep one statement's parameters bounded. */
    static long estimateBytes(Object value) {
        return switch (value) {
            case null -> 1;
            case String s -> s.length() + 8L;
            case Collection<?> list -> list.stream().mapToLong(PropertyValues::estimateBytes).sum() + 8L;
            case java.util.Map<?, ?> map -> map.entrySet().stream()
                    .mapToLong(e -> estimateBytes(e.getKey()) + estimateBytes(e.getValue())).sum() + 8L;
            default -> 16;
        };
    }
}
