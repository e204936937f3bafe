package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Derived from the schema and the request mappings: every GraphQL root field and every REST
 * endpoint has an access rule, and every role that does not reach a rule is refused. A new field
 * or endpoint without a rule fails here.
 */
class AccessRulesTest extends OversightIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRootFieldOfTheSchemaHasARule() throws IOException {
        List<String> fields = rootFields(schema());
        assertThat(fields).hasSizeGreaterThan(40);
        assertThat(fields.stream().filter(field -> AccessRules.graphQl(field).isEmpty()))
                .as("root fields without an access rule").isEmpty();
        assertThat(AccessRules.GRAPHQL.keySet()).as("rules of fields that do not exist").isSubsetOf(fields);
    }

    @Test
    void everyRoleBelowARuleIsRefusedEveryRootField() throws IOException {
        TypeDefinitionRegistry schema = schema();
        List<String> failures = new ArrayList<>();
        for (String field : rootFields(schema)) {
            Role needed = AccessRules.graphQl(field).orElseThrow();
            String document = document(schema, field);
            for (Role role : Role.values()) {
                boolean reaches = new Caller("test", role, null).may(needed);
                if (reaches && field.startsWith("Mutation.")) {
                    continue; // allowed mutations change the graph; their own tests run them
                }
                GraphQlTester.Response response = graphQl(role.name()).document(document).execute();
                boolean forbidden = response.returnResponse().getErrors().stream()
                        .anyMatch(error -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())));
                if (forbidden == reaches) {
                    failures.add(field + " with " + role + (reaches ? " was refused" : " was allowed"));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void withoutATokenGraphQlAnswers401() {
        httpWith(null).post().uri("/graphql").header("Content-Type", "application/json")
                .bodyValue("{\"query\": \"{ inventory { humans } }\"}").exchange()
                .expectStatus().isUnauthorized().expectHeader().valueEquals("WWW-Authenticate", "Bearer");
    }

    @Test
    void everyRestEndpointHasARuleAndRolesBelowItAreRefused() {
        AntPathMatcher matcher = new AntPathMatcher();
        List<String> unruled = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<String> patterns = info.getPatternValues();
            Set<HttpMethod> methods = info.getMethodsCondition().getMethods().stream()
                    .map(m -> HttpMethod.valueOf(m.name())).collect(Collectors.toSet());
            for (String pattern : patterns) {
                String path = pattern.replaceAll("\\{[^}]+}", "x");
                for (HttpMethod method : methods.isEmpty() ? Set.of(HttpMethod.GET) : methods) {
                    boolean ruled = AccessRules.rest().stream().anyMatch(endpoint -> endpoint.method().equals(method)
                            && matcher.match(endpoint.pattern(), path));
                    if (!ruled && !path.startsWith("/error")) {
                        unruled.add(method + " " + pattern);
                    }
                }
            }
        });
        assertThat(unruled).as("REST endpoints without an access rule").isEmpty();

        for (AccessRules.Endpoint endpoint : AccessRules.rest()) {
            if (endpoint.role().equals(AccessRules.PUBLIC) || endpoint.pattern().contains("*")
                    && !endpoint.pattern().equals("/api/imports/*")) {
                continue;
            }
            String path = endpoint.pattern().replace("*", "kubernetes");
            Role needed = Role.valueOf(endpoint.role());
            httpWith(null).method(endpoint.method()).uri(path).exchange().expectStatus().isUnauthorized();
            for (Role role : EnumSet.allOf(Role.class)) {
                if (!new Caller("test", role, null).may(needed)) {
                    httpWith(token(role.name())).method(endpoint.method()).uri(path).exchange().expectStatus().isForbidden();
                }
            }
        }
    }

    @Test
    void healthIsPublicAndUnknownPathsAreRefused() {
        httpWith(null).get().uri("/actuator/health").exchange().expectStatus().isOk();
        httpWith(null).get().uri("/api/nothing-here").exchange().expectStatus().isUnauthorized();
        http().get().uri("/actuator/env").exchange().expectStatus().isForbidden();
    }

    private static TypeDefinitionRegistry schema() throws IOException {
        return new SchemaParser().parse(Files.readString(Path.of("schema.graphqls")));
    }

    private static List<String> rootFields(TypeDefinitionRegistry schema) {
        List<String> fields = new ArrayList<>();
        for (String type : List.of("Query", "Mutation")) {
            schema.getType(type, ObjectTypeDefinition.class).orElseThrow().getFieldDefinitions()
                    .forEach(field -> fields.add(type + "." + field.getName()));
        }
        return fields;
    }

    /** A request for one root field with made-up values for its required arguments and __typename selected. */
    private static String document(TypeDefinitionRegistry schema, String typeAndField) {
        String[] parts = typeAndField.split("\\.");
        FieldDefinition field = schema.getType(parts[0], ObjectTypeDefinition.class).orElseThrow().getFieldDefinitions()
                .stream().filter(f -> f.getName().equals(parts[1])).findFirst().orElseThrow();
        String arguments = field.getInputValueDefinitions().stream().filter(a -> a.getType() instanceof NonNullType)
                .map(a -> a.getName() + ": " + value(schema, a.getType())).collect(Collectors.joining(", "));
        String selection = isScalarOrEnum(schema, field.getType()) ? "" : " { __typename }";
        return (parts[0].equals("Mutation") ? "mutation " : "query ") + "{ " + parts[1]
                + (arguments.isEmpty() ? "" : "(" + arguments + ")") + selection + " }";
    }

    private static String value(TypeDefinitionRegistry schema, Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return value(schema, nonNull.getType());
        }
        if (type instanceof ListType list) {
            return "[" + value(schema, list.getType()) + "]";
        }
        String name = ((TypeName) type).getName();
        return switch (name) {
            case "ID", "String" -> "\"x\"";
            case "Int" -> "1";
            case "Float" -> "1.0";
            case "Boolean" -> "true";
            case "DateTime" -> "\"2099-01-01T00:00:00Z\"";
            default -> schema.getType(name, EnumTypeDefinition.class)
                    .map(e -> e.getEnumValueDefinitions().getFirst().getName())
                    .orElseGet(() -> "{" + schema.getType(name, InputObjectTypeDefinition.class).orElseThrow()
                            .getInputValueDefinitions().stream().filter(i -> i.getType() instanceof NonNullType)
                            .map(i -> i.getName() + ": " + value(schema, i.getType()))
                            .collect(Collectors.joining(", ")) + "}");
        };
    }

    private static boolean isScalarOrEnum(TypeDefinitionRegistry schema, Type<?> type) {
        Type<?> t = type;
        while (!(t instanceof TypeName)) {
            t = t instanceof NonNullType nonNull ? nonNull.getType() : ((ListType) t).getType();
        }
        String name = ((TypeName) t).getName();
        return List.of("ID", "String", "Int", "Float", "Boolean").contains(name)
                || schema.getType(name, ScalarTypeDefinition.class).isPresent()
                || schema.getType(name, EnumTypeDefinition.class).isPresent();
    }

}
