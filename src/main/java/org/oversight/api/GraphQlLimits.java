package org.oversight.api;

import java.time.Duration;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import org.oversight.findings.FindingsProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What one GraphQL request may ask for. A query nesting {@code teams { members { teams ... } } }
 * twelve levels deep once returned 150 MB; depth and complexity are now checked before anything
 * runs. Complexity estimates the rows a query can touch: a connection field costs its page size
 * ({@code first}) times what it selects, a nested list {@link Limits#listFanOut} times, anything
 * else one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimits.Limits.class)
class GraphQlLimits {

    /**
     * {@code oversight.graphql.*}.
     *
     * @param maxDepth       deepest selection allowed
     * @param maxComplexity  highest estimated cost allowed
     * @param listFanOut     items a nested list is assumed to hold, for the estimate
     * @param maxNestedList  items a nested list returns at most, per parent
     * @param queryTimeout   longest a query may run; enforced as a Neo4j transaction timeout
     */
    @ConfigurationProperties("oversight.graphql")
    record Limits(@DefaultValue("15") int maxDepth, @DefaultValue("200000") int maxComplexity,
            @DefaultValue("10") int listFanOut, @DefaultValue("1000") int maxNestedList,
            @DefaultValue("30s") Duration queryTimeout) {
    }

    /**
     * Spring for GraphQL answers over HTTP asynchronously, and Spring MVC drops the configured
     * async timeout for such answers (spring-framework#37257), so Tomcat's own 30 s applied: a
     * request that waited for the findings evaluation of a large graph (minutes at a million
     * identities) got HTTP 503 while the evaluation ran on. What a request runs is bounded by the
     * Neo4j transaction timeouts (the query timeout, the evaluation timeout), so the connection
     * waits as long as both together.
     */
    @Bean
    TomcatConnectorCustomizer requestsWaitForTheFindingsEvaluation(Limits limits, FindingsProperties findings) {
        long wait = findings.evaluationTimeout().plus(limits.queryTimeout()).toMillis();
        return connector -> connector.setAsyncTimeout(wait);
    }

    @Bean
    MaxQueryDepthInstrumentation maxDepth(Limits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxComplexity(Limits limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), cost(limits));
    }

    /** Costs are clamped just above the maximum: nested multiplications must not wrap round and pass. */
    static FieldComplexityCalculator cost(Limits limits) {
        return (environment, childComplexity) -> {
            Object first = environment.getArguments().get("first");
            String parent = environment.getParentType() == null ? "" : environment.getParentType().getName();
            long cost;
            if (first instanceof Number pageSize) {
                cost = Math.max(1L, pageSize.longValue()) * (1L + childComplexity);
            } else if (isList(environment.getFieldDefinition().getType()) && !parent.endsWith("Connection")) {
                cost = (long) limits.listFanOut() * (1L + childComplexity);
            } else {
                cost = 1L + childComplexity;
            }
            return (int) Math.min(cost, limits.maxComplexity() + 1L);
        };
    }

    private static boolean isList(GraphQLOutputType type) {
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        return unwrapped instanceof GraphQLList;
    }
}
