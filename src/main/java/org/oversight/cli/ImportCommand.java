package org.oversight.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.oversight.graph.ImportReport;
import org.oversight.ingest.ImportException;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.ImportProperties;
import org.oversight.ingest.ImportService;
import org.oversight.ingest.Uploads;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code oversight import <source> <file>...}: sends exports to a running server, or, with
 * {@code --direct}, writes them straight into the database for bulk loads (the server must not
 * be using the same embedded data directory then). Several files travel as one archive, so they
 * are one import; progress is shown on the terminal for large files.
 */
@Command(name = "oversight import", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Import exports into Oversight, through a running server or directly into the database.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported", "1:refused or failed; nothing was written", "2:wrong usage"})
public class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "Import source, e.g. aws-iam, entra, kubernetes, scim.")
    String source;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Export files or archives.")
    List<Path> files;

    @Option(names = "--server", defaultValue = "http://localhost:8080", description = "Server URL (default: ${DEFAULT-VALUE}).")
    URI server;

    @Option(names = "--token", defaultValue = "${env:OVERSIGHT_TOKEN}", description = "Bearer token of the IMPORTER role or above (or set OVERSIGHT_TOKEN).")
    String token;

    @Option(names = "--direct", description = "Write directly into the database instead of through a server.")
    boolean direct;

    @Option(names = "--data-dir", description = "With --direct: the embedded database's data directory (default ./data).")
    Path dataDir;

    @Option(names = "--neo4j-uri", description = "With --direct: an external Neo4j instead of the embedded database.")
    String neo4jUri;

    @Option(names = "--neo4j-user", defaultValue = "neo4j", description = "With --neo4j-uri: the user (default: ${DEFAULT-VALUE}).")
    String neo4jUser;

    @Option(names = "--neo4j-password", description = "With --neo4j-uri: the password (or set NEO4J_PASSWORD).",
            defaultValue = "${env:NEO4J_PASSWORD}")
    String neo4jPassword;

    @Option(names = "--snapshot", description = "The files are a full snapshot of their source: what they lack becomes stale.")
    boolean snapshot;

    @Option(names = "--grace-days", description = "With --snapshot: mark nodes stale for longer than this as deleted.")
    Integer graceDays;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A source parameter, e.g. -p cluster=prod-eu-1.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return new CommandLine(new ImportCommand()).execute(args);
    }

    /** Runs the command line writing its report to {@code out} and progress and problems to {@code err}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new ImportCommand()).setOut(out).setErr(err).execute(args);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("Not a file: " + file);
                return 2;
            }
        }
        Path payload = files.size() == 1 ? files.getFirst() : archive(files);
        String name = files.size() == 1 ? files.getFirst().getFileName().toString() : "import.zip";
        try {
            return direct ? direct(payload, name, out, err) : viaServer(payload, name, out, err);
        } finally {
            if (payload != files.getFirst()) {
                Files.deleteIfExists(payload);
            }
        }
    }

    private int viaServer(Path payload, String name, PrintWriter out, PrintWriter err) throws IOException {
        Map<String, String> query = new LinkedHashMap<>(parameters);
        query.put("filename", name);
        if (snapshot) {
            query.put("snapshot", "true");
        }
        if (graceDays != null) {
            query.put("graceDays", graceDays.toString());
        }
        URI uri = server.resolve("/api/imports/" + encode(source) + "?" + query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&")));
        long size = Files.size(payload);
        Progress progress = new Progress(err, "Sending " + name, size);
        HttpRequest request = new ServerClient(server, token).authorized(HttpRequest.newBuilder(uri))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> progress.track(open(payload))), size))
                .build();
        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            err.println("\nCannot reach the Oversight server at " + server + ": " + e.getMessage()
                    + " (start it, pass --server, or use --direct)");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        progress.done("written by the server");
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            err.println("Import refused (" + response.statusCode() + "): " + (response.statusCode() == 401
                    ? "the server needs a token of the IMPORTER role: pass --token or set OVERSIGHT_TOKEN"
                    : "this token's role may not import"));
            return 1;
        }
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        if (response.statusCode() != 200) {
            err.println("Import refused (" + response.statusCode() + "): " + body.path("detail").asString(response.body()));
            return 1;
        }
        ReportPrinter.print(out, body);
        return 0;
    }

    private int direct(Path payload, String name, PrintWriter out, PrintWriter err) {
        List<String> settings = new ArrayList<>();
        if (neo4jUri != null) {
            settings.addAll(List.of("--spring.neo4j.uri=" + neo4jUri, "--spring.neo4j.authentication.username=" + neo4jUser,
                    "--spring.neo4j.authentication.password=" + (neo4jPassword == null ? "" : neo4jPassword)));
        }
        if (dataDir != null) {
            settings.add("--oversight.embedded.data-dir=" + dataDir);
        }
        err.println("Opening the database ...");
        try (ConfigurableApplicationContext context = DirectImport.start(settings.toArray(String[]::new))) {
            ImportService imports = context.getBean(ImportService.class);
            imports.importer(source);
            Progress progress = new Progress(err, "Reading " + name, Files.size(payload));
            Uploads uploads = new Uploads(context.getBean(ImportProperties.class));
            try (InputStream in = progress.track(Files.newInputStream(payload));
                 Uploads.Upload upload = uploads.store(name, in)) {
                progress.done("parsing and writing");
                ImportReport report = imports.run(source, upload, name, new ImportOptions(snapshot, graceDays, parameters));
                ReportPrinter.print(out, report);
                return 0;
            }
        } catch (ImportException e) {
            err.println("Import refused, nothing was written: " + e.getMessage());
            return 1;
        } catch (RuntimeException | IOException e) {
            err.println("Import failed, nothing was written: " + rootMessage(e));
            return 1;
        }
    }

    /** Several files become one stored (uncompressed) zip, so they are written as one import. */
    private static Path archive(List<Path> files) throws IOException {
        Path zip = Files.createTempFile("oversight-import-", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.setLevel(0);
            for (Path file : files) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

}
