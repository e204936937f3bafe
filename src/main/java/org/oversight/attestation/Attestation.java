package org.oversight.attestation;

import java.time.OffsetDateTime;

import org.oversight.model.GraphNode;
import org.oversight.model.Human;

/**
 * One review item: does {@code owner} still answer for {@code subject}? {@code reviewer} decides;
 * {@code owner} is null when the subject has no accountable owner, {@code reviewer} when nobody
 * could be found (stewards decide).
 */
public record Attestation(String id, String campaignId, GraphNode subject, GraphNode owner, GraphNode reviewer,
        String status, OffsetDateTime dueAt, OffsetDateTime decidedAt, Human decidedBy, GraphNode newOwner,
        String comment) {
}
