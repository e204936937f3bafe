package org.oversight.stewardship;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import org.oversight.model.Agent;
import org.oversight.model.AiSystem;
import org.oversight.model.Human;
import org.oversight.model.Ownership;
import org.oversight.model.Team;
import org.oversight.stewardship.StewardshipInputs.UpsertAgentInput;
import org.oversight.stewardship.StewardshipInputs.UpsertAiSystemInput;
import org.oversight.stewardship.StewardshipInputs.UpsertHumanInput;
import org.oversight.stewardship.StewardshipInputs.UpsertTeamInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The stewardship mutations: how people correct and complete what imports found. */
@Controller
class StewardshipController {

    private final StewardshipService stewardship;

    StewardshipController(StewardshipService stewardship) {
        this.stewardship = stewardship;
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
