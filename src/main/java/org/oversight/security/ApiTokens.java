package org.oversight.security;

import static org.oversight.graph.CypherClient.parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.oversight.api.InvalidInputException;
import org.oversight.api.NotFoundException;
import org.oversight.api.References;
import org.oversight.audit.AuditTrail;
import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.SchemaMigrations;
import org.oversight.model.Props;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Oversight's own API tokens: {@code ovt_<id>_<secret>}, found by id and checked by the SHA-256 of
 * the secret, compared in constant time. Secrets are random (256 bits), so a fast hash suffices;
 * they are shown once, when created, and never stored or logged. The admin token is
 * {@code OVERSIGHT_ADMIN_TOKEN} when set, else one generated at first start.
 */
@Service
@Transactional
public class ApiTokens {

    static final String PREFIX = "ovt_";
    static final String ADMIN_ID = "token:admin";

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just created: the only time its secret is known. */
    public record Created(ApiToken token, String secret) {
        @Override
        public String toString() {
            return "Created[" + token.id() + "]";
        }
    }

    private final CypherClient cypher;
    private final CypherQueries queries;
    private final References references;
    private final AuditTrail audit;
    private final Clock clock;
    private final byte[] configuredAdminHash;

    ApiTokens(CypherClient cypher, CypherQueries queries, References references, AuditTrail audit, Clock clock,
            SchemaMigrations schema, @Value("${oversight.admin.token:}") String configuredAdminToken) {
        this.cypher = cypher;
        this.queries = queries;
        this.references = references;
        this.audit = audit;
        this.clock = clock;
        this.configuredAdminHash = configuredAdminToken.isBlank() ? null : sha256(configuredAdminToken);
    }

    /**
     * At start-up: with {@code OVERSIGHT_ADMIN_TOKEN} set, a generated admin token stops counting;
     * without it, one is generated when none is active, and shown once.
     */
    void bootstrapAdmin(String serverUrl) {
        Optional<ApiToken> generated = find(ADMIN_ID);
        if (configuredAdminHash != null) {
            if (generated.isPresent() && generated.get().revokedAt() == null) {
                revoke(ADMIN_ID, "OVERSIGHT_ADMIN_TOKEN is set");
            }
            log.info("Admin token: the one set by OVERSIGHT_ADMIN_TOKEN");
            return;
        }
        if (generated.isPresent() && generated.get().active(now())) {
            log.info("Admin token: the one shown at first start (set OVERSIGHT_ADMIN_TOKEN to choose another)");
            return;
        }
        String secret = secret();
        cypher.run(queries.get("mutations/token-admin"), parameters("id", ADMIN_ID, "hash", hex(sha256(secret)),
                "now", now()));
        audit.record("createAdminToken", ADMIN_ID, Map.of("role", Role.ADMIN.name()));
        String token = PREFIX + "admin_" + secret;
        // shown once, on the console only: the logs never hold it
        System.out.printf("""

                ================================================================================
                Oversight's admin token, shown this once (only its hash is stored):

                    %1$s

                Send it as a bearer token:
                    curl -H 'Authorization: Bearer %1$s' -H 'Content-Type: application/json' \\
                         -d '{"query": "{ inventory { humans } }"}' %2$s/graphql
                In GraphiQL (%2$s/graphiql), under Headers:
                    {"Authorization": "Bearer %1$s"}
                Create tokens for people and pipelines with createApiToken (or bin/oversight token create).
                Lost it? Start with OVERSIGHT_ADMIN_TOKEN=<a secret of your own>.
                ================================================================================

                """, token, serverUrl);
    }

    Created create(String name, Role role, OffsetDateTime expiresAt, String human) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("input.name", "must not be blank");
        }
        if (expiresAt != null && !expiresAt.isAfter(now())) {
            throw new InvalidInputException("input.expiresAt", "must lie in the future, was " + expiresAt);
        }
        String humanId = human == null ? null : references.require("input.human", human.strip().toLowerCase(java.util.Locale.ROOT),
                NodeLabel.HUMAN).node().id();
        String id = hex(random(6));
        String secret = secret();
        Record record = cypher.first(queries.get("mutations/token-create"), parameters("id", "token:" + id,
                "name", name.strip(), "role", role.name(), "hash", hex(sha256(secret)), "expiresAt", expiresAt,
                "human", humanId, "createdBy", Caller.current().name(), "now", now()), r -> r).orElseThrow();
        ApiToken token = token(record);
        audit.record("createApiToken", token.id(), parameters("name", token.name(), "role", role.name(),
                "expiresAt", expiresAt == null ? null : expiresAt.toString(), "human", humanId));
        return new Created(token, PREFIX + id + "_" + secret);
    }

    ApiToken revoke(String id, String why) {
        ApiToken token = find(id).orElseThrow(() -> new NotFoundException("id", "API token", id));
        if (token.revokedAt() != null) {
            return token;
        }
        ApiToken revoked = cypher.first(queries.get("mutations/token-revoke"), parameters("id", id, "now", now()),
                this::token).orElseThrow();
        audit.record("revokeApiToken", id, parameters("name", token.name(), "why", why));
        return revoked;
    }

    @Transactional(readOnly = true)
    public List<ApiToken> list() {
        return cypher.list(queries.get("queries/tokens"), Map.of(), this::token);
    }

    /**
     * The caller a bearer token stands for, if it is a valid, unexpired and unrevoked token of ours.
     * No transaction of its own: every request passes here, and the configured admin token needs
     * no read at all (the one read a stored token needs gets its own).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Caller> authenticate(String bearer) {
        if (configuredAdminHash != null && MessageDigest.isEqual(configuredAdminHash, sha256(bearer))) {
            return Optional.of(new Caller("admin", Role.ADMIN, null));
        }
        if (!bearer.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int separator = bearer.indexOf('_', PREFIX.length());
        if (separator < 0) {
            return Optional.empty();
        }
        String id = "token:" + bearer.substring(PREFIX.length(), separator);
        byte[] presented = sha256(bearer.substring(separator + 1));
        return cypher.first(queries.get("queries/token"), Map.of("id", id), r -> Map.entry(token(r), r.get("t").get("hash").asString()))
                .filter(found -> found.getKey().active(now()))
                .filter(found -> MessageDigest.isEqual(HexFormat.of().parseHex(found.getValue()), presented))
                .map(found -> new Caller(found.getKey().name(), found.getKey().role(), found.getKey().human()));
    }

    static boolean looksLikeOurs(String bearer) {
        return bearer.startsWith(PREFIX);
    }

    private Optional<ApiToken> find(String id) {
        return cypher.first(queries.get("queries/token"), Map.of("id", id), this::token);
    }

    private ApiToken token(Record record) {
        Props p = new Props(record.get("t").asMap());
        return new ApiToken(p.string("id"), p.string("name"), Role.valueOf(p.string("role")), p.string("human"),
                p.time("createdAt"), p.time("expiresAt"), p.time("revokedAt"), p.string("createdBy"));
    }

    private static String secret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
    }

    private static byte[] random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return random;
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
