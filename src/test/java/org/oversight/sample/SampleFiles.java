package org.oversight.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the shipped sample files directly, independently of the server, so tests compare what
 * the API answers with what the files say.
 */
public final class SampleFiles {

    public static final Path FOLDER = Path.of("importers", "samples", "kestrel");

    private SampleFiles() {
    }

    /** How many nodes the files list under one bundle label. */
    public static int nodes(String label) {
        return count("nodes", label);
    }

    /** How many relationships the files list of one type. */
    public static int relationships(String type) {
        return count("relationships", type);
    }

    /** The first id of every {@code # PLANTED <kind>: <id> ...} line. */
    public static List<String> planted(String kind) {
        List<String> ids = new ArrayList<>();
        for (Path file : files()) {
            for (String line : lines(file)) {
                String prefix = "# PLANTED " + kind + ": ";
                if (line.startsWith(prefix)) {
                    String rest = line.substring(prefix.length());
                    ids.add(rest.split("[ ,]")[0]);
                }
            }
        }
        return ids;
    }

    /** Every {@code # PLANTED <rule>: <subject>[, <other ids>] - <why>} line as its rule and ids, in file order. */
    public static List<Planted> plantedLines() {
        List<Planted> planted = new ArrayList<>();
        for (Path file : files()) {
            for (String line : lines(file)) {
                if (line.startsWith("# PLANTED ")) {
                    String rest = line.substring("# PLANTED ".length());
                    String rule = rest.substring(0, rest.indexOf(':'));
                    String ids = rest.substring(rule.length() + 1, rest.indexOf(" - ")).strip();
                    planted.add(new Planted(rule, List.of(ids.split(",\\s*"))));
                }
            }
        }
        return planted;
    }

    /** A planted problem: the rule that must find it, the subject first among its ids. */
    public record Planted(String rule, List<String> ids) {
        public String subject() {
            return ids.getFirst();
        }
    }

    private static int count(String section, String key) {
        YAMLMapper yaml = YAMLMapper.builder().build();
        int count = 0;
        for (Path file : files()) {
            JsonNode entries = yaml.readTree(file.toFile()).path(section).path(key);
            count += entries.size();
        }
        return count;
    }

    private static List<Path> files() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
