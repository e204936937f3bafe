package org.oversight.stewardship;

import static org.oversight.graph.CypherClient.parameters;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.oversight.api.InvalidInputException;
import org.oversight.api.References;
import org.oversight.graph.AccountLinks;
import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.PropertyDomains;
import org.oversight.graph.RelType;
import org.oversight.graph.StewardWrites;
import org.oversight.model.Agent;
import org.oversight.model.AiSystem;
import org.oversight.model.GraphNode;
import org.oversight.model.GraphNodes;
import org.oversight.model.Human;
import org.oversight.model.Ownership;
import org.oversight.model.Props;
import org.oversight.model.Team;
import org.oversight.stewardship.StewardshipInputs.UpsertAgentInput;
import org.oversight.stewardship.StewardshipInputs.UpsertAiSystemInput;
import org.oversight.stewardship.StewardshipInputs.UpsertHumanInput;
import org.oversight.stewardship.StewardshipInputs.UpsertTeamInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks every reference a stewardship write makes and then writes, in one transaction: a
 * mutation naming a missing team or a leaver as owner fails and changes nothing.
 */
@Service
@Transactional
class StewardshipService {

    /** What a steward can assign an owner to. */
    static final List<NodeLabel> OWNABLE = List.of(NodeLabel.IDENTITY, NodeLabel.CREDENTIAL, NodeLabel.AI_SYSTEM,
            NodeLabel.AGENT, NodeLabel.MODEL, NodeLabel.CONTROL, NodeLabel.RISK);
    static final List<NodeLabel> OWNERS = List.of(NodeLabel.HUMAN, NodeLabel.TEAM);

    record RemoveOwnerPayload(int removed, GraphNode subject) {
    }

    private final CypherClient cypher;
    private final CypherQueries queries;
    private final StewardWrites stewards;
    private final References references;
    private final Clock clock;
    private final AccountLinks accountLinks;

    StewardshipService(CypherClient cypher, CypherQueries queries, StewardWrites stewards, References references,
            Clock clock, AccountLinks accountLinks) {
        this.accountLinks = accountLinks;
        this.cypher = cypher;
        this.queries = queries;
        this.stewards = stewards;
        this.references = references;
        this.clock = clock;
    }

    Human upsertHuman(UpsertHumanInput input) {
        String id = input.email().trim().toLowerCase(Locale.ROOT);
        References.Found team = input.team() == null ? null : references.require("input.team", input.team(), NodeLabel.TEAM);
        String manager = input.manager() == null ? null : input.manager().trim().toLowerCase(Locale.ROOT);
        References.Found reportsTo = null;
        if (manager != null) {
            reportsTo = references.require("input.manager", manager, NodeLabel.HUMAN);
            boolean cycle = cypher.first(queries.get("mutations/manager-cycle"), Map.of("id", id, "manager", manager),
                    record -> record.get("cycle").asBoolean()).orElse(false);
            if (cycle) {
                throw new InvalidInputException("input.manager", "'" + manager + "' reports to '" + id
                        + "' (directly or through others); a manager cannot also be a report");
            }
        }
        OffsetDateTime now = now();
        String human = stewards.describe(NodeLabel.HUMAN, id, Map.of("status", "ACTIVE"), now);
        stewards.relate(RelType.MEMBER_OF, human, elementIds(team), now);
        stewards.relate(RelType.REPORTS_TO, human, elementIds(reportsTo), now);
        Human written = write("mutations/upsert-human", "h", Human.class, now, parameters("id", id,
                "email", input.email().trim(), "name", input.name().trim(), "title", input.title(),
                "department", input.department(), "status", input.status(), "manager", manager));
        // the accounts that carry the human's e-mail, by the rule every import follows
        accountLinks.ofHumans(List.of(id), Map.of("now", now));
        return written;
    }

    Team upsertTeam(UpsertTeamInput input) {
        String lead = input.lead() == null ? null : input.lead().trim().toLowerCase(Locale.ROOT);
        References.Found ledBy = lead == null ? null : references.require("input.lead", lead, NodeLabel.HUMAN);
        OffsetDateTime now = now();
        String team = stewards.describe(NodeLabel.TEAM, input.id(), Map.of(), now);
        stewards.relate(RelType.LED_BY, team, elementIds(ledBy), now);
        return write("mutations/upsert-team", "t", Team.class, now, parameters("id", input.id(), "name", input.name().trim(),
                "description", input.description(), "lead", lead));
    }

    AiSystem upsertAiSystem(UpsertAiSystemInput input) {
        String primary = input.euRiskClass();
        List<String> classes = input.euRiskClasses() == null ? null : input.euRiskClasses().stream().distinct().toList();
        if (classes != null) {
            if (classes.isEmpty()) {
                throw new InvalidInputException("input.euRiskClasses", "lists at least one class");
            }
            if (primary != null && !classes.contains(primary)) {
                throw new InvalidInputException("input.euRiskClass", "'" + primary + "' is not among input.euRiskClasses " + classes);
            }
            primary = PropertyDomains.primaryEuRiskClass(classes);
        }
        String point = input.euAnnexIIIPoint() == null ? null : input.euAnnexIIIPoint().strip();
        List<String> points = PropertyDomains.allowed(NodeLabel.AI_SYSTEM, "euAnnexIIIPoint");
        if (point != null && !points.contains(point)) {
            throw new InvalidInputException("input.euAnnexIIIPoint", "'" + point + "' is not one of " + points);
        }
        if (point != null && "ANNEX_I".equals(input.euHighRiskBasis())) {
            throw new InvalidInputException("input.euAnnexIIIPoint", "a system high-risk under Annex I has no Annex III point");
        }
        OffsetDateTime now = now();
        stewards.describe(NodeLabel.AI_SYSTEM, input.id(), Map.of(), now);
        Map<String, Object> parameters = parameters("id", input.id(),
                "name", input.name().trim(), "description", input.description(), "purpose", input.purpose(),
                "lifecycle", input.lifecycle(), "euRiskClass", primary, "euRiskClasses", classes, "role", input.role(),
                "euHighRiskBasis", point != null ? "ANNEX_III" : input.euHighRiskBasis(), "euAnnexIIIPoint", point,
                "deployerKind", input.deployerKind(), "establishedInUnion", input.establishedInUnion(),
                "functions", input.functions() == null ? null : input.functions().stream().distinct().toList(),
                "inScope", input.inScope(), "reviewCadenceDays", input.reviewCadenceDays());
        return write("mutations/upsert-ai-system", "s", AiSystem.class, now, parameters);
    }

    Agent upsertAgent(UpsertAgentInput input) {
        References.Found system = input.aiSystem() == null ? null
                : references.require("input.aiSystem", input.aiSystem(), NodeLabel.AI_SYSTEM);
        List<String> actsAs = requireEach("input.actsAs", input.actsAs(), NodeLabel.IDENTITY);
        List<String> models = requireEach("input.models", input.models(), NodeLabel.MODEL);
        OffsetDateTime now = now();
        String agent = stewards.describe(NodeLabel.AGENT, input.id(), Map.of(), now);
        stewards.relate(RelType.PART_OF, agent, elementIds(system), now);
        stewards.relate(RelType.ACTS_AS, agent, actsAs, now);
        stewards.relate(RelType.USES_MODEL, agent, models, now);
        return write("mutations/upsert-agent", "a", Agent.class, now, parameters("id", input.id(),
                "name", input.name().trim(), "description", input.description(), "autonomy", input.autonomy(),
                "aiSystem", input.aiSystem()));
    }

    Ownership assignOwner(String subject, String owner, String role) {
        References.Found found = references.require("subject", subject, OWNABLE);
        References.Found by = references.require("owner", owner, OWNERS);
        if (by.node() instanceof Human human && !"ACTIVE".equals(human.status())) {
            throw new InvalidInputException("owner", "'" + owner + "' is " + human.status()
                    + "; only an active human or a team can take ownership");
        }
        OffsetDateTime now = now();
        StewardWrites.Written claim = stewards.claim(RelType.OWNED_BY, found.elementId(), by.elementId(),
                Map.of("source", "DECLARED", "role", role), Map.of("since", now),
                Map.of("confidence", 1.0, "attestedAt", now), now);
        return Ownership.from(GraphNodes.toRecord(claim.from()), GraphNodes.toRecord(claim.to()), new Props(claim.properties()));
    }

    RemoveOwnerPayload removeOwner(String subject, String owner, String role) {
        References.Found found = references.require("subject", subject, OWNABLE);
        References.Found by = references.require("owner", owner, OWNERS);
        int removed = cypher.first(queries.get("mutations/remove-owner"), parameters("subject", found.elementId(),
                "owner", by.elementId(), "role", role), record -> record.get("removed").asInt()).orElse(0);
        return new RemoveOwnerPayload(removed, found.node());
    }

    Human setHumanStatus(String id, String status, OffsetDateTime leftAt) {
        if (leftAt != null && !"LEAVER".equals(status)) {
            throw new InvalidInputException("leftAt", "only a LEAVER has a leaving date");
        }
        if (leftAt != null && leftAt.isAfter(now().plusYears(1))) {
            throw new InvalidInputException("leftAt", "is more than a year ahead");
        }
        references.require("id", id, NodeLabel.HUMAN);
        OffsetDateTime now = now();
        OffsetDateTime left = "LEAVER".equals(status) ? (leftAt == null ? now : leftAt) : null;
        stewards.edit(NodeLabel.HUMAN, id, now);
        return write("mutations/set-human-status", "h", Human.class, now, parameters("id", id, "status", status,
                "leftAt", left));
    }

    /** Runs a mutation's own statement, after its node was described or edited, and maps the node it returns. */
    private <T extends GraphNode> T write(String statement, String column, Class<T> type, OffsetDateTime now,
            Map<String, Object> parameters) {
        parameters.put("now", now);
        return cypher.first(queries.get(statement), parameters, record -> GraphNodes.toRecord(record.get(column).asNode(), type))
                .orElseThrow();
    }

    /** The element ids of the nodes named under this field, each required to exist. */
    private List<String> requireEach(String field, List<String> ids, NodeLabel label) {
        List<String> found = new ArrayList<>();
        for (int i = 0; ids != null && i < ids.size(); i++) {
            found.add(references.require(field + "[" + i + "]", ids.get(i), label).elementId());
        }
        return found;
    }

    private static List<String> elementIds(References.Found found) {
        return found == null ? List.of() : List.of(found.elementId());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
