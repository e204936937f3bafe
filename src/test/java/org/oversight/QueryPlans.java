package org.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.summary.Plan;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The operators of a statement's plan, from EXPLAIN: compiled against the test graph, not run. */
public final class QueryPlans {

    private QueryPlans() {
    }

    public static List<String> operators(Neo4jClient neo4j, String statement, Map<String, Object> parameters) {
        Plan plan = neo4j.delegateTo(runner -> Optional.of(runner.run("EXPLAIN " + statement, parameters).consume().plan()))
                .run().orElseThrow();
        List<String> operators = new ArrayList<>();
        collect(plan, operators);
        return operators;
    }

    private static void collect(Plan plan, List<String> operators) {
        operators.add(plan.operatorType().replaceAll("@.*", ""));
        plan.children().forEach(child -> collect(child, operators));
    }
}
