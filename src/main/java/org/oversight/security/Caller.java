package org.oversight.security;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who sends a request: a named API token, the admin token or an identity provider's user, with
 * its role and, where the token or claim names one, the human it acts for. The audit trail records
 * {@code name}; {@code system} is Oversight itself (start-up loads, the command line's direct mode).
 */
public record Caller(String name, Role role, String human) {

    public static final Caller SYSTEM = new Caller("system", Role.ADMIN, null);

    /** The caller of the current request, or {@link #SYSTEM} outside one: who the audit trail names. */
    public static Caller current() {
        return authenticated().orElse(SYSTEM);
    }

    /** The authenticated caller of the current request; empty outside one. Access checks use this, never {@link #SYSTEM}. */
    public static Optional<Caller> authenticated() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller
                ? Optional.of(caller) : Optional.empty();
    }

    public Optional<String> humanId() {
        return Optional.ofNullable(human);
    }

    /** Whether the caller's role is this one or implies it. */
    public boolean may(Role needed) {
        return Role.HIERARCHY.getReachableGrantedAuthorities(List.of(new SimpleGrantedAuthority(role.authority())))
                .stream().anyMatch(granted -> granted.getAuthority().equals(needed.authority()));
    }
}
