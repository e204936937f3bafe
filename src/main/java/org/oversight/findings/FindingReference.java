package org.oversight.findings;

/**
 * An open finding named without being made whole: its id, its rule and its subject. Coverage
 * counts such references for every requirement and makes whole only those a request shows.
 */
public record FindingReference(String id, String ruleId, String subjectId) {
}
