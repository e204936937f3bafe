package org.oversight.coverage;

import java.util.Comparator;
import java.util.List;

import org.oversight.coverage.Coverage.RequirementCoverage;
import org.oversight.coverage.Coverage.Status;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code coverage}, {@code gaps}, {@code crosswalk} and {@code statementOfApplicability}. */
@Controller
class CoverageController {

    private final CoverageService coverage;

    CoverageController(CoverageService coverage) {
        this.coverage = coverage;
    }

    @QueryMapping
    Coverage coverage(@Argument String framework, @Argument String scope, @Argument Integer maxDepth) {
        return coverage.coverage(framework, scope, maxDepth);
    }

    @QueryMapping
    List<RequirementCoverage> gaps(@Argument String framework, @Argument String scope) {
        return coverage.coverage(framework, scope, null).requirements().stream()
                .filter(r -> r.status() == Status.GAP || r.status() == Status.PARTIAL)
                .sorted(Comparator.comparing(r -> r.status() == Status.GAP ? 0 : 1))
                .toList();
    }

    @QueryMapping
    CoverageService.Crosswalk crosswalk(@Argument String from, @Argument String to, @Argument Integer maxDepth) {
        return coverage.crosswalk(from, to, maxDepth);
    }

    @QueryMapping
    List<StatementOfApplicability.Entry> statementOfApplicability(@Argument String scope) {
        return coverage.statementOfApplicability(scope).entries();
    }

    @SchemaMapping(typeName = "Coverage")
    long full(Coverage result) {
        return result.count(Status.FULL);
    }

    @SchemaMapping(typeName = "Coverage")
    long partial(Coverage result) {
        return result.count(Status.PARTIAL);
    }

    @SchemaMapping(typeName = "Coverage")
    long gap(Coverage result) {
        return result.count(Status.GAP);
    }

    @SchemaMapping(typeName = "Coverage")
    long notApplicable(Coverage result) {
        return result.count(Status.NOT_APPLICABLE);
    }
}
