package org.oversight.ingest.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.Json;
import tools.jackson.databind.JsonNode;

/** The typed reads every JSON and YAML importer shares, and the one wording of their refusals. */
class FieldsTest {

    private static final Fields FIELDS = new Fields("users.json", "value[3]");
    private static final JsonNode RECORD = Json.MAPPER.readTree("""
            {"name": " Ada ", "blank": "  ", "age": 36, "big": 1e30, "admin": true, "yes": "True",
             "tags": ["a", "b"], "owner": {"id": "x"}, "nothing": null,
             "created": "2024-01-31 12:00:00+00:00", "when": "yesterday"}
            """);

    private static JsonNode field(String name) {
        return RECORD.get(name);
    }

    @Test
    void absentAndNullReadAsNothing() {
        for (String name : new String[] {"missing", "nothing"}) {
            assertThat(FIELDS.text(field(name), name)).isNull();
            assertThat(FIELDS.scalar(field(name), name)).isNull();
            assertThat(FIELDS.object(field(name), name)).isNull();
            assertThat(FIELDS.number(field(name), name)).isNull();
            assertThat(FIELDS.bool(field(name), name)).isNull();
            assertThat(FIELDS.time(field(name), name)).isNull();
            assertThat(FIELDS.list(field(name), name)).isEmpty();
        }
        assertThat(FIELDS.text(field("blank"), "blank")).isNull();
    }

    @Test
    void valuesOfTheRightShapeAreRead() {
        assertThat(FIELDS.text(field("name"), "name")).isEqualTo("Ada");
        assertThat(FIELDS.scalar(field("age"), "age")).isEqualTo("36");
        assertThat(FIELDS.number(field("age"), "age")).isEqualTo(36L);
        assertThat(FIELDS.bool(field("admin"), "admin")).isTrue();
        assertThat(FIELDS.boolOrText(field("yes"), "yes")).isTrue();
        assertThat(FIELDS.list(field("tags"), "tags")).hasSize(2);
        assertThat(FIELDS.object(field("owner"), "owner").get("id").stringValue()).isEqualTo("x");
        assertThat(FIELDS.time(field("created"), "created")).isEqualTo(OffsetDateTime.parse("2024-01-31T12:00:00Z"));
    }

    @Test
    void refusalsNameFileRecordAndFieldAndSayWhatWasExpectedAndFound() {
        assertRefused(() -> FIELDS.required(FIELDS.text(field("missing"), "missing"), "missing"),
                "users.json, value[3], field 'missing': is required");
        assertRefused(() -> FIELDS.required(null, "id", "every object has one"),
                "users.json, value[3], field 'id': is required: every object has one");
        assertRefused(() -> FIELDS.text(field("age"), "age"), "users.json, value[3], field 'age': must be text, not a number");
        assertRefused(() -> FIELDS.scalar(field("tags"), "tags"),
                "users.json, value[3], field 'tags': must be a single value, not a list");
        assertRefused(() -> FIELDS.list(field("age"), "age"), "users.json, value[3], field 'age': must be a list, not a number");
        assertRefused(() -> FIELDS.object(field("name"), "name"), "users.json, value[3], field 'name': must be an object, not text");
        assertRefused(() -> FIELDS.number(field("big"), "big"),
                "users.json, value[3], field 'big': must be a whole number, not a number");
        assertRefused(() -> FIELDS.bool(field("yes"), "yes"), "users.json, value[3], field 'yes': must be true or false, not text");
        assertRefused(() -> FIELDS.boolOrText(field("name"), "name"),
                "users.json, value[3], field 'name': must be true or false, not ' Ada '");
        assertRefused(() -> FIELDS.time(field("when"), "when"),
                "users.json, value[3], field 'when': 'yesterday' is not a date-time such as 2024-01-31T12:00:00Z");
        assertRefused(() -> FIELDS.time(field("owner"), "owner"),
                "users.json, value[3], field 'owner': must be a single value, not an object");
    }

    @Test
    void describeNamesEveryKindOfValue() {
        assertThat(Fields.describe(null)).isEqualTo("nothing");
        assertThat(Fields.describe(field("nothing"))).isEqualTo("null");
        assertThat(Fields.describe(field("name"))).isEqualTo("text");
        assertThat(Fields.describe(field("age"))).isEqualTo("a number");
        assertThat(Fields.describe(field("admin"))).isEqualTo("true or false");
        assertThat(Fields.describe(field("tags"))).isEqualTo("a list");
        assertThat(Fields.describe(field("owner"))).isEqualTo("an object");
    }

    private static void assertRefused(Runnable read, String message) {
        assertThatThrownBy(read::run).isInstanceOf(ImportException.class).hasMessage(message);
    }
}
