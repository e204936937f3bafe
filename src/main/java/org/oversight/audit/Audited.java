package org.oversight.audit;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns what a mutation was given into an audit summary: a record's components, times as ISO text. */
public final class Audited {

    private Audited() {
    }

    /** The components of an input record, nulls left out. */
    public static Map<String, Object> of(Record input) {
        Map<String, Object> summary = new LinkedHashMap<>();
        for (var component : input.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                Object value = accessor.invoke(input);
                if (value != null) {
                    summary.put(component.getName(), value instanceof OffsetDateTime time ? time.toString() : value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component.getName() + " of " + input.getClass().getSimpleName(), e);
            }
        }
        return summary;
    }

    public static String text(OffsetDateTime time) {
        return time == null ? null : time.toString();
    }
}
