package org.oversight.findings;

import java.util.List;
import java.util.Map;

import org.oversight.findings.FindingService.FindingPage;
import org.oversight.model.Requirement;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code unownedRisks}, the finding rules, and the findings of a requirement. */
@Controller
class FindingController {

    private final FindingService findings;
    private final RuleRequirements requirements;

    FindingController(FindingService findings, RuleRequirements requirements) {
        this.findings = findings;
        this.requirements = requirements;
    }

    @QueryMapping
    FindingPage unownedRisks(@Argument FindingFilter filter, @Argument Integer first, @Argument String after) {
        return findings.page(filter, first, after);
    }

    @QueryMapping
    List<Rule> findingRules() {
        return findings.rules();
    }

    @SchemaMapping(typeName = "Requirement", field = "findings")
    FindingPage requirementFindings(Requirement requirement, @Argument Integer first, @Argument String after) {
        return findings.breaking(requirement.id(), first, after);
    }

    @BatchMapping(typeName = "FindingRule", field = "breaks")
    Map<Rule, List<Requirement>> breaks(List<Rule> rules) {
        return requirements.of(rules);
    }
}
