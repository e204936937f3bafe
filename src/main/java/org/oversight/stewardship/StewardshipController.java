package org.oversight.stewardship;

import java.time.OffsetDateTime;

import static org.oversight.graph.CypherClient.parameters;

import jakarta.validation.Valid;
import org.oversight.audit.Audited;
import org.oversight.audit.AuditTrail;
import org.oversight.coverage.ControlLink;
import org.oversight.model.Agent;
import org.oversight.model.AiSystem;
import org.oversight.model.Control;
import org.oversight.model.Evidence;
import org.oversight.model.Human;
import org.oversight.model.Ownership;
import org.oversight.model.Team;
import org.oversight.stewardship.StewardshipInputs.UpsertAgentInput;
import org.oversight.stewardship.StewardshipInputs.UpsertAiSystemInput;
import org.oversight.stewardship.StewardshipInputs.UpsertControlInput;
import org.oversight.stewardship.StewardshipInputs.UpsertHumanInput;
import org.oversight.stewardship.StewardshipInputs.UpsertTeamInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stewardship mutations: how people correct and complete what imports found. Each runs in one
 * transaction with its entry in the audit trail: the change and its record commit together.
 */
@Controller
@Transactional
class StewardshipController {

    private final StewardshipService stewardship;
    private final GovernanceStewardship governance;
    private final AuditTrail audit;

    StewardshipController(StewardshipService stewardship, GovernanceStewardship governance, AuditTrail audit) {
        this.stewardship = stewardship;
        this.governance = governance;
        this.audit = audit;
    }

    @MutationMapping
    Control upsertControl(@Argument @Valid UpsertControlInput input) {
        Control control = governance.upsertControl(input);
        audit.record("upsertControl", control.id(), Audited.of(input));
        return control;
    }

    @MutationMapping
    ControlLink linkControl(@Argument String control, @Argument String requirement, @Argument String relationship,
            @Argument Integer strength) {
        ControlLink link = governance.linkControl(control, requirement, relationship, strength);
        audit.record("linkControl", control, parameters("requirement", requirement, "relationship", relationship,
                "strength", strength));
        return link;
    }

    @MutationMapping
    boolean unlinkControl(@Argument String control, @Argument String requirement) {
        boolean unlinked = governance.unlinkControl(control, requirement);
        audit.record("unlinkControl", control, parameters("requirement", requirement, "unlinked", unlinked));
        return unlinked;
    }

    @MutationMapping
    Evidence addEvidence(@Argument String control, @Argument String kind, @Argument String uri,
            @Argument OffsetDateTime collectedAt, @Argument OffsetDateTime expiresAt) {
        Evidence evidence = governance.addEvidence(control, kind, uri, collectedAt, expiresAt);
        audit.record("addEvidence", control, parameters("evidence", evidence.id(), "kind", kind, "uri", uri,
                "collectedAt", Audited.text(collectedAt), "expiresAt", Audited.text(expiresAt)));
        return evidence;
    }

    @MutationMapping
    GovernanceStewardship.Applicability setApplicability(@Argument String requirement, @Argument String scope,
            @Argument boolean applicable, @Argument String justification) {
        GovernanceStewardship.Applicability decision = governance.setApplicability(requirement, scope, applicable, justification);
        audit.record("setApplicability", requirement, parameters("scope", scope, "applicable", applicable,
                "justification", justification));
        return decision;
    }

    @MutationMapping
    Human upsertHuman(@Argument @Valid UpsertHumanInput input) {
        Human human = stewardship.upsertHuman(input);
        audit.record("upsertHuman", human.id(), Audited.of(input));
        return human;
    }

    @MutationMapping
    Team upsertTeam(@Argument @Valid UpsertTeamInput input) {
        Team team = stewardship.upsertTeam(input);
        audit.record("upsertTeam", team.id(), Audited.of(input));
        return team;
    }

    @MutationMapping
    AiSystem upsertAiSystem(@Argument @Valid UpsertAiSystemInput input) {
        AiSystem system = stewardship.upsertAiSystem(input);
        audit.record("upsertAiSystem", system.id(), Audited.of(input));
        return system;
    }

    @MutationMapping
    Agent upsertAgent(@Argument @Valid UpsertAgentInput input) {
        Agent agent = stewardship.upsertAgent(input);
        audit.record("upsertAgent", agent.id(), Audited.of(input));
        return agent;
    }

    @MutationMapping
    Ownership assignOwner(@Argument String subject, @Argument String owner, @Argument String role) {
        Ownership ownership = stewardship.assignOwner(subject, owner, role);
        audit.record("assignOwner", subject, parameters("owner", owner, "role", role));
        return ownership;
    }

    @MutationMapping
    StewardshipService.RemoveOwnerPayload removeOwner(@Argument String subject, @Argument String owner,
            @Argument String role) {
        StewardshipService.RemoveOwnerPayload removed = stewardship.removeOwner(subject, owner, role);
        audit.record("removeOwner", subject, parameters("owner", owner, "role", role, "removed", removed.removed()));
        return removed;
    }

    @MutationMapping
    Human setHumanStatus(@Argument String id, @Argument String status, @Argument OffsetDateTime leftAt) {
        Human human = stewardship.setHumanStatus(id, status, leftAt);
        audit.record("setHumanStatus", id, parameters("status", status, "leftAt", Audited.text(human.leftAt())));
        return human;
    }
}
