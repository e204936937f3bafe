package org.oversight.coverage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.oversight.coverage.Coverage.RequirementCoverage;
import org.oversight.coverage.Coverage.Status;
import org.oversight.findings.Finding;
import org.oversight.findings.FindingService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code coverage}, {@code gaps}, {@code obligationsTimeline}, {@code crosswalk} and {@code statementOfApplicability}. */
@Controller
class CoverageController {

    private final CoverageService coverage;
    private final FindingService findings;

    CoverageController(CoverageService coverage, FindingService findings) {
        this.coverage = coverage;
        this.findings = findings;
    }

    @QueryMapping
    Coverage coverage(@Argument String framework, @Argument String scope, @Argument Integer maxDepth,
            @Argument LocalDate asOf) {
        return coverage.coverage(framework, scope, maxDepth, asOf);
    }

    @QueryMapping
    List<RequirementCoverage> gaps(@Argument String framework, @Argument String scope, @Argument LocalDate asOf) {
        return coverage.coverage(framework, scope, null, asOf).requirements().stream()
                .filter(r -> r.status() == Status.GAP || r.status() == Status.PARTIAL)
                .sorted(Comparator.comparing(r -> r.status() == Status.GAP ? 0 : 1))
                .toList();
    }

    @QueryMapping
    List<CoverageService.ObligationDate> obligationsTimeline(@Argument String aiSystem, @Argument String framework) {
        return coverage.obligationsTimeline(aiSystem, framework);
    }

    @QueryMapping
    CoverageService.Crosswalk crosswalk(@Argument String from, @Argument String to, @Argument Integer maxDepth) {
        return coverage.crosswalk(from, to, maxDepth);
    }

    @QueryMapping
    List<StatementOfApplicability.Entry> statementOfApplicability(@Argument String scope) {
        return coverage.statementOfApplicability(scope).entries();
    }

    /** The open findings that break each requirement the request shows, made whole in one go. */
    @BatchMapping(typeName = "RequirementCoverage")
    Map<RequirementCoverage, List<Finding>> brokenBy(List<RequirementCoverage> requirements) {
        Map<String, Finding> whole = findings.whole(requirements.stream().flatMap(r -> r.openFindings().stream()).toList())
                .stream().collect(Collectors.toMap(Finding::id, finding -> finding, (first, same) -> first));
        Map<RequirementCoverage, List<Finding>> brokenBy = new LinkedHashMap<>();
        for (RequirementCoverage requirement : requirements) {
            brokenBy.put(requirement, requirement.openFindings().stream().map(reference -> whole.get(reference.id()))
                    .filter(Objects::nonNull).toList());
        }
        return brokenBy;
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
