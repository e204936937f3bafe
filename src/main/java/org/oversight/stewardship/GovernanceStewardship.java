package org.oversight.stewardship;

import static org.oversight.graph.CypherClient.parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;

import org.oversight.api.InvalidInputException;
import org.oversight.api.References;
import org.oversight.coverage.ControlLink;
import org.oversight.coverage.Relationship;
import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.graph.NodeLabel;
import org.oversight.model.AiSystem;
import org.oversight.model.Control;
import org.oversight.model.Evidence;
import org.oversight.model.GraphNodes;
import org.oversight.model.Props;
import org.oversight.model.Requirement;
import org.oversight.stewardship.StewardshipInputs.UpsertControlInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stewardship of controls: declaring them, stating which requirements they meet, recording
 * evidence and applicability. References are checked before anything is written.
 */
@Service
@Transactional
class GovernanceStewardship {

    record Applicability(Requirement requirement, AiSystem scope, boolean applicable, String justification,
            OffsetDateTime decidedAt) {
    }

    private final CypherClient cypher;
    private final CypherQueries queries;
    private final References references;
    private final Clock clock;

    GovernanceStewardship(CypherClient cypher, CypherQueries queries, References references, Clock clock) {
        this.cypher = cypher;
        this.queries = queries;
        this.references = references;
        this.clock = clock;
    }

    Control upsertControl(UpsertControlInput input) {
        return cypher.first(queries.get("mutations/upsert-control"), parameters("id", input.id(), "name",
                input.name().trim(), "description", input.description(), "status", input.status(), "testedAt",
                input.testedAt(), "evidenceCadenceDays", input.evidenceCadenceDays(), "now", now()),
                record -> GraphNodes.toRecord(record.get("c").asNode(), Control.class)).orElseThrow();
    }

    ControlLink linkControl(String control, String requirement, String relationship, Integer strength) {
        if (Relationship.valueOf(relationship) == Relationship.INDETERMINATE) {
            throw new InvalidInputException("relationship", "INDETERMINATE is derived, not stated");
        }
        if (strength != null && (strength < 1 || strength > 10)) {
            throw new InvalidInputException("strength", "must be between 1 and 10, was " + strength);
        }
        references.require("control", control, NodeLabel.CONTROL);
        references.require("requirement", requirement, NodeLabel.REQUIREMENT);
        return cypher.first(queries.get("mutations/link-control"), parameters("control", control, "requirement",
                requirement, "relationship", relationship, "strength", strength, "now", now()), record -> {
            Props link = new Props(record.get("link").asMap());
            return new ControlLink(GraphNodes.toRecord(record.get("c").asNode(), Control.class),
                    GraphNodes.toRecord(record.get("r").asNode(), Requirement.class),
                    Relationship.valueOf(link.string("relationship")), link.integer("strength"));
        }).orElseThrow();
    }

    /** True when a statement was withdrawn, false when there was none. */
    boolean unlinkControl(String control, String requirement) {
        references.require("control", control, NodeLabel.CONTROL);
        references.require("requirement", requirement, NodeLabel.REQUIREMENT);
        return cypher.first(queries.get("mutations/unlink-control"), Map.of("control", control, "requirement", requirement),
                record -> record.get("removed").asLong() > 0).orElse(false);
    }

    Evidence addEvidence(String control, String kind, String uri, OffsetDateTime collectedAt, OffsetDateTime expiresAt) {
        if (uri == null || uri.isBlank() || uri.length() > 2000) {
            throw new InvalidInputException("uri", "must be a non-empty location of at most 2000 characters");
        }
        if (collectedAt.isAfter(now().plusDays(1))) {
            throw new InvalidInputException("collectedAt", "lies in the future");
        }
        if (expiresAt != null && !expiresAt.isAfter(collectedAt)) {
            throw new InvalidInputException("expiresAt", "must be after collectedAt");
        }
        references.require("control", control, NodeLabel.CONTROL);
        String id = "evidence:" + digest(control + "\n" + uri.strip() + "\n" + collectedAt.toInstant()).substring(0, 16);
        return cypher.first(queries.get("mutations/add-evidence"), parameters("id", id, "control", control, "kind", kind,
                        "uri", uri.strip(), "name", kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " for " + control,
                        "collectedAt", collectedAt, "expiresAt", expiresAt, "now", now()),
                record -> GraphNodes.toRecord(record.get("e").asNode(), Evidence.class)).orElseThrow();
    }

    Applicability setApplicability(String requirement, String scope, boolean applicable, String justification) {
        String reason = justification == null || justification.isBlank() ? null : justification.strip();
        if (!applicable && reason == null) {
            throw new InvalidInputException("justification", "is required to record a requirement as not applicable");
        }
        references.require("requirement", requirement, NodeLabel.REQUIREMENT);
        if (scope != null) {
            references.require("scope", scope, NodeLabel.AI_SYSTEM);
        }
        return cypher.first(queries.get("mutations/set-applicability"), parameters("requirement", requirement,
                "scope", scope, "applicable", applicable, "justification", reason, "now", now()), record -> {
            Props decision = new Props(record.get("decision").asMap());
            return new Applicability(GraphNodes.toRecord(record.get("r").asNode(), Requirement.class),
                    record.get("scope").isNull() ? null : GraphNodes.toRecord(record.get("scope").asNode(), AiSystem.class),
                    Boolean.TRUE.equals(decision.bool("applicable")), decision.string("justification"),
                    decision.time("decidedAt"));
        }).orElseThrow();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
