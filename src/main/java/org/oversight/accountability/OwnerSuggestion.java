package org.oversight.accountability;

import java.util.List;

import org.oversight.model.GraphNode;

/** A candidate owner (a human or a team) with its score and the reasons for it, strongest first. */
public record OwnerSuggestion(GraphNode owner, double score, List<Reason> reasons) {

    /** One reason; {@code via} is the node it goes through (a departed owner, an AI system ...), if any. */
    public record Reason(Kind kind, String detail, GraphNode via) {
    }

    /** Kinds of reason with how strongly each points at the candidate on its own. */
    public enum Kind {
        TAG(0.8), SOURCE_OWNER(0.8), IDENTITY_OWNER(0.7), CREATOR(0.6), CO_OWNER(0.6), AI_SYSTEM_OWNER(0.5),
        MANAGER_OF_DEPARTED_OWNER(0.5), TEAM_OF_DEPARTED_OWNER(0.4), TEAM_OF_CO_OWNED(0.3);

        final double weight;

        Kind(double weight) {
            this.weight = weight;
        }
    }
}
