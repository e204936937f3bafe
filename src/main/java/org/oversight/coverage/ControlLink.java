package org.oversight.coverage;

import org.oversight.model.Control;
import org.oversight.model.Requirement;

/** A control's stated relationship to a requirement: a SATISFIES edge. */
public record ControlLink(Control control, Requirement requirement, Relationship relationship, Integer strength) {
}
