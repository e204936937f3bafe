package org.oversight.stewardship;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The inputs of the stewardship mutations, as {@code schema.graphqls} declares them, with their rules. */
final class StewardshipInputs {

    /** Ids are readable keys: no spaces, no control characters, not endless. */
    static final String ID_PATTERN = "[^\\s\\p{Cntrl}]+";
    static final String ID_MESSAGE = "must not contain spaces or control characters";

    private StewardshipInputs() {
    }

    record UpsertHumanInput(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String title,
            @Size(max = 200) String department,
            String status,
            @Size(max = 300) String team,
            @Size(max = 254) String manager) {
    }

    record UpsertTeamInput(
            @NotBlank @Size(max = 300) @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @Size(max = 254) String lead) {
    }

    record UpsertAiSystemInput(
            @NotBlank @Size(max = 300) @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @Size(max = 2000) String purpose,
            String lifecycle,
            String euRiskClass,
            @Size(max = 6) List<String> euRiskClasses,
            String role,
            String euHighRiskBasis,
            String euAnnexIIIPoint,
            String deployerKind,
            Boolean establishedInUnion,
            @Size(max = 20) List<String> functions,
            Boolean inScope,
            @Min(1) @Max(3650) Integer reviewCadenceDays) {
    }

    record UpsertControlInput(
            @NotBlank @Size(max = 300) @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            String status,
            java.time.OffsetDateTime testedAt,
            @Min(1) @Max(3650) Integer evidenceCadenceDays) {
    }

    record UpsertAgentInput(
            @NotBlank @Size(max = 300) @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            String autonomy,
            @Size(max = 300) String aiSystem,
            @Size(max = 100) List<@NotBlank String> actsAs,
            @Size(max = 100) List<@NotBlank String> models) {
    }
}
