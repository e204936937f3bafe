package org.oversight.model;

/**
 * An attestation can decide to revoke an identity or credential. The decision is kept apart from the
 * provider's status ({@code revocationRequestedAt}), which the next import rewrites; the API shows
 * PENDING_REVOCATION while the provider still lists it as active.
 */
final class Revocation {

    static final String PENDING = "PENDING_REVOCATION";

    private Revocation() {
    }

    static String status(Props p) {
        String stored = p.string("status");
        return "ACTIVE".equals(stored) && p.time("revocationRequestedAt") != null ? PENDING : stored;
    }
}
