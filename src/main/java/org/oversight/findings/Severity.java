package org.oversight.findings;

/** How urgent a finding is, most urgent first (the declaration order is the sort order). */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW
}
