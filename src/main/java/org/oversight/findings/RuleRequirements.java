package org.oversight.findings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.oversight.graph.CypherClient;
import org.oversight.model.GraphNodes;
import org.oversight.model.Requirement;
import org.springframework.stereotype.Component;

/** The requirements the rules break, loaded for many rules in one read. */
@Component
class RuleRequirements {

    private static final String REQUIREMENTS = """
            UNWIND $ids AS id
            MATCH (r:Requirement {id: id})
            RETURN r
            """;

    private final CypherClient cypher;

    RuleRequirements(CypherClient cypher) {
        this.cypher = cypher;
    }

    Map<Rule, List<Requirement>> of(List<Rule> rules) {
        List<String> ids = rules.stream().flatMap(rule -> rule.breaks().stream()).distinct().toList();
        Map<String, Requirement> byId = new LinkedHashMap<>();
        cypher.list(REQUIREMENTS, Map.of("ids", ids), record -> GraphNodes.toRecord(record.get("r").asNode(), Requirement.class))
                .forEach(requirement -> byId.put(requirement.id(), requirement));
        Map<Rule, List<Requirement>> result = new LinkedHashMap<>();
        for (Rule rule : rules) {
            result.put(rule, rule.breaks().stream().map(byId::get).filter(Objects::nonNull).toList());
        }
        return result;
    }
}
