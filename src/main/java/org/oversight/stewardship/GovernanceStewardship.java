package org.oversight.stewardship;

import static org.oversight.graph.CypherClient.parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.oversight.api.InvalidInputException;
import org.oversight.api.References;
import org.oversight.coverage.ControlLink;
import org.oversight.coverage.Relationship;
import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.RelType;
import org.oversight.graph.StewardWrites;
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
    private final StewardWrites stewards;
    private final References references;
    private final Clock clock;

    GovernanceStewardship(CypherClient cypher, CypherQueries queries, StewardWrites stewards, References references,
            Clock clock) {
        this.cypher = cypher;
        this.queries = queries;
        this.stewards = stewards;
        this.references = references;
        this.clock = clock;
    }

    Control upsertControl(UpsertControlInput input) {
        OffsetDateTime now = now();
        stewards.describe(NodeLabel.CONTROL, input.id(), Map.of("status", "PLANNED"), now);
        return cypher.first(queries.get("mutations/upsert-control"), parameters("id", input.id(), "name",
                input.name().trim(), "description", input.description(), "status", input.status(), "testedAt",
                input.testedAt(), "evidenceCadenceDays", input.evidenceCadenceDays()),
                record -> GraphNodes.toRecord(record.get("c").asNode(), Control.class)).orElseThrow();
    }

    ControlLink linkControl(String control, String requirement, String relationship, Integer strength) {
        if (Relationship.valueOf(relationship) == Relationship.INDETERMINATE) {
            throw new InvalidInputException("relationship", "INDETERMINATE is derived, not stated");
        }
        if (strength != null && (strength < 1 || strength > 10)) {
            throw new InvalidInputException("strength", "must be between 1 and 10, was " + strength);
        }
        References.Found from = references.require("control", control, NodeLabel.CONTROL);
        References.Found to = references.require("requirement", requirement, NodeLabel.REQUIREMENT);
        StewardWrites.Written link = stewards.claim(RelType.SATISFIES, from.elementId(), to.elementId(), Map.of(),
                Map.of(), parameters("relationship", relationship, "strength", strength), now());
        Props stated = new Props(link.properties());
        return new ControlLink(GraphNodes.toRecord(link.from(), Control.class), GraphNodes.toRecord(link.to(), Requirement.class),
                Relationship.valueOf(stated.string("relationship")), stated.integer("strength"));
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
        References.Found evidenced = references.require("control", control, NodeLabel.CONTROL);
        String id = "evidence:" + digest(control + "\n" + uri.strip() + "\n" + collectedAt.toInstant()).substring(0, 16);
        OffsetDateTime now = now();
        String evidence = stewards.describe(NodeLabel.EVIDENCE, id, Map.of(), now);
        stewards.relate(RelType.EVIDENCES, evidence, List.of(evidenced.elementId()), now);
        return cypher.first(queries.get("mutations/add-evidence"), parameters("id", id, "kind", kind, "uri", uri.strip(),
                        "name", kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " for " + control,
                        "collectedAt", collectedAt, "expiresAt", expiresAt),
                record -> GraphNodes.toRecord(record.get("e").asNode(), Evidence.class)).orElseThrow();
    }

    /**
     * Kept on the AI system it is decided for or, without scope, on the requirement's framework:
     * a decision stated again replaces the previous one.
     */
    Applicability setApplicability(String requirement, String scope, boolean applicable, String justification) {
        String reason = justification == null || justification.isBlank() ? null : justification.strip();
        if (!applicable && reason == null) {
            throw new InvalidInputException("justification", "is required to record a requirement as not applicable");
        }
        References.Found decided = references.require("requirement", requirement, NodeLabel.REQUIREMENT);
        References.Found holder = scope != null ? references.require("scope", scope, NodeLabel.AI_SYSTEM)
                : references.require("requirement", ((Requirement) decided.node()).framework(), NodeLabel.FRAMEWORK);
        OffsetDateTime now = now();
        StewardWrites.Written decision = stewards.claim(RelType.APPLICABILITY, holder.elementId(), decided.elementId(),
                Map.of(), Map.of(), parameters("applicable", applicable, "justification", reason, "decidedAt", now), now);
        Props stated = new Props(decision.properties());
        return new Applicability(GraphNodes.toRecord(decision.to(), Requirement.class),
                scope == null ? null : GraphNodes.toRecord(decision.from(), AiSystem.class),
                Boolean.TRUE.equals(stated.bool("applicable")), stated.string("justification"), stated.time("decidedAt"));
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
