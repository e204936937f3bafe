package org.oversight.security;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** API tokens over GraphQL (admins), and who the caller is. */
@Controller
class TokenController {

    record CreateApiTokenInput(String name, Role role, OffsetDateTime expiresAt, String human) {
    }

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @QueryMapping
    Caller me() {
        return Caller.current();
    }

    @QueryMapping
    List<ApiToken> apiTokens() {
        return tokens.list();
    }

    @MutationMapping
    ApiTokens.Created createApiToken(@Argument CreateApiTokenInput input) {
        return tokens.create(input.name(), input.role(), input.expiresAt(), input.human());
    }

    @MutationMapping
    ApiToken revokeApiToken(@Argument String id) {
        return tokens.revoke(id, "revoked by " + Caller.current().name());
    }
}
