package org.oversight.findings;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** What the loader refuses at start-up that only the catalogs and the database can tell. */
class RuleCatalogCheckTest extends OversightIntegrationTest {

    private static final String RULE = """
            // id: trial-rule
            // title: A trial rule
            // severity: LOW
            // breaks: %s
            // remediation: None.
            //
            %s
            """;

    @Autowired
    RuleCatalog catalog;

    @Test
    void aRequirementNoCatalogHoldsIsRefused() {
        assertThatThrownBy(() -> catalog.validate("cypher/rules/trial-rule.cypher", RULE.formatted("ISO42001:A.3.2, ISO42001:A.99.9",
                "MATCH (s:Agent) RETURN s AS subject, '' AS reason, [] AS path")))
                .hasMessageContaining("cypher/rules/trial-rule.cypher: breaks names ISO42001:A.99.9, which no loaded catalog holds");
    }

    @Test
    void cypherThatDoesNotCompileOrReturnsOtherColumnsIsRefused() {
        assertThatThrownBy(() -> catalog.validate("cypher/rules/trial-rule.cypher", RULE.formatted("ISO42001:A.3.2",
                "MATCH (s:Agent RETURN s")))
                .hasMessageContaining("cypher/rules/trial-rule.cypher: the Cypher does not compile");
        assertThatThrownBy(() -> catalog.validate("cypher/rules/trial-rule.cypher", RULE.formatted("ISO42001:A.3.2",
                "MATCH (s:Agent) RETURN s AS subject")))
                .hasMessageContaining("the query returns [subject]; a rule returns [subject, reason, path]");
    }
}
