package org.oversight.accountability;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oversight.accountability.Chain.Hop;
import org.oversight.accountability.Chain.Status;
import org.oversight.api.References;
import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.graph.NodeLabel;
import org.oversight.model.AiSystem;
import org.oversight.model.Credential;
import org.oversight.model.GraphNode;
import org.oversight.model.GraphNodes;
import org.oversight.model.Human;
import org.oversight.model.Identity;
import org.oversight.model.Props;
import org.oversight.model.Team;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks from a credential, identity, agent, model or AI system up what it serves (credential ->
 * identity -> agent -> AI system), then to its accountable owner, the human behind a team, and the
 * AI system's approver. Each step either climbs or, when there is nothing to climb to, the node's
 * own accountable owner closes the chain; a chain breaks at the first step that can do neither.
 */
@Service
@Transactional(readOnly = true)
public class ChainService {

    static final List<NodeLabel> SUBJECTS = List.of(NodeLabel.CREDENTIAL, NodeLabel.IDENTITY, NodeLabel.AGENT,
            NodeLabel.MODEL, NodeLabel.AI_SYSTEM);
    /** Paths are short (four hops up at most); the cap guards against fan-out, not depth. */
    static final int MAX_CHAINS = 50;

    private final CypherClient cypher;
    private final CypherQueries queries;
    private final References references;
    private final Clock clock;

    ChainService(CypherClient cypher, CypherQueries queries, References references, Clock clock) {
        this.cypher = cypher;
        this.queries = queries;
        this.references = references;
        this.clock = clock;
    }

    public Chain.Accountability chain(String subjectId) {
        References.Found subject = references.require("subject", subjectId, SUBJECTS);
        List<List<Step>> paths = new ArrayList<>();
        climb(new ArrayList<>(List.of(new Step(subject.elementId(), Hop.start(subject.node())))), paths);
        List<Chain> chains = paths.stream().map(this::evaluate)
                .sorted(Comparator.comparing((Chain c) -> c.status() == Status.COMPLETE).thenComparing(Chain::status))
                .toList();
        return new Chain.Accountability(subject.node(), chains);
    }

    private record Step(String elementId, Hop hop) {
        GraphNode node() {
            return hop.node();
        }
    }

    private void climb(List<Step> path, List<List<Step>> paths) {
        Step at = path.getLast();
        List<Step> up = cypher.list(queries.get("queries/accountability/up"), Map.of("elementId", at.elementId()), record ->
                new Step(record.get("elementId").asString(), new Hop(GraphNodes.toRecord(record.get("m").asNode()),
                        record.get("relationship").asString(), record.get("direction").asString(), at.node().id(), null, null)));
        Set<String> visited = new HashSet<>(path.stream().map(Step::elementId).toList());
        List<Step> next = up.stream().filter(step -> !visited.contains(step.elementId())).toList();
        if (next.isEmpty() || paths.size() >= MAX_CHAINS) {
            paths.add(path);
            return;
        }
        for (Step step : next) {
            List<Step> longer = new ArrayList<>(path);
            longer.add(step);
            climb(longer, paths);
        }
    }

    /** An accountable owner over the OWNED_BY claim (or, for a person's account, BELONGS_TO) that names it. */
    private record Claim(GraphNode owner, String relationship, Props claim, List<Human> leads, List<Human> members) {

        boolean counts() {
            return owner instanceof Human human ? "ACTIVE".equals(human.status())
                    : people().stream().anyMatch(h -> "ACTIVE".equals(h.status()));
        }

        boolean departed() {
            return owner instanceof Human human ? "LEAVER".equals(human.status())
                    : !people().isEmpty() && people().stream().allMatch(h -> "LEAVER".equals(h.status()));
        }

        List<Human> people() {
            List<Human> people = new ArrayList<>(leads);
            people.addAll(members);
            return people;
        }
    }

    private Chain evaluate(List<Step> path) {
        List<Hop> hops = new ArrayList<>(path.stream().map(Step::hop).toList());
        Step end = path.getLast();
        GraphNode top = end.node();
        List<Claim> claims = cypher.list(queries.get("queries/accountability/owners"), Map.of("elementId", end.elementId()),
                record -> new Claim(GraphNodes.toRecord(record.get("o").asNode()), record.get("relationship").asString(),
                        new Props(record.get("claim").asMap()),
                        record.get("leads").asList(v -> GraphNodes.toRecord(v.asNode(), Human.class)),
                        record.get("members").asList(v -> GraphNodes.toRecord(v.asNode(), Human.class))));
        if (claims.isEmpty()) {
            return nothingAbove(top, hops);
        }
        Claim chosen = claims.stream().filter(Claim::counts).findFirst().orElse(null);
        if (chosen == null) {
            Claim first = claims.getFirst();
            hops.add(ownedBy(top, first));
            if (claims.stream().allMatch(Claim::departed)) {
                return broken(Status.OWNER_LEFT, "every accountable owner of " + top.id() + " has left: " + String.join(", ",
                        claims.stream().map(c -> c.owner().id() + left(c.owner())).toList()), hops, first.owner());
            }
            Claim team = claims.stream().filter(c -> c.owner() instanceof Team && !c.departed()).findFirst().orElse(null);
            if (team != null) {
                return broken(Status.NO_HUMAN, "the team accountable for " + top.id() + ", " + team.owner().id()
                        + ", has no active lead or member", hops, team.owner());
            }
            return broken(Status.OWNER_INACTIVE, "no accountable owner of " + top.id() + " is active: " + String.join(", ",
                    claims.stream().map(c -> c.owner().id() + " is " + statusOf(c.owner())).toList()), hops, first.owner());
        }
        hops.add(ownedBy(top, chosen));
        Human accountable;
        if (chosen.owner() instanceof Human human) {
            accountable = human;
        } else {
            Human lead = chosen.leads().stream().filter(h -> "ACTIVE".equals(h.status())).findFirst().orElse(null);
            accountable = lead != null ? lead : chosen.members().stream().filter(h -> "ACTIVE".equals(h.status())).findFirst().orElseThrow();
            hops.add(new Hop(accountable, lead != null ? "LED_BY" : "MEMBER_OF", lead != null ? "OUT" : "IN",
                    chosen.owner().id(), null, null));
        }
        String answers = top.id() + " is answered for by " + accountable.id()
                + (chosen.owner() instanceof Team ? " (" + (hops.getLast().relationship().equals("LED_BY") ? "lead" : "member")
                        + " of " + chosen.owner().id() + ")" : "");
        if (!(top instanceof AiSystem)) {
            return new Chain(Status.COMPLETE, answers + "; it serves no AI system, so no approval applies", hops, null,
                    accountable, null);
        }
        return approval(end, top, claims, accountable, answers, hops);
    }

    private Chain approval(Step end, GraphNode system, List<Claim> claims, Human accountable, String answers, List<Hop> hops) {
        List<Human> approvers = cypher.list(queries.get("queries/accountability/approvals"), Map.of("elementId", end.elementId()),
                record -> GraphNodes.toRecord(record.get("h").asNode(), Human.class));
        if (approvers.isEmpty()) {
            return new Chain(Status.NO_APPROVER, answers + ", but nobody approved it", hops, system, accountable, null);
        }
        Human approver = approvers.getFirst();
        hops.add(new Hop(approver, "APPROVED_BY", "OUT", system.id(), null, null));
        boolean owner = approver.id().equals(accountable.id()) || claims.stream().anyMatch(c -> c.owner().id().equals(approver.id())
                || c.leads().stream().anyMatch(lead -> lead.id().equals(approver.id())));
        if (owner) {
            return new Chain(Status.APPROVER_IS_OWNER, answers + ", and approved by " + approver.id()
                    + ", its own accountable owner", hops, approver, accountable, approver);
        }
        if ("LEAVER".equals(approver.status())) {
            return new Chain(Status.APPROVER_LEFT, answers + ", and approved by " + approver.id() + left(approver),
                    hops, approver, accountable, approver);
        }
        return new Chain(Status.COMPLETE, answers + " and approved by " + approver.id(), hops, null, accountable, approver);
    }

    /** The walk reached a node with nothing above it and no accountable owner: the break names the missing climb. */
    private static Chain nothingAbove(GraphNode top, List<Hop> hops) {
        return switch (top) {
            case Credential c -> broken(Status.NO_IDENTITY, c.id() + " is held by no identity and has no accountable owner",
                    hops, c);
            case Identity i -> broken(Status.NO_AGENT, i.id() + " has no accountable owner, and no agent acts as it "
                    + "through which an AI system would answer for it", hops, i);
            case AiSystem s -> broken(Status.NO_OWNER, s.id() + " has no accountable owner", hops, s);
            default -> broken(Status.NO_AI_SYSTEM, top.id() + " belongs to no AI system and has no accountable owner of its own",
                    hops, top);
        };
    }

    private static Chain broken(Status status, String reason, List<Hop> hops, GraphNode at) {
        return new Chain(status, reason, hops, at, null, null);
    }

    private static Hop ownedBy(GraphNode from, Claim claim) {
        return new Hop(claim.owner(), claim.relationship(), "OUT", from.id(), claim.claim().string("role"),
                claim.claim().string("source"));
    }

    private String left(GraphNode owner) {
        if (owner instanceof Human human && human.leftAt() != null) {
            long days = Duration.between(human.leftAt(), OffsetDateTime.now(clock)).toDays();
            return " (left " + days + " days ago)";
        }
        return owner instanceof Team ? " (its people have all left)" : " (has left)";
    }

    private static String statusOf(GraphNode owner) {
        return owner instanceof Human human ? (human.status() == null ? "not known to any HR source" : human.status())
                : "a team without active people";
    }
}
