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
        return status(p.string("status"), p.time("revocationRequestedAt") != null);
    }

    /** A status as the API shows it: PENDING_REVOCATION while ACTIVE and an attestation decided to revoke. */
    static String status(String status, boolean revocationRequested) {
        return "ACTIVE".equals(status) && revocationRequested ? PENDING : status;
    }
}
