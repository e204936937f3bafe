package org.oversight.api;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolationException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Typed GraphQL errors: bad input is BAD_REQUEST with {@code extensions.field}, unknown ids are
 * NOT_FOUND. Anything else stays an INTERNAL_ERROR without details, as Spring GraphQL does.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected List<GraphQLError> resolveToMultipleErrors(Throwable ex, DataFetchingEnvironment env) {
        return switch (ex) {
            case InvalidInputException e ->
                    List.of(error(env, ErrorType.BAD_REQUEST, e.getMessage(), e.field(), "INVALID_INPUT"));
            case NotFoundException e -> List.of(error(env, ErrorType.NOT_FOUND, e.getMessage(), e.field(), "NOT_FOUND"));
            case ConstraintViolationException e -> e.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                    .map(violation -> {
                        String field = argumentPath(violation.getPropertyPath().toString());
                        return error(env, ErrorType.BAD_REQUEST, field + ": " + violation.getMessage(), field,
                                "INVALID_INPUT");
                    })
                    .toList();
            default -> null;
        };
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message, String field,
            String code) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message)
                .extensions(Map.of("field", field, "code", code)).build();
    }

    /** Method validation paths start with the Java method name: {@code upsertHuman.input.email} -> {@code input.email}. */
    private static String argumentPath(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
