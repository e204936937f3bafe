package org.oversight.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import org.oversight.graph.ChangeCounts;
import org.oversight.graph.ImportReport;
import org.oversight.graph.ImportWarning;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /api/imports/{source}}: the export is the request body (JSON, YAML, CSV, XML, or a
 * zip / tar / tar.gz of several files); query parameters are the options. Answers the import
 * report, or a problem naming file, record and field; a refused import writes nothing.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    /** Query parameters that are not source parameters. */
    private static final Set<String> RESERVED = Set.of("snapshot", "graceDays", "filename");

    private final ImportService imports;
    private final Uploads uploads;

    ImportController(ImportService imports, ImportProperties limits) {
        this.imports = imports;
        this.uploads = new Uploads(limits);
    }

    /** A source and what it takes. */
    record SourceView(String source, String description, Map<String, String> parameters) {
    }

    /**
     * The report of one import, as the API answers it; for files that hold several scopes (AWS
     * accounts), the sum of the runs, one per scope, listed in {@code runs}.
     */
    record ReportView(String runId, String source, String scope, boolean snapshot, String origin, String sha256,
            OffsetDateTime startedAt, long durationMs, Map<String, ChangeCounts> nodes,
            Map<String, ChangeCounts> relationships, List<ImportWarning> warnings, List<ReportView> runs) {

        static ReportView of(ImportReport report) {
            return new ReportView(report.runId(), report.source(), report.scope(), report.snapshot(), report.origin(),
                    report.sha256(), report.startedAt(), report.duration().toMillis(), report.nodes(),
                    report.relationships(), report.warnings(), report.runs().stream().map(ReportView::of).toList());
        }
    }

    @GetMapping
    List<SourceView> sources() {
        return imports.importers().stream().map(importer -> {
            Map<String, String> parameters = new TreeMap<>(importer.parameters());
            parameters.putAll(ImportService.COMMON_PARAMETERS);
            return new SourceView(importer.source(), importer.description(), parameters);
        }).toList();
    }

    @PostMapping("/{source}")
    ReportView run(@PathVariable String source, HttpServletRequest request) throws IOException {
        imports.importer(source);
        // Options come from the query string only: reading request parameters would consume a body
        // sent as form data (curl --data-binary without a Content-Type does that).
        Map<String, String> query = queryParameters(request);
        ImportOptions options = options(query);
        String name = fileName(query, request, source);
        try (InputStream body = request.getInputStream(); Uploads.Upload upload = uploads.store(name, body)) {
            return ReportView.of(imports.run(source, upload, name, options));
        }
    }

    private static Map<String, String> queryParameters(HttpServletRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
                .forEach((name, values) -> query.put(decode(name), values.isEmpty() || values.getFirst() == null
                        ? "" : decode(values.getLast())));
        return query;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static ImportOptions options(Map<String, String> query) {
        String snapshot = query.getOrDefault("snapshot", "false");
        if (!snapshot.equals("true") && !snapshot.equals("false")) {
            throw new ImportException(null, null, "snapshot", "is true or false, not '" + snapshot + "'");
        }
        Integer graceDays = null;
        if (query.get("graceDays") != null) {
            try {
                graceDays = Integer.valueOf(query.get("graceDays"));
            } catch (NumberFormatException e) {
                graceDays = -1;
            }
            if (graceDays < 0) {
                throw new ImportException(null, null, "graceDays", "is a whole number of days, 0 or more");
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>(query);
        parameters.keySet().removeAll(RESERVED);
        return new ImportOptions(Boolean.parseBoolean(snapshot), graceDays, parameters);
    }

    private static String fileName(Map<String, String> query, HttpServletRequest request, String source) {
        if (query.get("filename") != null && !query.get("filename").isBlank()) {
            return query.get("filename").trim();
        }
        String disposition = request.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            String name = ContentDisposition.parse(disposition).getFilename();
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return source + " upload";
    }

    @ExceptionHandler
    ProblemDetail refused(ImportException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Import refused; nothing was written");
        problem.setProperty("file", e.file());
        problem.setProperty("record", e.record());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownSource(UnknownSourceException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown import source");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(ImportTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Import too large; nothing was written");
        return problem;
    }
}
