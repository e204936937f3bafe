package org.oversight.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** Typed reads of a node's or relationship's properties, tolerant of absent values. */
public record Props(Map<String, Object> values) {

    public String string(String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }

    public Integer integer(String key) {
        return values.get(key) instanceof Number n ? n.intValue() : null;
    }

    public Double decimal(String key) {
        return values.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    public Boolean bool(String key) {
        return values.get(key) instanceof Boolean b ? b : null;
    }

    public OffsetDateTime time(String key) {
        return switch (values.get(key)) {
            case ZonedDateTime t -> t.toOffsetDateTime();
            case OffsetDateTime t -> t;
            case LocalDate d -> d.atStartOfDay().atOffset(ZoneOffset.UTC);
            case null, default -> null;
        };
    }

    /** A date stored as a date or as ISO text (catalogs store yyyy-MM-dd). */
    public LocalDate date(String key) {
        return switch (values.get(key)) {
            case LocalDate d -> d;
            case String text -> LocalDate.parse(text);
            case null, default -> null;
        };
    }

    public List<String> strings(String key) {
        return values.get(key) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : null;
    }
}
