package org.oversight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.oversight.graph.CypherClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the end-to-end tests: one server on a random port with one embedded Neo4j, started
 * once per test run and shared by every subclass (Spring caches the context), with the sample
 * enterprise loaded. Tests that add data remove it again so the sample's counts hold.
 *
 * Requests carry the admin token unless a test asks for another role; JWTs signed with a key made
 * for this run stand for the organisation's identity provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "oversight.embedded.bolt-address=127.0.0.1:0",
        "oversight.embedded.page-cache=64MB",
        "oversight.sample.load=true",
        "oversight.import.max-size=4MB",
        "oversight.import.max-extracted-size=64MB",
        "oversight.admin.token=" + OversightIntegrationTest.ADMIN_TOKEN,
        "oversight.security.jwt.roles-claim=groups",
        "oversight.security.jwt.role-prefix=oversight-"})
public abstract class OversightIntegrationTest {

    /** A fresh database per test run, under target/ so that {@code mvn clean} removes it. */
    static final Path DATA_DIR = Path.of("target", "neo4j-tests", UUID.randomUUID().toString());
    public static final String ADMIN_TOKEN = "admin-token-of-the-test-run";

    private static final KeyPair IDENTITY_PROVIDER = keyPair();
    private static final Path PUBLIC_KEY = DATA_DIR.resolveSibling(DATA_DIR.getFileName() + "-idp.pem");
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @LocalServerPort
    protected int port;

    @Autowired
    protected CypherClient cypher;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("oversight.embedded.data-dir", DATA_DIR::toString);
        registry.add("oversight.security.jwt.public-key-location", () -> writePublicKey().toString());
    }

    /** A GraphQL client with the admin token; answers may take a while on a busy two-core CI machine. */
    protected HttpGraphQlTester graphQl() {
        return graphQlWith(ADMIN_TOKEN);
    }

    /** A GraphQL client with a token of this role (VIEWER, IMPORTER, STEWARD, AUDITOR, ADMIN). */
    protected HttpGraphQlTester graphQl(String role) {
        return graphQlWith(token(role));
    }

    /** A GraphQL client sending this bearer token, or none when null. */
    protected HttpGraphQlTester graphQlWith(String bearer) {
        WebTestClient.Builder client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(30));
        if (bearer != null) {
            client.defaultHeader("Authorization", "Bearer " + bearer);
        }
        return HttpGraphQlTester.builder(client).build();
    }

    /** An HTTP client with the admin token. */
    protected WebTestClient http() {
        return httpWith(ADMIN_TOKEN);
    }

    /** An HTTP client sending this bearer token, or none when null. */
    protected WebTestClient httpWith(String bearer) {
        WebTestClient.Builder client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(60));
        if (bearer != null) {
            client.defaultHeader("Authorization", "Bearer " + bearer);
        }
        return client.build();
    }

    /** The secret of an API token of this role, created once per test run through createApiToken. */
    protected String token(String role) {
        if (role.equals("ADMIN")) {
            return ADMIN_TOKEN;
        }
        return TOKENS.computeIfAbsent(role, r -> graphQl().document("""
                        mutation($role: Role!) { createApiToken(input: {name: $name, role: $role}) { secret } }
                        """.replace("$name", "\"test-" + r.toLowerCase() + "\"")).variable("role", r).execute()
                .path("createApiToken.secret").entity(String.class).get());
    }

    /**
     * Through the API as a steward would: an implemented control that meets each requirement as
     * EQUAL (strength 8), with evidence collected five days ago that expires in a hundred.
     */
    protected void implementedControlWithEvidence(String control, String name, String... requirements) {
        graphQl().document("""
                mutation($id: ID!, $name: String!) { upsertControl(input: {id: $id, name: $name, status: IMPLEMENTED,
                    evidenceCadenceDays: 365}) { id } }
                """).variable("id", control).variable("name", name).execute()
                .path("upsertControl.id").entity(String.class).isEqualTo(control);
        for (String requirement : requirements) {
            graphQl().document("""
                    mutation($control: ID!, $requirement: ID!) {
                        linkControl(control: $control, requirement: $requirement, relationship: EQUAL, strength: 8) { relationship } }
                    """).variable("control", control).variable("requirement", requirement).execute()
                    .path("linkControl.relationship").entity(String.class).isEqualTo("EQUAL");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        graphQl().document("""
                mutation($control: ID!, $collected: DateTime!, $expires: DateTime) { addEvidence(control: $control,
                    kind: TEST_REPORT, uri: "https://grc.example/test-report.pdf", collectedAt: $collected, expiresAt: $expires) { id } }
                """).variable("control", control).variable("collected", now.minusDays(5).toString())
                .variable("expires", now.plusDays(100).toString()).execute().path("addEvidence.id").hasValue();
    }

    /** A JWT of the test's identity provider, naming these groups and this e-mail. */
    protected static String jwt(List<String> groups, String email, Duration validFor) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                    .subject("user-" + UUID.randomUUID()).claim("groups", groups).claim("email", email)
                    .issueTime(new java.util.Date()).expirationTime(java.util.Date.from(Instant.now().plus(validFor))).build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) IDENTITY_PROVIDER.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePublicKey() {
        try {
            Files.createDirectories(PUBLIC_KEY.getParent());
            Files.writeString(PUBLIC_KEY, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(IDENTITY_PROVIDER.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return PUBLIC_KEY;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
