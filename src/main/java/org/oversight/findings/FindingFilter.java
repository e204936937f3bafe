package org.oversight.findings;

/** The {@code UnownedRiskFilter} of the schema: every field null means any. */
public record FindingFilter(String rule, Severity severity, String provider, String aiSystem, String owner) {

    public static final FindingFilter ANY = new FindingFilter(null, null, null, null, null);

    boolean selects(Rule candidate) {
        return (rule == null || rule.equals(candidate.id())) && (severity == null || severity == candidate.severity());
    }

    boolean selects(KeptFinding finding) {
        return selects(finding.rule())
                && (provider == null || provider.equals(finding.provider()))
                && (aiSystem == null || finding.aiSystems().contains(aiSystem))
                && (owner == null || finding.owners().contains(owner));
    }
}
