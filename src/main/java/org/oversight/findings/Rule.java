package org.oversight.findings;

import java.util.List;

/**
 * One finding rule: a file of {@code cypher/rules/}, its header parsed and checked at start-up.
 * {@code breaks} are requirement ids of the loaded catalogs; {@code description} is the prose of the
 * header below the fields.
 */
public record Rule(String id, String title, Severity severity, List<String> breaks, String remediation,
        String description, String cypher) {
}
