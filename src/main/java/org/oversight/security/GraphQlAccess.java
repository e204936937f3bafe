package org.oversight.security;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Checks every root field of a request against {@link AccessRules} before it runs. A field the
 * caller's role does not reach fails alone with FORBIDDEN; the other fields of the request run.
 */
@Component
class GraphQlAccess extends SimplePerformantInstrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        var environment = parameters.getEnvironment();
        if (!(environment.getParentType() instanceof GraphQLObjectType parent)
                || !(parent.getName().equals("Query") || parent.getName().equals("Mutation"))
                || environment.getField().getName().startsWith("__")) {
            return dataFetcher;
        }
        String field = parent.getName() + "." + environment.getField().getName();
        Role needed = AccessRules.graphQl(field).orElse(null);
        return fetching -> {
            Caller caller = Caller.authenticated().orElseThrow(() -> new AccessDeniedException("not signed in"));
            if (needed == null) {
                throw new AccessDeniedException(field + " has no access rule; it is refused to everyone");
            }
            if (!caller.may(needed)) {
                throw new AccessDeniedException(field + " needs the " + needed + " role; this token has " + caller.role());
            }
            return dataFetcher.get(fetching);
        };
    }
}
