package org.oversight.stewardship;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
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

/** The stewardship mutations: how people correct and complete what imports found. */
@Controller
class StewardshipController {

    private final StewardshipService stewardship;
    private final GovernanceStewardship governance;

    StewardshipController(StewardshipService stewardship, GovernanceStewardship governance) {
        this.stewardship = stewardship;
        this.governance = governance;
    }

    @MutationMapping
    Control upsertControl(@Argument @Valid UpsertControlInput input) {
        return governance.upsertControl(input);
    }

    @MutationMapping
    ControlLink linkControl(@Argument String control, @Argument String requirement, @Argument String relationship,
            @Argument Integer strength) {
        return governance.linkControl(control, requirement, relationship, strength);
    }

    @MutationMapping
    boolean unlinkControl(@Argument String control, @Argument String requirement) {
        return governance.unlinkControl(control, requirement);
    }

    @MutationMapping
    Evidence addEvidence(@Argument String control, @Argument String kind, @Argument String uri,
            @Argument OffsetDateTime collectedAt, @Argument OffsetDateTime expiresAt) {
        return governance.addEvidence(control, kind, uri, collectedAt, expiresAt);
    }

    @MutationMapping
    GovernanceStewardship.Applicability setApplicability(@Argument String requirement, @Argument String scope,
            @Argument boolean applicable, @Argument String justification) {
        return governance.setApplicability(requirement, scope, applicable, justification);
    }

    @MutationMapping
    Human upsertHuman(@Argument @Valid UpsertHumanInput input) {
        return stewardship.upsertHuman(input);
    }

    @MutationMapping
    Team upsertTeam(@Argument @Valid UpsertTeamInput input) {
        return stewardship.upsertTeam(input);
    }

    @MutationMapping
    AiSystem upsertAiSystem(@Argument @Valid UpsertAiSystemInput input) {
        return stewardship.upsertAiSystem(input);
    }

    @MutationMapping
    Agent upsertAgent(@Argument @Valid UpsertAgentInput input) {
        return stewardship.upsertAgent(input);
    }

    @MutationMapping
    Ownership assignOwner(@Argument String subject, @Argument String owner, @Argument String role) {
        return stewardship.assignOwner(subject, owner, role);
    }

    @MutationMapping
    StewardshipService.RemoveOwnerPayload removeOwner(@Argument String subject, @Argument String owner,
            @Argument String role) {
        return stewardship.removeOwner(subject, owner, role);
    }

    @MutationMapping
    Human setHumanStatus(@Argument String id, @Argument String status, @Argument OffsetDateTime leftAt) {
        return stewardship.setHumanStatus(id, status, leftAt);
    }
}
