package org.oversight.accountability;

import java.util.List;

import org.oversight.findings.Finding;
import org.oversight.findings.Rule;
import org.oversight.model.GraphNode;
import org.oversight.model.Human;
import org.oversight.model.Team;

/** What a person's leaving would break: what becomes unowned, by kind, and every finding that would open. */
public record LeaverImpact(Human human, List<Team> teamsLeftEmpty, List<Group> groups, List<Finding> findings) {

    public int unowned() {
        return groups.stream().mapToInt(Group::count).sum();
    }

    /** The things of one kind (the GraphQL type name) that would become unowned. */
    public record Group(String kind, List<Item> items) {
        public int count() {
            return items.size();
        }
    }

    /** One thing that would become unowned, through which team if not directly, and who could take it over. */
    public record Item(GraphNode subject, Team via, List<Rule> rules, List<OwnerSuggestion> successors) {
    }
}
