package org.oversight.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.oversight.graph.ImportRuns;
import org.oversight.model.GraphNode;
import org.oversight.model.Provenance;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * {@code Node.lastSeen}: when an import last wrote the node or, if later, when the last completed
 * snapshot of its source and scope contained it. The writer skips rows that did not change, so a
 * snapshot confirms what it contains through its run, not by a write per row; a stale node or a
 * stub was not in it. Runs are looked up once per source, scope and label per request.
 */
@Component
class LastSeen implements RuntimeWiringConfigurer {

    private static final String MEMO = LastSeen.class.getName();

    private final ImportRuns runs;

    LastSeen(ImportRuns runs) {
        this.runs = runs;
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        DataFetcher<OffsetDateTime> lastSeen = environment -> of(environment.getSource(), environment.getGraphQlContext());
        for (Class<?> type : GraphNode.class.getPermittedSubclasses()) {
            wiring.type(type.getSimpleName(), builder -> builder.dataFetcher("lastSeen", lastSeen));
        }
    }

    OffsetDateTime of(GraphNode node, GraphQLContext context) {
        Provenance provenance = node.provenance();
        if (provenance.source() == null || provenance.staleSince() != null || provenance.stub()) {
            return provenance.lastSeen();
        }
        Map<List<String>, Optional<OffsetDateTime>> memo = context.computeIfAbsent(MEMO, key -> new ConcurrentHashMap<>());
        String scope = provenance.sourceScope() == null ? "" : provenance.sourceScope();
        Optional<OffsetDateTime> confirmed = memo.computeIfAbsent(
                List.of(provenance.source(), scope, node.getClass().getSimpleName()),
                key -> runs.lastConfirmed(key.get(0), key.get(1), key.get(2)));
        return confirmed.filter(at -> provenance.lastSeen() == null || at.isAfter(provenance.lastSeen()))
                .orElse(provenance.lastSeen());
    }
}
