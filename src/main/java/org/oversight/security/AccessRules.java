package org.oversight.security;

import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpMethod;

/**
 * Who may do what, in one place: the role each GraphQL root field and each REST endpoint needs.
 * A field or endpoint without a rule is refused to everyone, and a test derived from the schema
 * and the request mappings fails the build until it has one.
 */
public final class AccessRules {

    /** Open to anyone: health for load balancers, the GraphiQL page (its queries still need a token). */
    public static final String PUBLIC = "PUBLIC";

    private AccessRules() {
    }

    /** {@code Query.<field>} and {@code Mutation.<field>} to the role they need. */
    static final Map<String, Role> GRAPHQL = Map.ofEntries(
            // reading the graph
            read("node"), read("humans"), read("teams"), read("identities"), read("credentials"), read("aiSystems"),
            read("agents"), read("models"), read("controls"), read("risks"), read("importRuns"), read("frameworks"),
            read("framework"), read("requirement"), read("crosswalk"), read("coverage"), read("gaps"), read("obligationsTimeline"),
            read("statementOfApplicability"), read("inventory"), read("search"), read("unownedRisks"),
            read("findingRules"), read("accountabilityChain"), read("leaverImpact"), read("ownershipSuggestions"),
            read("attestationCampaigns"), read("attestations"), read("me"),
            // the audit trail
            Map.entry("Query.auditLog", Role.AUDITOR), Map.entry("Query.auditHead", Role.AUDITOR),
            Map.entry("Query.verifyAuditChain", Role.AUDITOR), Map.entry("Query.graphDigest", Role.AUDITOR),
            // tokens
            Map.entry("Query.apiTokens", Role.ADMIN), Map.entry("Mutation.createApiToken", Role.ADMIN),
            Map.entry("Mutation.revokeApiToken", Role.ADMIN),
            // stewardship
            steward("upsertHuman"), steward("upsertTeam"), steward("upsertAiSystem"), steward("upsertAgent"),
            steward("assignOwner"), steward("removeOwner"), steward("upsertControl"), steward("linkControl"),
            steward("addEvidence"), steward("unlinkControl"), steward("setApplicability"), steward("setHumanStatus"),
            steward("startAttestationCampaign"),
            // owners decide their own review items; stewards any (AttestationService checks which)
            Map.entry("Mutation.attest", Role.VIEWER));

    /** A REST endpoint: method and path pattern as Spring Security matches them, and the role it needs (or PUBLIC). */
    public record Endpoint(HttpMethod method, String pattern, String role) {
    }

    static final java.util.List<Endpoint> REST = java.util.List.of(
            new Endpoint(HttpMethod.GET, "/actuator/health", PUBLIC),
            new Endpoint(HttpMethod.GET, "/actuator/health/**", PUBLIC),
            new Endpoint(HttpMethod.GET, "/graphiql", PUBLIC),
            new Endpoint(HttpMethod.GET, "/graphiql/**", PUBLIC),
            new Endpoint(HttpMethod.POST, "/graphql", Role.VIEWER.name()),
            new Endpoint(HttpMethod.GET, "/actuator/info", Role.VIEWER.name()),
            new Endpoint(HttpMethod.GET, "/api/imports", Role.VIEWER.name()),
            new Endpoint(HttpMethod.POST, "/api/imports/*", Role.IMPORTER.name()),
            new Endpoint(HttpMethod.GET, "/api/soa.csv", Role.VIEWER.name()),
            new Endpoint(HttpMethod.GET, "/api/soa.json", Role.VIEWER.name()),
            new Endpoint(HttpMethod.GET, "/api/findings.csv", Role.VIEWER.name()));

    public static Optional<Role> graphQl(String typeAndField) {
        return Optional.ofNullable(GRAPHQL.get(typeAndField));
    }

    public static java.util.List<Endpoint> rest() {
        return REST;
    }

    private static Map.Entry<String, Role> read(String field) {
        return Map.entry("Query." + field, Role.VIEWER);
    }

    private static Map.Entry<String, Role> steward(String field) {
        return Map.entry("Mutation." + field, Role.STEWARD);
    }
}
