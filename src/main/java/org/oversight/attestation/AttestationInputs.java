package org.oversight.attestation;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The inputs of the attestation mutations, as the schema defines them. */
final class AttestationInputs {

    private AttestationInputs() {
    }

    record AttestationScopeInput(String rule, String aiSystem, String provider, Boolean everything) {
    }

    record StartAttestationCampaignInput(@NotBlank @Size(max = 200) String name, @NotNull @Valid AttestationScopeInput scope,
            @NotNull OffsetDateTime dueAt) {
    }

    record AttestInput(@NotBlank String attestation, @NotNull String decision, String newOwner,
            @Size(max = 2000) String comment, String by) {
    }
}
