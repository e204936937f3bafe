package org.oversight.findings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.oversight.catalog.CatalogLoader;
import org.oversight.graph.CypherClient;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The finding rules of {@code cypher/rules/}, one file each, read and checked at start-up: a rule
 * whose header is incomplete, whose {@code breaks} names a requirement no loaded catalog holds, or
 * whose Cypher does not compile or return {@code subject, reason, path} stops the server with the
 * file and the fault. Adding a rule is adding a file.
 */
@Component
public class RuleCatalog implements InitializingBean {

    static final String LOCATION = "classpath*:cypher/rules/*.cypher";
    static final List<String> FIELDS = List.of("id", "title", "severity", "breaks", "remediation");
    static final List<String> COLUMNS = List.of("subject", "reason", "path");

    private static final Pattern FIELD = Pattern.compile("^//\\s*([a-z]+):\\s*(.*?)\\s*$");
    private static final String MISSING_REQUIREMENTS = """
            UNWIND $ids AS id
            OPTIONAL MATCH (r:Requirement {id: id})
            WITH id, r WHERE r IS NULL
            RETURN id
            """;

    private final CypherClient cypher;
    private final FindingParameters parameters;
    private final Map<String, Rule> rules = new LinkedHashMap<>();

    /** The catalogs load first: rules are checked against their requirements. */
    RuleCatalog(CypherClient cypher, FindingParameters parameters, CatalogLoader catalogs) {
        this.cypher = cypher;
        this.parameters = parameters;
    }

    @Override
    public void afterPropertiesSet() {
        List<Rule> loaded = new ArrayList<>();
        for (Resource resource : resources()) {
            loaded.add(validate("cypher/rules/" + resource.getFilename(), content(resource)));
        }
        loaded.sort(Comparator.comparing(Rule::severity).thenComparing(Rule::id));
        loaded.forEach(rule -> rules.put(rule.id(), rule));
    }

    /** Every rule, most severe first. */
    public List<Rule> all() {
        return List.copyOf(rules.values());
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * Reads a rule file: a header of {@code // field: value} lines, then, after an empty
     * {@code //} line, the description, then the Cypher (the whole file runs, comments included).
     */
    static Rule parse(String file, String content) {
        Map<String, String> fields = new LinkedHashMap<>();
        StringBuilder description = new StringBuilder();
        boolean inHeader = true;
        for (String line : content.lines().toList()) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("//")) {
                break;
            }
            Matcher field = FIELD.matcher(trimmed);
            if (inHeader && field.matches()) {
                String name = field.group(1);
                if (!FIELDS.contains(name)) {
                    throw invalid(file, "unknown header field '" + name + "'; the fields are " + FIELDS);
                }
                if (fields.put(name, field.group(2)) != null) {
                    throw invalid(file, "header field '" + name + "' is given twice");
                }
            } else if (trimmed.equals("//")) {
                inHeader = false;
            } else if (inHeader) {
                throw invalid(file, "header line '" + trimmed + "' is not '// field: value'");
            } else {
                description.append(description.isEmpty() ? "" : " ").append(trimmed.substring(2).strip());
            }
        }
        for (String name : FIELDS) {
            if (fields.getOrDefault(name, "").isBlank()) {
                throw invalid(file, "the header has no '// " + name + ": ...' line");
            }
        }
        String id = fields.get("id");
        String expected = file.substring(file.lastIndexOf('/') + 1).replaceAll("\\.cypher$", "");
        if (!id.equals(expected)) {
            throw invalid(file, "id '" + id + "' differs from the file name; name the file " + id + ".cypher");
        }
        Severity severity;
        try {
            severity = Severity.valueOf(fields.get("severity"));
        } catch (IllegalArgumentException e) {
            throw invalid(file, "severity '" + fields.get("severity") + "' is not one of " + Arrays.toString(Severity.values()));
        }
        List<String> breaks = Arrays.stream(fields.get("breaks").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
        return new Rule(id, fields.get("title"), severity, breaks, fields.get("remediation"),
                description.toString(), content);
    }

    /** Reads a rule file and checks it against the catalogs and the database, as at start-up. */
    Rule validate(String file, String content) {
        Rule rule = parse(file, content);
        check(file, rule);
        return rule;
    }

    private void check(String file, Rule rule) {
        if (rules.containsKey(rule.id())) {
            throw invalid(file, "rule id '" + rule.id() + "' is used twice");
        }
        List<String> missing = cypher.list(MISSING_REQUIREMENTS, Map.of("ids", rule.breaks()), r -> r.get("id").asString());
        if (!missing.isEmpty()) {
            throw invalid(file, "breaks names " + String.join(", ", missing)
                    + ", which no loaded catalog holds (ids are <FRAMEWORK>:<ref>, e.g. ISO42001:A.3.2)");
        }
        List<String> columns;
        try {
            columns = cypher.columns(rule.cypher(), parameters.forRules(List.of()));
        } catch (RuntimeException e) {
            throw invalid(file, "the Cypher does not compile: " + e.getMessage());
        }
        if (!Set.copyOf(columns).containsAll(COLUMNS)) {
            throw invalid(file, "the query returns " + columns + "; a rule returns " + COLUMNS);
        }
    }

    private static Resource[] resources() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the finding rules", e);
        }
    }

    private static String content(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getFilename(), e);
        }
    }

    private static IllegalStateException invalid(String file, String message) {
        return new IllegalStateException(file + ": " + message);
    }
}
