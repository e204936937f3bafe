package org.oversight.attestation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.oversight.api.Connection;
import org.oversight.attestation.AttestationInputs.AttestInput;
import org.oversight.attestation.AttestationInputs.StartAttestationCampaignInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Attestation campaigns, their queues and review items, and the decisions on them. */
@Controller
class AttestationController {

    private final AttestationService attestations;

    AttestationController(AttestationService attestations) {
        this.attestations = attestations;
    }

    @QueryMapping
    List<AttestationCampaign> attestationCampaigns() {
        return attestations.campaigns(null);
    }

    @QueryMapping
    Connection<Attestation> attestations(@Argument String owner, @Argument String campaign, @Argument String status,
            @Argument Integer first, @Argument String after) {
        return attestations.items(owner, campaign, status, first, after);
    }

    @MutationMapping
    AttestationCampaign startAttestationCampaign(@Argument @Valid StartAttestationCampaignInput input) {
        return attestations.start(input);
    }

    @MutationMapping
    Attestation attest(@Argument @Valid AttestInput input) {
        return attestations.attest(input);
    }

    @SchemaMapping(typeName = "AttestationCampaign")
    List<AttestationService.Queue> queues(AttestationCampaign campaign) {
        return attestations.queues(campaign.id());
    }

    @BatchMapping(typeName = "Attestation")
    Map<Attestation, AttestationCampaign> campaign(List<Attestation> items) {
        Map<String, AttestationCampaign> byId = attestations.campaigns(items.stream().map(Attestation::campaignId).distinct().toList())
                .stream().collect(Collectors.toMap(AttestationCampaign::id, Function.identity()));
        return items.stream().distinct().collect(Collectors.toMap(Function.identity(), item -> byId.get(item.campaignId())));
    }
}
