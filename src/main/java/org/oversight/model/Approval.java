package org.oversight.model;

import java.time.OffsetDateTime;

/** An APPROVED_BY edge of an AI system. */
public record Approval(Human approver, OffsetDateTime at) {
}
