package org.oversight.findings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.oversight.accountability.OwnerSuggestion;
import org.oversight.accountability.OwnershipSuggestions;
import org.oversight.model.AiSystem;
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
 * {@code GET /api/findings.csv}: every finding that matches the filter of {@code unownedRisks}
 * ({@code ?rule=&severity=&provider=&aiSystem=&owner=}), for spreadsheets and tickets.
 */
@RestController
class FindingsCsvController {

    /** One CSV row; lists are joined with "; ". */
    record Row(String id, String rule, String severity, String subject, String kind, String reason, String provider,
            String aiSystems, String breaks, String suggestedOwner, String remediation) {
    }

    static final CsvSchema SCHEMA = CsvSchema.builder().addColumn("id").addColumn("rule").addColumn("severity")
            .addColumn("subject").addColumn("kind").addColumn("reason").addColumn("provider").addColumn("aiSystems")
            .addColumn("breaks").addColumn("suggestedOwner").addColumn("remediation").setUseHeader(true).build();

    private final FindingService findings;
    private final OwnershipSuggestions suggestions;

    FindingsCsvController(FindingService findings, OwnershipSuggestions suggestions) {
        this.findings = findings;
        this.suggestions = suggestions;
    }

    @GetMapping(value = "/api/findings.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String rule, @RequestParam(required = false) Severity severity,
            @RequestParam(required = false) String provider, @RequestParam(required = false) String aiSystem,
            @RequestParam(required = false) String owner) {
        List<Finding> all = findings.checkedFindings(new FindingFilter(rule, severity, provider, aiSystem, owner));
        Map<String, List<OwnerSuggestion>> suggested = all.isEmpty() ? Map.of()
                : suggestions.forSubjects(all.stream().map(Finding::subjectElementId).distinct().toList(), List.of(), 1);
        List<Row> rows = all.stream().map(f -> new Row(f.id(), f.rule().id(), f.rule().severity().name(), f.subject().id(),
                f.subject().getClass().getSimpleName(), f.reason(), f.provider(),
                f.aiSystems().stream().map(AiSystem::id).collect(Collectors.joining("; ")), String.join("; ", f.rule().breaks()),
                suggested.getOrDefault(f.subjectElementId(), List.of()).stream().findFirst().map(s -> s.owner().id()).orElse(null),
                f.rule().remediation())).toList();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("findings.csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(CsvMapper.builder().build().writer(SCHEMA).writeValueAsString(rows));
    }
}
