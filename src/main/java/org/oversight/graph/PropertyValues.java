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

    /** A rough size in bytes, used to keep one statement's parameters bounded; loops, as it runs for every row. */
    static long estimateBytes(Object value) {
        if (value == null) {
            return 1;
        }
        if (value instanceof String s) {
            return s.length() + 8L;
        }
        if (value instanceof Collection<?> list) {
            long bytes = 8;
            for (Object item : list) {
                bytes += estimateBytes(item);
            }
            return bytes;
        }
        if (value instanceof java.util.Map<?, ?> map) {
            long bytes = 8;
            for (java.util.Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += estimateBytes(entry.getKey()) + estimateBytes(entry.getValue());
            }
            return bytes;
        }
        return 16;
    }
}
