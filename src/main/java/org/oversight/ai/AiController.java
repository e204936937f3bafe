package org.oversight.ai;

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
import org.oversight.model.Agent;
import org.oversight.model.AiSystem;
import org.oversight.model.Approval;
import org.oversight.model.Dataset;
import org.oversight.model.Human;
import org.oversight.model.Identity;
import org.oversight.model.Model;
import org.oversight.model.Ownership;
import org.oversight.model.Risk;
import org.oversight.model.Vendor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** AI systems, their agents and models, and who oversees and approved them. */
@Controller
class AiController {

    private final Pages pages;
    private final Related related;

    AiController(Pages pages, Related related) {
        this.pages = pages;
        this.related = related;
    }

    @QueryMapping
    Connection<AiSystem> aiSystems(@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
        return pages.fetch("queries/ai-systems", PageRequest.of(first, after, selection), AiSystem.class);
    }

    @QueryMapping
    Connection<Agent> agents(@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
        return pages.fetch("queries/agents", PageRequest.of(first, after, selection), Agent.class);
    }

    @QueryMapping
    Connection<Model> models(@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
        return pages.fetch("queries/models", PageRequest.of(first, after, selection), Model.class);
    }

    /** Every class it carries; systems that record one class carry that one. */
    @SchemaMapping(typeName = "AiSystem")
    List<String> euRiskClasses(AiSystem system) {
        return system.riskClasses();
    }

    @BatchMapping(typeName = "AiSystem")
    Map<AiSystem, List<Agent>> agents(List<AiSystem> systems) {
        return related.many(systems, NodeLabel.AI_SYSTEM, RelType.PART_OF, IN, Agent.class);
    }

    @BatchMapping(typeName = "AiSystem")
    Map<AiSystem, List<Model>> models(List<AiSystem> systems) {
        return related.many(systems, NodeLabel.AI_SYSTEM, RelType.USES_MODEL, OUT, Model.class);
    }

    @BatchMapping(typeName = "AiSystem")
    Map<AiSystem, List<Vendor>> vendors(List<AiSystem> systems) {
        return related.many(systems, NodeLabel.AI_SYSTEM, RelType.SUPPLIED_BY, OUT, Vendor.class);
    }

    @BatchMapping(typeName = "AiSystem")
    Map<AiSystem, List<Ownership>> owners(List<AiSystem> systems) {
        return related.owners(systems, NodeLabel.AI_SYSTEM);
    }

    @BatchMapping(typeName = "AiSystem")
    Map<AiSystem, List<Human>> overseers(List<AiSystem> systems) {
        return related.many(systems, NodeLabel.AI_SYSTEM, RelType.OVERSEEN_BY, OUT, Human.class);
    }

    @BatchMapping(typeName = "AiSystem")
    Map<AiSystem, List<Approval>> approvals(List<AiSystem> systems) {
        return related.approvals(systems);
    }

    @BatchMapping(typeName = "AiSystem")
    Map<AiSystem, List<Risk>> risks(List<AiSystem> systems) {
        return related.many(systems, NodeLabel.AI_SYSTEM, RelType.AFFECTS, IN, Risk.class);
    }

    @BatchMapping(typeName = "Agent")
    Map<Agent, AiSystem> aiSystem(List<Agent> agents) {
        return related.one(agents, NodeLabel.AGENT, RelType.PART_OF, OUT, AiSystem.class);
    }

    @BatchMapping(typeName = "Agent")
    Map<Agent, List<Identity>> identities(List<Agent> agents) {
        return related.many(agents, NodeLabel.AGENT, RelType.ACTS_AS, OUT, Identity.class);
    }

    @BatchMapping(typeName = "Agent")
    Map<Agent, List<Human>> onBehalfOf(List<Agent> agents) {
        return related.many(agents, NodeLabel.AGENT, RelType.ACTS_ON_BEHALF_OF, OUT, Human.class);
    }

    @BatchMapping(typeName = "Agent", field = "models")
    Map<Agent, List<Model>> agentModels(List<Agent> agents) {
        return related.many(agents, NodeLabel.AGENT, RelType.USES_MODEL, OUT, Model.class);
    }

    @BatchMapping(typeName = "Agent", field = "owners")
    Map<Agent, List<Ownership>> agentOwners(List<Agent> agents) {
        return related.owners(agents, NodeLabel.AGENT);
    }

    @BatchMapping(typeName = "Model")
    Map<Model, List<Dataset>> datasets(List<Model> models) {
        return related.many(models, NodeLabel.MODEL, RelType.TRAINED_ON, OUT, Dataset.class);
    }

    @BatchMapping(typeName = "Model", field = "vendors")
    Map<Model, List<Vendor>> modelVendors(List<Model> models) {
        return related.many(models, NodeLabel.MODEL, RelType.SUPPLIED_BY, OUT, Vendor.class);
    }

    @BatchMapping(typeName = "Model", field = "owners")
    Map<Model, List<Ownership>> modelOwners(List<Model> models) {
        return related.owners(models, NodeLabel.MODEL);
    }
}
