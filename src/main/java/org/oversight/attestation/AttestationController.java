package org.oversight.attestation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.oversight.graph.CypherClient.parameters;

import jakarta.validation.Valid;
import org.oversight.audit.AuditTrail;
import org.oversight.api.Connection;
import org.oversight.attestation.AttestationInputs.AttestInput;
import org.oversight.attestation.AttestationInputs.StartAttestationCampaignInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** Attestation campaigns, their queues and review items, and the decisions on them, each audited with its change. */
@Controller
class AttestationController {

    private final AttestationService attestations;
    private final AuditTrail audit;

    AttestationController(AttestationService attestations, AuditTrail audit) {
        this.attestations = attestations;
        this.audit = audit;
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
    @Transactional
    AttestationCampaign startAttestationCampaign(@Argument @Valid StartAttestationCampaignInput input) {
        AttestationCampaign campaign = attestations.start(input);
        audit.record("startAttestationCampaign", campaign.id(), Map.of("name", campaign.name(), "scope", campaign.scope(),
                "dueAt", campaign.dueAt().toString(), "items", campaign.itemCount()));
        return campaign;
    }

    @MutationMapping
    @Transactional
    Attestation attest(@Argument @Valid AttestInput input) {
        Attestation decided = attestations.attest(input);
        audit.record("attest", decided.subject().id(), parameters("attestation", decided.id(), "decision", input.decision(),
                "owner", decided.owner() == null ? null : decided.owner().id(),
                "newOwner", decided.newOwner() == null ? null : decided.newOwner().id(),
                "decidedBy", decided.decidedBy().id(), "comment", input.comment()));
        return decided;
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
