package org.oversight.coverage;

import java.time.LocalDate;
import java.util.List;

import org.oversight.applicability.Applicability;
import org.oversight.findings.FindingReference;
import org.oversight.model.AiSystem;
import org.oversight.model.Control;
import org.oversight.model.Framework;
import org.oversight.model.Requirement;

/**
 * How far a framework's requirements are met by implemented, evidenced controls, in a scope (an
 * AI system) or organisation-wide, with for every requirement the paths that explain its status.
 * Requirements that do not yet apply on {@code asOf} are left out and counted in {@code notYetApplicable}.
 */
public record Coverage(Framework framework, AiSystem scope, LocalDate asOf, List<RequirementCoverage> requirements,
        int notYetApplicable) {

    public enum Status {
        FULL, PARTIAL, GAP, NOT_APPLICABLE;

        /** The better of two statuses, NOT_APPLICABLE aside. */
        Status best(Status other) {
            return ordinal() <= other.ordinal() ? this : other;
        }
    }

    /** Whether a control's evidence counts: in date, out of date, or missing. */
    public enum EvidenceState { IN_DATE, STALE, NONE }

    /**
     * One requirement's status, the paths behind it, the reason in one line, and the open findings
     * in the scope whose rules break it (while there are any it is not FULL), made whole only when
     * a request asks for them (the schema's {@code brokenBy}).
     */
    public record RequirementCoverage(Requirement requirement, Applicability applicability, Status status,
            List<CoveragePath> why, String justification, String reason, List<FindingReference> openFindings) {
    }

    /**
     * One way a control reaches a requirement: its SATISFIES link, then crosswalk links.
     *
     * @param relationship the composition of every step: the control's relationship to the requirement
     * @param contributes  what this path alone gives the requirement
     */
    public record CoveragePath(Control control, EvidenceState evidence, Relationship relationship, Status contributes,
            List<PathStep> steps) {
    }

    /**
     * One link of a path, as walked: {@code relationship} is from {@code from} to {@code to}, the
     * inverse of the stored one when the link is walked backwards ({@code derived}).
     */
    public record PathStep(String kind, String from, String to, Relationship relationship, Integer strength,
            String provider, String mappingSet, boolean derived) {
    }

    public long count(Status status) {
        return requirements.stream().filter(r -> r.status() == status).count();
    }

    public long total() {
        return requirements.size();
    }

    /** Share of applicable requirements that are FULL, in percent. */
    public double percentage() {
        long applicable = total() - count(Status.NOT_APPLICABLE);
        return applicable == 0 ? 0 : Math.round(1000.0 * count(Status.FULL) / applicable) / 10.0;
    }
}
