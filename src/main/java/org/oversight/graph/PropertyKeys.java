package org.oversight.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * The property names the rows of one writer step give, in a fixed order: the writer reads the
 * graph's values of exactly these and compares them with the rows, with the driver's own
 * conversion of what it would send, so a value compares equal to what writing it stored.
 */
record PropertyKeys(List<String> names, Map<String, Integer> positions) {

    static PropertyKeys of(Stream<Map<String, Object>> rows) {
        TreeSet<String> names = new TreeSet<>();
        rows.forEach(row -> names.addAll(row.keySet()));
        List<String> ordered = List.copyOf(names);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            positions.put(ordered.get(i), i);
        }
        return new PropertyKeys(ordered, Map.copyOf(positions));
    }

    /** Whether a property the row gives differs from what the graph holds; an absent property is null. */
    boolean differ(List<Value> held, Map<String, Object> row) {
        for (Map.Entry<String, Object> property : row.entrySet()) {
            if (!Values.value(property.getValue()).equals(held.get(positions.get(property.getKey())))) {
                return true;
            }
        }
        return false;
    }
}
