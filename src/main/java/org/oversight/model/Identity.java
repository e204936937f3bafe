package org.oversight.model;

import java.time.OffsetDateTime;

/**
 * An account in a provider; {@code nonHuman} tells a machine identity from a person's account,
 * {@code external} one of an account no import describes (a principal another account's trust
 * policy names) from the organisation's own.
 */
public record Identity(String id, Provenance provenance, String name, String provider, String kind, boolean nonHuman,
        String account, boolean external, String description, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
        Boolean privileged, String status) implements GraphNode {

    static Identity from(String id, Props p, boolean nonHuman) {
        return new Identity(id, Provenance.of(p), p.string("name"), p.string("provider"), p.string("kind"), nonHuman,
                p.string("account"), Boolean.TRUE.equals(p.bool("external")), p.string("description"),
                p.time("createdAt"), p.time("lastUsedAt"), p.bool("privileged"), Revocation.status(p));
    }
}
