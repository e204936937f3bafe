package org.oversight.security;

import java.time.OffsetDateTime;

/** A named API token as admins see it; its secret is never stored, only its SHA-256. */
public record ApiToken(String id, String name, Role role, String human, OffsetDateTime createdAt, OffsetDateTime expiresAt,
        OffsetDateTime revokedAt, String createdBy) {

    public boolean active(OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
