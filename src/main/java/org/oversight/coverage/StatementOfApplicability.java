package org.oversight.coverage;

import java.util.List;

import org.oversight.coverage.Coverage.Status;
import org.oversight.model.Control;
import org.oversight.model.Evidence;
import org.oversight.model.Requirement;

/** The ISO/IEC 42001 Statement of Applicability: one entry per Annex A control. */
public record StatementOfApplicability(String scope, List<Entry> entries) {

    /**
     * @param implemented whether implemented controls meet it at all (FULL or PARTIAL)
     * @param controls    the organisation's controls on the paths that meet it
     */
    public record Entry(Requirement requirement, boolean applicable, String justification, boolean implemented,
            Status status, String reason, List<Control> controls, List<Evidence> evidence) {
    }
}
