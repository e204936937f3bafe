package org.oversight.stewardship;

import static org.oversight.graph.CypherClient.parameters;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Record;
import org.oversight.api.InvalidInputException;
import org.oversight.api.References;
import org.oversight.graph.AccountLinks;
import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.graph.NodeLabel;
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
    private final References references;
    private final Clock clock;
    private final AccountLinks accountLinks;

    StewardshipService(CypherClient cypher, CypherQueries queries, References references, Clock clock,
            AccountLinks accountLinks) {
        this.accountLinks = accountLinks;
        this.cypher = cypher;
        this.queries = queries;
        this.references = references;
        this.clock = clock;
    }

    Human upsertHuman(UpsertHumanInput input) {
        String id = input.email().trim().toLowerCase(Locale.ROOT);
        if (input.team() != null) {
            references.require("input.team", input.team(), NodeLabel.TEAM);
        }
        if (input.manager() != null) {
            String manager = input.manager().trim().toLowerCase(Locale.ROOT);
            references.require("input.manager", manager, NodeLabel.HUMAN);
            boolean cycle = cypher.first(queries.get("mutations/manager-cycle"), Map.of("id", id, "manager", manager),
                    record -> record.get("cycle").asBoolean()).orElse(false);
            if (cycle) {
                throw new InvalidInputException("input.manager", "'" + manager + "' reports to '" + id
                        + "' (directly or through others); a manager cannot also be a report");
            }
        }
        Human human = write("mutations/upsert-human", "h", Human.class, parameters("id", id, "email", input.email().trim(),
                "name", input.name().trim(), "title", input.title(), "department", input.department(),
                "status", input.status(), "team", input.team(),
                "manager", input.manager() == null ? null : input.manager().trim().toLowerCase(Locale.ROOT)));
        // the accounts that carry the human's e-mail, by the rule every import follows
        accountLinks.ofHumans(List.of(id), Map.of("now", now()));
        return human;
    }

    Team upsertTeam(UpsertTeamInput input) {
        String lead = input.lead() == null ? null : input.lead().trim().toLowerCase(Locale.ROOT);
        if (lead != null) {
            references.require("input.lead", lead, NodeLabel.HUMAN);
        }
        return write("mutations/upsert-team", "t", Team.class, parameters("id", input.id(), "name", input.name().trim(),
                "description", input.description(), "lead", lead));
    }

    AiSystem upsertAiSystem(UpsertAiSystemInput input) {
        return write("mutations/upsert-ai-system", "s", AiSystem.class, parameters("id", input.id(),
                "name", input.name().trim(), "description", input.description(), "purpose", input.purpose(),
                "lifecycle", input.lifecycle(), "euRiskClass", input.euRiskClass(), "role", input.role(),
                "inScope", input.inScope(), "reviewCadenceDays", input.reviewCadenceDays()));
    }

    Agent upsertAgent(UpsertAgentInput input) {
        if (input.aiSystem() != null) {
            references.require("input.aiSystem", input.aiSystem(), NodeLabel.AI_SYSTEM);
        }
        List<String> actsAs = input.actsAs() == null ? List.of() : input.actsAs();
        for (int i = 0; i < actsAs.size(); i++) {
            references.require("input.actsAs[" + i + "]", actsAs.get(i), NodeLabel.IDENTITY);
        }
        List<String> models = input.models() == null ? List.of() : input.models();
        for (int i = 0; i < models.size(); i++) {
            references.require("input.models[" + i + "]", models.get(i), NodeLabel.MODEL);
        }
        return write("mutations/upsert-agent", "a", Agent.class, parameters("id", input.id(),
                "name", input.name().trim(), "description", input.description(), "autonomy", input.autonomy(),
                "aiSystem", input.aiSystem(), "actsAs", actsAs, "models", models));
    }

    Ownership assignOwner(String subject, String owner, String role) {
        References.Found found = references.require("subject", subject, OWNABLE);
        References.Found by = references.require("owner", owner, OWNERS);
        if (by.node() instanceof Human human && !"ACTIVE".equals(human.status())) {
            throw new InvalidInputException("owner", "'" + owner + "' is " + human.status()
                    + "; only an active human or a team can take ownership");
        }
        return cypher.first(queries.get("mutations/assign-owner"), parameters("subject", found.elementId(),
                        "owner", by.elementId(), "role", role, "now", now()),
                record -> Ownership.from(node(record, "s"), node(record, "o"), new Props(record.get("r").asMap())))
                .orElseThrow();
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
        OffsetDateTime left = "LEAVER".equals(status) ? (leftAt == null ? now() : leftAt) : null;
        return write("mutations/set-human-status", "h", Human.class, parameters("id", id, "status", status,
                "leftAt", left));
    }

    private <T extends GraphNode> T write(String statement, String column, Class<T> type, Map<String, Object> parameters) {
        parameters.put("now", now());
        return cypher.first(queries.get(statement), parameters, record -> GraphNodes.toRecord(record.get(column).asNode(), type))
                .orElseThrow();
    }

    private static GraphNode node(Record record, String column) {
        return GraphNodes.toRecord(record.get(column).asNode());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
