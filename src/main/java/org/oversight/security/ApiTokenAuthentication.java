package org.oversight.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Bearer tokens of Oversight's own: the admin token and {@code ovt_} tokens. Anything else is left
 * to the identity provider's JWTs when they are enabled, and refused otherwise.
 */
final class ApiTokenAuthentication implements AuthenticationProvider {

    private final ApiTokens tokens;
    private final boolean jwtEnabled;

    ApiTokenAuthentication(ApiTokens tokens, boolean jwtEnabled) {
        this.tokens = tokens;
        this.jwtEnabled = jwtEnabled;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String bearer = ((BearerTokenAuthenticationToken) authentication).getToken();
        var caller = tokens.authenticate(bearer);
        if (caller.isPresent()) {
            return new CallerAuthentication(caller.get());
        }
        if (jwtEnabled && !ApiTokens.looksLikeOurs(bearer)) {
            return null;
        }
        throw new InvalidBearerTokenException("The token is unknown, expired or revoked");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
