package org.oversight.governance;

import static org.oversight.api.Related.Direction.IN;
import static org.oversight.api.Related.Direction.OUT;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.oversight.api.Connection;
import org.oversight.api.PageRequest;
import org.oversight.api.Pages;
import org.oversight.api.Related;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.RelType;
import org.oversight.model.AiSystem;
import org.oversight.model.Control;
import org.oversight.model.Evidence;
import org.oversight.model.GraphNode;
import org.oversight.model.Ownership;
import org.oversight.model.Risk;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Controls, their evidence, and the risks they treat. */
@Controller
class GovernanceController {

    private final Pages pages;
    private final Related related;

    GovernanceController(Pages pages, Related related) {
        this.pages = pages;
        this.related = related;
    }

    @QueryMapping
    Connection<Control> controls(@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
        return pages.fetch("queries/controls", PageRequest.of(first, after, selection), Control.class);
    }

    @QueryMapping
    Connection<Risk> risks(@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
        return pages.fetch("queries/risks", PageRequest.of(first, after, selection), Risk.class);
    }

    @BatchMapping(typeName = "Control")
    Map<Control, List<Evidence>> evidence(List<Control> controls) {
        return related.many(controls, NodeLabel.CONTROL, RelType.EVIDENCES, IN, Evidence.class);
    }

    @BatchMapping(typeName = "Control")
    Map<Control, List<Ownership>> owners(List<Control> controls) {
        return related.owners(controls, NodeLabel.CONTROL);
    }

    @BatchMapping(typeName = "Control")
    Map<Control, List<GraphNode>> appliesTo(List<Control> controls) {
        return related.many(controls, NodeLabel.CONTROL, RelType.APPLIES_TO, OUT, GraphNode.class);
    }

    @BatchMapping(typeName = "Evidence")
    Map<Evidence, List<Control>> controls(List<Evidence> evidence) {
        return related.many(evidence, NodeLabel.EVIDENCE, RelType.EVIDENCES, OUT, Control.class);
    }

    @BatchMapping(typeName = "Risk")
    Map<Risk, List<AiSystem>> affects(List<Risk> risks) {
        return related.many(risks, NodeLabel.RISK, RelType.AFFECTS, OUT, AiSystem.class);
    }

    @BatchMapping(typeName = "Risk")
    Map<Risk, List<Control>> treatedBy(List<Risk> risks) {
        return related.many(risks, NodeLabel.RISK, RelType.TREATED_BY, OUT, Control.class);
    }

    @BatchMapping(typeName = "Risk", field = "owners")
    Map<Risk, List<Ownership>> riskOwners(List<Risk> risks) {
        return related.owners(risks, NodeLabel.RISK);
    }
}
