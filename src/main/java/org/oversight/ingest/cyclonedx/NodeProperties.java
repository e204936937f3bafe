package org.oversight.ingest.cyclonedx;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.oversight.ingest.kit.Secrets;

/**
 * The properties of one node as they are collected: empty values are left out, and every text
 * passes through {@link Secrets#redact} so that no secret reaches the graph. Properties whose
 * text had to be redacted are remembered, for a warning.
 */
final class NodeProperties {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final TreeSet<String> redacted = new TreeSet<>();

    NodeProperties text(String key, String value) {
        String clean = clean(key, value);
        if (clean != null) {
            values.put(key, clean);
        }
        return this;
    }

    /** A list of texts, without empty and repeated entries; left out when nothing remains. */
    NodeProperties texts(String key, Collection<String> list) {
        if (list == null) {
            return this;
        }
        List<String> kept = new ArrayList<>();
        for (String value : list) {
            String clean = clean(key, value);
            if (clean != null && !kept.contains(clean)) {
                kept.add(clean);
            }
        }
        if (!kept.isEmpty()) {
            values.put(key, List.copyOf(kept));
        }
        return this;
    }

    /** A number, boolean or date-time. */
    NodeProperties scalar(String key, Object value) {
        if (value != null) {
            values.put(key, value);
        }
        return this;
    }

    /** A value already made safe by the caller (a URL from {@link Secrets#url}, say). */
    NodeProperties safe(String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
        return this;
    }

    /** Adds a text to a list property, keeping the list free of repeats. */
    NodeProperties append(String key, String value) {
        String clean = clean(key, value);
        if (clean == null) {
            return this;
        }
        List<String> list = new ArrayList<>();
        if (values.get(key) instanceof List<?> existing) {
            existing.forEach(item -> list.add((String) item));
        }
        if (!list.contains(clean)) {
            list.add(clean);
        }
        values.put(key, List.copyOf(list));
        return this;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    Map<String, Object> toMap() {
        return new LinkedHashMap<>(values);
    }

    /** Names of the properties whose text had a secret taken out. */
    List<String> redactedProperties() {
        return List.copyOf(redacted);
    }

    private String clean(String key, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        String safe = Secrets.redact(stripped);
        if (!Objects.equals(safe, stripped)) {
            redacted.add(key);
        }
        return safe;
    }
}
