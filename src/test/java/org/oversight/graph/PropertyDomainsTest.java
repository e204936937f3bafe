package org.oversight.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

/** The vocabularies importers check against are exactly the enums the API serves. */
class PropertyDomainsTest {

    private static final Map<String, String> ENUM_OF = Map.ofEntries(
            Map.entry("Human.status", "HumanStatus"),
            Map.entry("Identity.kind", "IdentityKind"),
            Map.entry("Identity.status", "IdentityStatus"),
            Map.entry("Credential.kind", "CredentialKind"),
            Map.entry("Credential.status", "CredentialStatus"),
            Map.entry("AiSystem.lifecycle", "Lifecycle"),
            Map.entry("AiSystem.euRiskClass", "EuRiskClass"),
            Map.entry("AiSystem.euRiskClasses", "EuRiskClass"),
            Map.entry("AiSystem.role", "AiActRole"),
            Map.entry("AiSystem.euHighRiskBasis", "HighRiskBasis"),
            Map.entry("AiSystem.deployerKind", "DeployerKind"),
            Map.entry("AiSystem.functions", "AiFunction"),
            Map.entry("Agent.autonomy", "Autonomy"),
            Map.entry("Control.status", "ControlStatus"),
            Map.entry("Evidence.kind", "EvidenceKind"),
            Map.entry("Risk.status", "RiskStatus"),
            Map.entry("OWNED_BY.role", "OwnerRole"),
            Map.entry("OWNED_BY.source", "OwnershipSource"),
            Map.entry("Requirement.kind", "RequirementKind"),
            Map.entry("Requirement.dutyOf", "DutyHolder"),
            Map.entry("MAPS_TO.relationship", "Relationship"),
            Map.entry("SATISFIES.relationship", "Relationship"));

    /** Closed in the model, plain strings in the API. */
    private static final List<String> FREE_IN_API = List.of("Identity.provider", "AiSystem.euAnnexIIIPoint", "MappingSet.method",
            "MappingSet.status", "MAPS_TO.rationale");

    /**
     * Values the API derives and the graph never stores: a composition that cannot be told, and an
     * identity or credential an attestation decided to revoke while its provider still lists it.
     */
    private static final List<String> DERIVED_ONLY = List.of("INDETERMINATE", "PENDING_REVOCATION");

    @Test
    void everyEnumeratedPropertyMatchesItsGraphQlEnum() throws IOException {
        TypeDefinitionRegistry schema = new SchemaParser().parse(Files.readString(Path.of("schema.graphqls")));
        int checked = 0;
        for (var label : PropertyDomains.nodeDomains().entrySet()) {
            for (var property : label.getValue().entrySet()) {
                String key = label.getKey().cypherName() + "." + property.getKey();
                if (FREE_IN_API.contains(key)) {
                    continue;
                }
                assertThat(ENUM_OF).as("GraphQL enum for %s", key).containsKey(key);
                assertThat(property.getValue()).as(key).containsExactlyInAnyOrderElementsOf(values(schema, ENUM_OF.get(key)));
                checked++;
            }
        }
        for (var type : PropertyDomains.relationshipDomains().entrySet()) {
            for (var property : type.getValue().entrySet()) {
                String key = type.getKey().name() + "." + property.getKey();
                if (FREE_IN_API.contains(key)) {
                    continue;
                }
                assertThat(property.getValue()).as(key).containsExactlyInAnyOrderElementsOf(values(schema, ENUM_OF.get(key)));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(ENUM_OF.size());
    }

    private static List<String> values(TypeDefinitionRegistry schema, String enumName) {
        return schema.getType(enumName, EnumTypeDefinition.class).orElseThrow().getEnumValueDefinitions().stream()
                .map(EnumValueDefinition::getName).filter(value -> !DERIVED_ONLY.contains(value)).toList();
    }
}
