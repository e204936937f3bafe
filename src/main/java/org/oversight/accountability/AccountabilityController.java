package org.oversight.accountability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.oversight.api.References;
import org.oversight.findings.Finding;
import org.oversight.graph.RelType;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Accountability chains, leaver impact and ownership suggestions, also on each finding. */
@Controller
class AccountabilityController {

    static final int SUGGESTIONS_PER_FINDING = 3;

    private final ChainService chains;
    private final LeaverImpactService leavers;
    private final OwnershipSuggestions suggestions;
    private final References references;

    AccountabilityController(ChainService chains, LeaverImpactService leavers, OwnershipSuggestions suggestions,
            References references) {
        this.chains = chains;
        this.leavers = leavers;
        this.suggestions = suggestions;
        this.references = references;
    }

    @QueryMapping
    Chain.Accountability accountabilityChain(@Argument String subject) {
        return chains.chain(subject);
    }

    @QueryMapping
    LeaverImpact leaverImpact(@Argument String human) {
        return leavers.leaverImpact(human);
    }

    @QueryMapping
    List<OwnerSuggestion> ownershipSuggestions(@Argument String subject, @Argument Integer first) {
        References.Found found = references.require("subject", subject, List.copyOf(RelType.OWNED_BY.endpoints().keySet()));
        return suggestions.forSubjects(List.of(found.elementId()), List.of(), first == null ? 5 : first)
                .get(found.elementId());
    }

    @BatchMapping(typeName = "Finding")
    Map<Finding, List<OwnerSuggestion>> suggestedOwners(List<Finding> findings) {
        Map<String, List<OwnerSuggestion>> bySubject = suggestions.forSubjects(
                findings.stream().map(Finding::subjectElementId).distinct().toList(), List.of(), SUGGESTIONS_PER_FINDING);
        return findings.stream().distinct().collect(Collectors.toMap(Function.identity(),
                finding -> bySubject.getOrDefault(finding.subjectElementId(), List.of()), (a, b) -> a,
                LinkedHashMap::new));
    }
}
