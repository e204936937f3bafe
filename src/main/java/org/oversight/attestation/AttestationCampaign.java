package org.oversight.attestation;

import java.time.OffsetDateTime;

/** A campaign of ownership reviews, with how many items it has and how many still wait. */
public record AttestationCampaign(String id, String name, String scope, OffsetDateTime startedAt, OffsetDateTime dueAt,
        int itemCount, int pending) {
}
