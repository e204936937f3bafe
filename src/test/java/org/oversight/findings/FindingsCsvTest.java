package org.oversight.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.oversight.sample.SampleFiles;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** {@code GET /api/findings.csv}: the findings as a spreadsheet, with the filters of unownedRisks. */
class FindingsCsvTest extends OversightIntegrationTest {

    @Test
    void theCsvHoldsOneRowPerFindingOfTheFilter() {
        String csv = http().get().uri("/api/findings.csv?rule=conflicting-ownership").exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();

        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = CsvMapper.builder().build().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            rows = it.readAll();
        }
        List<String> planted = SampleFiles.plantedLines().stream().filter(p -> p.rule().equals("conflicting-ownership"))
                .map(SampleFiles.Planted::subject).toList();
        assertThat(rows).extracting(row -> row.get("subject")).containsExactlyInAnyOrderElementsOf(planted);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("severity")).isEqualTo("MEDIUM");
            assertThat(row.get("breaks")).contains("ISO42001:A.3.2");
            assertThat(row.get("reason")).contains(" names ");
        });
    }

    @Test
    void anUnknownRuleIsAProblemNamingTheParameter() {
        http().get().uri("/api/findings.csv?rule=no-such-rule").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.detail").value(String.class,
                        detail -> assertThat(detail).contains("no-such-rule"));
    }
}
