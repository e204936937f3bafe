package org.oversight.security;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Optional sign-in through the organisation's identity provider ({@code oversight.security.jwt.*}):
 * JSON Web Tokens it signs are accepted beside Oversight's own API tokens.
 *
 * @param jwt how JWTs are checked and mapped to roles; all of issuerUri, jwkSetUri and
 *            publicKeyLocation unset: no JWTs are accepted
 */
@ConfigurationProperties("oversight.security")
public record SecurityProperties(@DefaultValue Jwt jwt) {

    /**
     * @param issuerUri         the issuer, whose discovery document names its keys
     * @param jwkSetUri         or the issuer's key set directly
     * @param publicKeyLocation or one RSA public key (PEM file)
     * @param rolesClaim        the claim holding the caller's roles (a list or a space-separated string)
     * @param rolePrefix        the part of a claim value before the role name, e.g. {@code oversight:}
     * @param humanClaim        the claim holding the caller's e-mail, the id of the human it acts for
     */
    public record Jwt(URI issuerUri, URI jwkSetUri, Path publicKeyLocation, @DefaultValue("roles") String rolesClaim,
            @DefaultValue("") String rolePrefix, @DefaultValue("email") String humanClaim) {

        boolean enabled() {
            return issuerUri != null || jwkSetUri != null || publicKeyLocation != null;
        }
    }
}
