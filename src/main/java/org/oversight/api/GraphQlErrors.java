package org.oversight.api;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Typed GraphQL errors: bad input is BAD_REQUEST with {@code extensions.field}, unknown ids are
 * NOT_FOUND, a role that does not reach a field FORBIDDEN, a query over its time TIMEOUT. Anything
 * else stays an INTERNAL_ERROR without details (no Cypher, no stack trace, no class name).
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected List<GraphQLError> resolveToMultipleErrors(Throwable ex, DataFetchingEnvironment env) {
        return switch (ex) {
            case InvalidInputException e ->
                    List.of(error(env, ErrorType.BAD_REQUEST, e.getMessage(), e.field(), "INVALID_INPUT"));
            case NotFoundException e -> List.of(error(env, ErrorType.NOT_FOUND, e.getMessage(), e.field(), "NOT_FOUND"));
            case AccessDeniedException e -> List.of(GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN)
                    .message(e.getMessage()).extensions(Map.of("code", "FORBIDDEN")).build());
            case Throwable e when timedOut(e) -> List.of(GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
                    .message("The query took longer than the time allowed (oversight.graphql.query-timeout); "
                            + "ask for less: a smaller page, fewer nested fields, a narrower filter")
                    .extensions(Map.of("code", "TIMEOUT")).build());
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

    /** Neo4j ended the transaction at its timeout (the driver's exception, as thrown or wrapped by Spring). */
    static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Neo4jException neo4j && neo4j.code() != null
                    && (neo4j.code().contains("TransactionTimedOut") || neo4j.code().contains("Terminated"))) {
                return true;
            }
        }
        return false;
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
