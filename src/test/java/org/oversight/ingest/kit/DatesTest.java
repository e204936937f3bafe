package org.oversight.ingest.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    private static final OffsetDateTime NINE_UTC = OffsetDateTime.parse("2025-03-31T09:00:00Z");

    /** The forms the exports write one instant in: AWS, Graph, PowerShell, Python tools, RFC 3339. */
    @ParameterizedTest
    @ValueSource(strings = {"2025-03-31T09:00:00Z", "2025-03-31T11:00:00+02:00", "2025-03-31T09:00:00",
            "2025-03-31 09:00:00+00:00", "2025-03-31T09:00:00.0000000Z", " 2025-03-31T09:00:00Z "})
    void everyFormOfOneInstantIsThatInstantInUtc(String text) {
        assertThat(Dates.parse(text)).isEqualTo(NINE_UTC);
        assertThat(Dates.parse(text).getOffset().getTotalSeconds()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-31", "2025-03-31T00:00:00Z"})
    void aDateAloneIsTheStartOfThatDayInUtc(String text) {
        assertThat(Dates.parse(text)).isEqualTo(OffsetDateTime.parse("2025-03-31T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/03/2025", "2025-02-30", "yesterday", "2025-03-31T25:00:00Z", ""})
    void anythingElseIsRefused(String text) {
        assertThatThrownBy(() -> Dates.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
