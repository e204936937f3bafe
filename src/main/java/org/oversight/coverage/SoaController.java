package org.oversight.coverage;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.oversight.model.Control;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The Statement of Applicability as files for auditors: {@code GET /api/soa.csv} and
 * {@code GET /api/soa.json}, optionally {@code ?scope=<AI system id>}.
 */
@RestController
class SoaController {

    /** One CSV row; lists are joined with "; ". */
    record Row(String requirement, String title, boolean applicable, String justification, boolean implemented,
            String status, String reason, String controls, String evidence) {
    }

    static final CsvSchema SCHEMA = CsvSchema.builder().addColumn("requirement").addColumn("title")
            .addColumn("applicable").addColumn("justification").addColumn("implemented").addColumn("status").addColumn("reason")
            .addColumn("controls").addColumn("evidence").setUseHeader(true).build();

    private final CoverageService coverage;

    SoaController(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GetMapping(value = "/api/soa.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String scope) {
        List<Row> rows = coverage.statementOfApplicability(scope).entries().stream().map(SoaController::row).toList();
        String body = CsvMapper.builder().build().writer(SCHEMA).writeValueAsString(rows);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(scope, "csv")).build().toString())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(body);
    }

    @GetMapping(value = "/api/soa.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> json(@RequestParam(required = false) String scope) {
        List<Row> rows = coverage.statementOfApplicability(scope).entries().stream().map(SoaController::row).toList();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(scope, "json")).build().toString())
                .body(Map.of("framework", "ISO42001", "scope", scope == null ? "organisation" : scope, "entries", rows));
    }

    static Row row(StatementOfApplicability.Entry entry) {
        return new Row(entry.requirement().id(), entry.requirement().title(), entry.applicable(), entry.justification(),
                entry.implemented(), entry.status().name(), entry.reason(),
                entry.controls().stream().map(Control::id).collect(Collectors.joining("; ")),
                entry.evidence().stream().map(e -> e.uri() == null ? e.id() : e.uri()).collect(Collectors.joining("; ")));
    }

    private static String fileName(String scope, String extension) {
        String name = scope == null ? "organisation" : scope.replaceAll("[^A-Za-z0-9._-]", "-");
        return "statement-of-applicability-" + name + "." + extension;
    }
}
