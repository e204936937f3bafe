package org.oversight.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every request but health and the GraphiQL page needs a bearer token: Oversight's own API tokens,
 * or, when configured, JWTs of the organisation's identity provider. REST endpoints need the role
 * {@link AccessRules} names; GraphQL fields are checked one by one by {@link GraphQlAccess}.
 * Stateless: no sessions, no cookies, so no CSRF to guard against.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    @Bean
    RoleHierarchy roleHierarchy() {
        return Role.HIERARCHY;
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, SecurityProperties properties) throws Exception {
        List<AuthenticationProvider> providers = new ArrayList<>(List.of(
                new ApiTokenAuthentication(tokens, properties.jwt().enabled())));
        if (properties.jwt().enabled()) {
            JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(JwtCallers.decoder(properties.jwt()));
            jwt.setJwtAuthenticationConverter(new JwtCallers(properties.jwt()));
            providers.add(jwt);
        }
        ProviderManager authentication = new ProviderManager(providers);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    // the error page of a request already authorised (404, 500) is rendered, not refused again
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    for (AccessRules.Endpoint endpoint : AccessRules.rest()) {
                        var matched = requests.requestMatchers(endpoint.method(), endpoint.pattern());
                        if (endpoint.role().equals(AccessRules.PUBLIC)) {
                            matched.permitAll();
                        } else {
                            matched.hasRole(endpoint.role());
                        }
                    }
                    requests.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server.authenticationManagerResolver(request -> authentication)
                        .authenticationEntryPoint((request, response, failure) -> problem(response, HttpStatus.UNAUTHORIZED,
                                "Send a bearer token: Authorization: Bearer <token> (" + failure.getMessage() + ")"))
                        .accessDeniedHandler((request, response, denied) -> problem(response, HttpStatus.FORBIDDEN,
                                "This token's role may not " + request.getMethod() + " " + request.getRequestURI())))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failure) -> problem(response, HttpStatus.UNAUTHORIZED,
                                "Send a bearer token: Authorization: Bearer <token>"))
                        .accessDeniedHandler((request, response, denied) -> problem(response, HttpStatus.FORBIDDEN,
                                "This token's role may not " + request.getMethod() + " " + request.getRequestURI())));
        return http.build();
    }

    /** The admin token is settled once the server listens, so the console can say where to use it. */
    @EventListener
    void adminToken(WebServerInitializedEvent event) {
        event.getApplicationContext().getBean(ApiTokens.class)
                .bootstrapAdmin("http://localhost:" + event.getWebServer().getPort());
    }

    private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String detail)
            throws java.io.IOException {
        response.setStatus(status.value());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
