package org.oversight.accountability;

import java.util.List;

import org.oversight.model.GraphNode;
import org.oversight.model.Human;

/** One path from a subject to the people accountable for it, and how it ends. */
public record Chain(Status status, String reason, List<Hop> hops, GraphNode brokenAt, Human accountable, Human approver) {

    /** How a chain ends: COMPLETE, or the first break, in the order the walk meets them. */
    public enum Status {
        COMPLETE, NO_IDENTITY, NO_AGENT, NO_AI_SYSTEM, NO_OWNER, OWNER_LEFT, OWNER_INACTIVE, NO_HUMAN, NO_APPROVER,
        APPROVER_IS_OWNER, APPROVER_LEFT
    }

    /** One step: the node reached, over which relationship, walked which way, from which node. */
    public record Hop(GraphNode node, String relationship, String direction, String from, String role, String source) {

        static Hop start(GraphNode node) {
            return new Hop(node, null, null, null, null, null);
        }
    }

    /** Who answers for a subject: every chain, broken ones first; the top-level fields are the first chain's. */
    public record Accountability(GraphNode subject, List<Chain> chains) {

        public Status status() {
            return chains.stream().allMatch(c -> c.status() == Status.COMPLETE) ? Status.COMPLETE : chains.getFirst().status();
        }

        public String reason() {
            return chains.getFirst().reason() + (chains.size() > 1 ? " (" + chains.size() + " chains)" : "");
        }

        public List<Hop> hops() {
            return chains.getFirst().hops();
        }

        public GraphNode brokenAt() {
            return chains.getFirst().brokenAt();
        }

        public Human accountable() {
            return chains.getFirst().accountable();
        }

        public Human approver() {
            return chains.getFirst().approver();
        }
    }
}
