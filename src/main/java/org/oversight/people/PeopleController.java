package org.oversight.people;

import static org.oversight.api.Related.Direction.IN;
import static org.oversight.api.Related.Direction.OUT;
import static org.oversight.graph.CypherClient.parameters;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.oversight.api.Connection;
import org.oversight.api.PageRequest;
import org.oversight.api.Pages;
import org.oversight.api.Related;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.RelType;
import org.oversight.model.Human;
import org.oversight.model.Identity;
import org.oversight.model.Ownership;
import org.oversight.model.Team;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Humans and teams: who people are, whom they report to, and what they own. */
@Controller
class PeopleController {

    record HumanFilter(String status, String team) {
    }

    private final Pages pages;
    private final Related related;

    PeopleController(Pages pages, Related related) {
        this.pages = pages;
        this.related = related;
    }

    @QueryMapping
    Connection<Human> humans(@Argument Integer first, @Argument String after, @Argument HumanFilter filter, DataFetchingFieldSelectionSet selection) {
        HumanFilter f = filter == null ? new HumanFilter(null, null) : filter;
        return pages.fetch("queries/humans", PageRequest.of(first, after, selection), parameters("status", f.status(), "team", f.team()),
                Human.class);
    }

    @QueryMapping
    Connection<Team> teams(@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
        return pages.fetch("queries/teams", PageRequest.of(first, after, selection), Team.class);
    }

    @BatchMapping(typeName = "Human")
    Map<Human, List<Team>> teams(List<Human> humans) {
        return related.many(humans, NodeLabel.HUMAN, RelType.MEMBER_OF, OUT, Team.class);
    }

    @BatchMapping(typeName = "Human")
    Map<Human, Human> manager(List<Human> humans) {
        return related.one(humans, NodeLabel.HUMAN, RelType.REPORTS_TO, OUT, Human.class);
    }

    @BatchMapping(typeName = "Human")
    Map<Human, List<Human>> reports(List<Human> humans) {
        return related.many(humans, NodeLabel.HUMAN, RelType.REPORTS_TO, IN, Human.class);
    }

    @BatchMapping(typeName = "Human")
    Map<Human, List<Identity>> accounts(List<Human> humans) {
        return related.many(humans, NodeLabel.HUMAN, RelType.BELONGS_TO, IN, Identity.class);
    }

    @BatchMapping(typeName = "Human")
    Map<Human, List<Ownership>> owns(List<Human> humans) {
        return related.owned(humans, NodeLabel.HUMAN);
    }

    @BatchMapping(typeName = "Team")
    Map<Team, List<Human>> members(List<Team> teams) {
        return related.many(teams, NodeLabel.TEAM, RelType.MEMBER_OF, IN, Human.class);
    }

    @BatchMapping(typeName = "Team")
    Map<Team, Human> lead(List<Team> teams) {
        return related.one(teams, NodeLabel.TEAM, RelType.LED_BY, OUT, Human.class);
    }

    @BatchMapping(typeName = "Team", field = "owns")
    Map<Team, List<Ownership>> teamOwns(List<Team> teams) {
        return related.owned(teams, NodeLabel.TEAM);
    }
}
