package org.oversight.security;

import java.io.IOException;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Users of the organisation's identity provider: a JWT it signed becomes a caller whose role is the
 * highest one named in the roles claim and whose human is the e-mail claim.
 */
final class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Jwt settings;

    JwtCallers(SecurityProperties.Jwt settings) {
        this.settings = settings;
    }

    static JwtDecoder decoder(SecurityProperties.Jwt settings) {
        if (settings.jwkSetUri() != null) {
            return NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri().toString()).build();
        }
        if (settings.issuerUri() != null) {
            return JwtDecoders.fromIssuerLocation(settings.issuerUri().toString());
        }
        return NimbusJwtDecoder.withPublicKey(publicKey(settings)).build();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Role role = roles(jwt).stream().max(Enum::compareTo).orElseThrow(() -> new InvalidBearerTokenException(
                "The token's claim '" + settings.rolesClaim() + "' names no Oversight role"));
        String human = Optional.ofNullable(jwt.getClaimAsString(settings.humanClaim()))
                .map(value -> value.strip().toLowerCase(Locale.ROOT)).orElse(null);
        String name = Optional.ofNullable(human).orElse(jwt.getSubject());
        return new CallerAuthentication(new Caller(name, role, human));
    }

    private List<Role> roles(Jwt jwt) {
        Object claim = jwt.getClaims().get(settings.rolesClaim());
        Collection<?> values = switch (claim) {
            case Collection<?> list -> list;
            case String text -> List.of(text.split("[ ,]+"));
            case null, default -> List.of();
        };
        List<Role> roles = new ArrayList<>();
        for (Object value : values) {
            String text = String.valueOf(value).strip();
            if (text.startsWith(settings.rolePrefix())) {
                try {
                    roles.add(Role.valueOf(text.substring(settings.rolePrefix().length()).toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    // a role of another application
                }
            }
        }
        return roles;
    }

    private static RSAPublicKey publicKey(SecurityProperties.Jwt settings) {
        try {
            String pem = Files.readString(settings.publicKeyLocation()).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("oversight.security.jwt.public-key-location " + settings.publicKeyLocation()
                    + " holds no RSA public key in PEM form: " + e.getMessage(), e);
        }
    }
}
