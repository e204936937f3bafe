package org.oversight.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The rule files' headers, read without a database, and docs/findings.md kept true to them. */
class RuleFilesTest {

    private static final String GOOD = """
            // id: sample-rule
            // title: A rule
            // severity: LOW
            // breaks: ISO42001:A.3.2, NIST_CSF_2:GV.RR-02
            // remediation: Fix it.
            //
            // What it checks,
            // in two lines.
            MATCH (s:Agent) RETURN s AS subject, 'why' AS reason, [] AS path
            """;

    @Test
    void aHeaderGivesTheRuleAndItsDescription() {
        Rule rule = RuleCatalog.parse("cypher/rules/sample-rule.cypher", GOOD);
        assertThat(rule.id()).isEqualTo("sample-rule");
        assertThat(rule.severity()).isEqualTo(Severity.LOW);
        assertThat(rule.breaks()).containsExactly("ISO42001:A.3.2", "NIST_CSF_2:GV.RR-02");
        assertThat(rule.description()).isEqualTo("What it checks, in two lines.");
        assertThat(rule.cypher()).isEqualTo(GOOD);
    }

    @Test
    void aBadHeaderIsRefusedNamingTheFileAndTheFault() {
        assertRefused(GOOD.replace("// severity: LOW\n", ""), "no '// severity: ...' line");
        assertRefused(GOOD.replace("severity: LOW", "severity: URGENT"), "severity 'URGENT' is not one of");
        assertRefused(GOOD.replace("id: sample-rule", "id: other-rule"), "differs from the file name");
        assertRefused(GOOD.replace("// title: A rule", "// owner: me"), "unknown header field 'owner'");
        assertRefused(GOOD.replace("// title: A rule", "// title: A rule\n// title: Again"), "given twice");
    }

    @Test
    void everyShippedRuleHasASectionInTheDocsNamingWhatItBreaks() throws IOException {
        String docs = Files.readString(Path.of("docs", "findings.md"));
        List<Rule> rules = shipped();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(19);
        for (Rule rule : rules) {
            int start = docs.indexOf("\n### " + rule.id() + "\n");
            assertThat(start).as("section for %s", rule.id()).isPositive();
            int end = docs.indexOf("\n##", start + 5);
            String section = docs.substring(start, end < 0 ? docs.length() : end);
            for (String requirement : rule.breaks()) {
                assertThat(section).as("%s explains %s", rule.id(), requirement).contains("`" + requirement + "`");
            }
            assertThat(docs).as("%s in the table", rule.id()).contains("| `" + rule.id() + "` | " + rule.severity() + " |");
        }
    }

    private static List<Rule> shipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("cypher", "rules"))) {
            return files.sorted().map(file -> {
                try {
                    return RuleCatalog.parse("cypher/rules/" + file.getFileName(), Files.readString(file));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    private static void assertRefused(String content, String message) {
        assertThatThrownBy(() -> RuleCatalog.parse("cypher/rules/sample-rule.cypher", content))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cypher/rules/sample-rule.cypher: ").hasMessageContaining(message);
    }
}
