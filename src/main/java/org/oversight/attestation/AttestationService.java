package org.oversight.attestation;

import static org.oversight.graph.CypherClient.parameters;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.oversight.accountability.OwnerSuggestion;
import org.oversight.accountability.OwnershipSuggestions;
import org.oversight.api.Connection;
import org.oversight.api.InvalidInputException;
import org.oversight.api.NotFoundException;
import org.oversight.api.PageRequest;
import org.oversight.api.References;
import org.oversight.attestation.AttestationInputs.AttestInput;
import org.oversight.attestation.AttestationInputs.AttestationScopeInput;
import org.oversight.attestation.AttestationInputs.StartAttestationCampaignInput;
import org.oversight.findings.Finding;
import org.oversight.findings.FindingFilter;
import org.oversight.findings.FindingService;
import org.oversight.graph.CypherClient;
import org.oversight.graph.CypherQueries;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.RelType;
import org.oversight.graph.StewardWrites;
import org.oversight.model.GraphNode;
import org.oversight.model.GraphNodes;
import org.oversight.model.Human;
import org.oversight.model.Identity;
import org.oversight.model.Props;
import org.oversight.security.Caller;
import org.oversight.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.oversight.model.Credential;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attestation campaigns: owner-routed reviews of accountable ownership. A campaign makes one item per
 * subject in scope and accountable owner, in the queue of whoever should answer; a decision is written
 * back to the graph in the same transaction as the item.
 */
@Service
@Transactional
public class AttestationService {

    public enum Decision { KEEP, REVOKE, REASSIGN }

    /** The items of one reviewer; {@code reviewer} null when nobody could be found. */
    public record Queue(GraphNode reviewer, List<Attestation> items) {
        public int pending() {
            return (int) items.stream().filter(item -> "PENDING".equals(item.status())).count();
        }
    }

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final List<NodeLabel> OWNERS = List.of(NodeLabel.HUMAN, NodeLabel.TEAM);

    private final CypherClient cypher;
    private final CypherQueries queries;
    private final StewardWrites stewards;
    private final References references;
    private final FindingService findings;
    private final OwnershipSuggestions suggestions;
    private final Clock clock;

    AttestationService(CypherClient cypher, CypherQueries queries, StewardWrites stewards, References references,
            FindingService findings, OwnershipSuggestions suggestions, Clock clock) {
        this.cypher = cypher;
        this.queries = queries;
        this.stewards = stewards;
        this.references = references;
        this.findings = findings;
        this.suggestions = suggestions;
        this.clock = clock;
    }

    AttestationCampaign start(StartAttestationCampaignInput input) {
        OffsetDateTime now = now();
        if (!input.dueAt().isAfter(now)) {
            throw new InvalidInputException("input.dueAt", "must lie in the future, was " + input.dueAt());
        }
        AttestationScopeInput scope = input.scope();
        long given = Stream.of(scope.rule(), scope.aiSystem(), scope.provider(), Boolean.TRUE.equals(scope.everything()) ? true : null)
                .filter(field -> field != null).count();
        if (given != 1) {
            throw new InvalidInputException("input.scope", "give exactly one of rule, aiSystem, provider or everything: true");
        }
        List<String> subjects;
        String described;
        if (scope.rule() != null) {
            if (findings.rules().stream().noneMatch(rule -> rule.id().equals(scope.rule()))) {
                throw new InvalidInputException("input.scope.rule", "no finding rule '" + scope.rule() + "'");
            }
            subjects = findings.findings(new FindingFilter(scope.rule(), null, null, null, null)).stream()
                    .map(Finding::subjectElementId).distinct().toList();
            described = "rule " + scope.rule();
        } else if (scope.aiSystem() != null) {
            references.require("input.scope.aiSystem", scope.aiSystem(), NodeLabel.AI_SYSTEM);
            subjects = elementIds("queries/attestation/scope-ai-system", Map.of("aiSystem", scope.aiSystem()));
            described = "AI system " + scope.aiSystem();
        } else if (scope.provider() != null) {
            subjects = elementIds("queries/attestation/scope-provider", Map.of("provider", scope.provider()));
            described = "provider " + scope.provider();
        } else {
            subjects = elementIds("queries/attestation/scope-everything", Map.of());
            described = "everything";
        }
        if (subjects.isEmpty()) {
            throw new InvalidInputException("input.scope", "nothing to review in " + described);
        }

        String id = "campaign:" + now.format(ID_TIME) + "-" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
        List<Map<String, Object>> items = new ArrayList<>();
        List<Record> rows = cypher.list(queries.get("queries/attestation/reviewers"), Map.of("elementIds", subjects), r -> r);
        List<String> unowned = rows.stream().filter(r -> r.get("owner").isNull()).map(r -> r.get("elementId").asString()).toList();
        Map<String, List<OwnerSuggestion>> routes = unowned.isEmpty() ? Map.of()
                : suggestions.forSubjects(unowned, List.of(), 1);
        for (Record row : rows) {
            String reviewer = row.get("reviewer").asString(null);
            if (row.get("owner").isNull()) {
                reviewer = routes.getOrDefault(row.get("elementId").asString(), List.of()).stream().findFirst()
                        .map(best -> references.require("reviewer", best.owner().id(), OWNERS).elementId()).orElse(null);
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", id + ":" + String.format("%05d", items.size() + 1));
            item.put("subject", row.get("elementId").asString());
            item.put("owner", row.get("owner").asString(null));
            item.put("reviewer", reviewer);
            items.add(item);
        }
        cypher.run(queries.get("mutations/start-campaign"), parameters("id", id, "name", input.name().strip(),
                "scope", described, "dueAt", input.dueAt(), "now", now, "items", items));
        return campaigns(List.of(id)).getFirst();
    }

    Attestation attest(AttestInput input) {
        Record item = cypher.first(queries.get("queries/attestation/item"), Map.of("id", input.attestation()), r -> r)
                .orElseThrow(() -> new NotFoundException("input.attestation", "review item", input.attestation()));
        String status = item.get("a").asNode().get("status").asString();
        if (!"PENDING".equals(status)) {
            throw new InvalidInputException("input.attestation", "was already decided (" + status + ")");
        }
        Decision decision;
        try {
            decision = Decision.valueOf(input.decision());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("input.decision", "is KEEP, REVOKE or REASSIGN, was " + input.decision());
        }
        References.Found by = decider(input, item);
        String subject = item.get("subject").asString();
        String owner = item.get("owner").asString(null);
        GraphNode subjectNode = GraphNodes.toRecord(item.get("s").asNode());
        OffsetDateTime now = now();
        String newOwner = null;
        switch (decision) {
            case KEEP -> {
                if (owner == null) {
                    throw new InvalidInputException("input.decision", subjectNode.id()
                            + " has no accountable owner to keep; REASSIGN names one");
                }
                cypher.run(queries.get("mutations/attest-keep"), parameters("subject", subject, "owner", owner,
                        "by", by.node().id(), "now", now));
            }
            case REVOKE -> {
                if (!(subjectNode instanceof Identity || subjectNode instanceof Credential)) {
                    throw new InvalidInputException("input.decision", "REVOKE applies to identities and credentials; "
                            + subjectNode.id() + " is neither (KEEP or REASSIGN it)");
                }
                cypher.run(queries.get("mutations/attest-revoke"), parameters("subject", subject, "by", by.node().id(),
                        "now", now));
            }
            case REASSIGN -> {
                if (input.newOwner() == null) {
                    throw new InvalidInputException("input.newOwner", "REASSIGN needs the new accountable owner");
                }
                References.Found successor = references.require("input.newOwner", input.newOwner(), OWNERS);
                if (!active(successor.node())) {
                    throw new InvalidInputException("input.newOwner", "'" + input.newOwner()
                            + "' is not active; an active human or a team with active people takes ownership");
                }
                newOwner = successor.elementId();
                cypher.run(queries.get("mutations/attest-reassign"), parameters("subject", subject, "owner", owner));
                stewards.claim(RelType.OWNED_BY, subject, newOwner, Map.of("source", "DECLARED", "role", "ACCOUNTABLE"),
                        Map.of("since", now), Map.of("confidence", 1.0, "attestedAt", now, "attestedBy", by.node().id()), now);
            }
        }
        cypher.run(queries.get("mutations/attest-decide"), parameters("id", input.attestation(),
                "status", switch (decision) { case KEEP -> "KEPT"; case REVOKE -> "REVOKED"; case REASSIGN -> "REASSIGNED"; },
                "decidedBy", by.elementId(), "newOwner", newOwner, "comment", input.comment(), "now", now));
        return page(input.attestation(), null, null, null, PageRequest.of(1, null), null).nodes().getFirst();
    }

    /**
     * The human deciding. A token that names a human decides as that human, and without the
     * STEWARD role only items in their own queue (or their team's); stewards may name anyone
     * ({@code by}) and default to the reviewer, or a reviewing team's active lead.
     */
    private References.Found decider(AttestInput input, Record item) {
        Caller caller = Caller.current();
        boolean steward = caller.may(Role.STEWARD);
        String by = input.by();
        if (caller.human() != null && (by == null || !steward)) {
            if (by != null && !by.equalsIgnoreCase(caller.human())) {
                throw new AccessDeniedException("this token acts for " + caller.human() + " and may not decide as " + by);
            }
            by = caller.human();
        }
        if (!steward) {
            if (by == null) {
                throw new AccessDeniedException("deciding review items needs the STEWARD role or a token that names its human");
            }
            boolean own = cypher.first(queries.get("queries/attestation/reviewer-of"), Map.of("id", input.attestation(),
                    "human", by), r -> r.get("own").asBoolean()).orElse(false);
            if (!own) {
                throw new AccessDeniedException(input.attestation() + " is not in the queue of " + by + " or of a team of theirs");
            }
        }
        if (by == null) {
            Value reviewer = item.get("r");
            if (!reviewer.isNull() && reviewer.asNode().hasLabel(NodeLabel.HUMAN.cypherName())) {
                by = reviewer.asNode().get("id").asString();
            } else {
                by = item.get("teamLead").asString(null);
            }
        }
        if (by == null) {
            throw new InvalidInputException("input.by", "the item has no reviewer who could decide; name the active human who does");
        }
        References.Found found = references.require("input.by", by, NodeLabel.HUMAN);
        if (!active(found.node())) {
            throw new InvalidInputException("input.by", "'" + by + "' is " + ((Human) found.node()).status()
                    + "; only an active human decides");
        }
        return found;
    }

    private boolean active(GraphNode owner) {
        if (owner instanceof Human human) {
            return "ACTIVE".equals(human.status());
        }
        return cypher.first("""
                MATCH (t:Team {id: $id})
                RETURN EXISTS { (t)-[:LED_BY|MEMBER_OF]-(:Human {status: 'ACTIVE'}) } AS active
                """, Map.of("id", owner.id()), r -> r.get("active").asBoolean()).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<AttestationCampaign> campaigns(List<String> ids) {
        return cypher.list(queries.get("queries/attestation/campaigns"), parameters("ids", ids), r -> {
            var c = new Props(r.get("c").asMap());
            return new AttestationCampaign(r.get("c").get("id").asString(), c.string("name"), c.string("scope"),
                    c.time("startedAt"), c.time("dueAt"), r.get("items").asInt(), r.get("pending").asInt());
        });
    }

    /** Review items; a token that names a human sees that human's queue unless it asks for another owner. */
    @Transactional(readOnly = true)
    public Connection<Attestation> items(String owner, String campaign, String status, Integer first, String after) {
        String whose = owner != null ? owner : Caller.current().human();
        return page(null, whose, campaign, status, PageRequest.of(first, after), null);
    }

    /** Every item of a campaign, one queue per reviewer, the unassigned queue last. */
    @Transactional(readOnly = true)
    public List<Queue> queues(String campaign) {
        Map<String, Queue> byReviewer = new LinkedHashMap<>();
        String after = null;
        boolean more = true;
        while (more) {
            Connection<Attestation> page = page(null, null, campaign, null, PageRequest.of(PageRequest.MAX_PAGE_SIZE, null), after);
            for (Attestation item : page.nodes()) {
                String key = item.reviewer() == null ? "~" : item.reviewer().id();
                byReviewer.computeIfAbsent(key, k -> new Queue(item.reviewer(), new ArrayList<>())).items().add(item);
            }
            more = page.pageInfo().hasNextPage();
            after = page.nodes().isEmpty() ? null : page.nodes().getLast().id();
        }
        return byReviewer.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /** A page of items matching the filters (null = any), ordered by id. */
    private Connection<Attestation> page(String id, String owner, String campaign, String status, PageRequest request,
            String afterId) {
        Map<String, Object> p = request.parameters();
        p.put("id", id);
        p.put("owner", owner);
        p.put("campaign", campaign);
        p.put("status", status);
        if (afterId != null) {
            p.put("after", afterId);
        }
        List<Attestation> rows = new ArrayList<>();
        long[] total = {0};
        cypher.list(queries.get("queries/attestation/items"), p, r -> {
            total[0] = r.get("totalCount").asLong();
            if (!r.get("a").isNull()) {
                rows.add(toAttestation(r));
            }
            return r;
        });
        return request.toConnection(rows, total[0], Attestation::id);
    }

    private static Attestation toAttestation(Record r) {
        var a = new Props(r.get("a").asMap());
        return new Attestation(r.get("a").get("id").asString(), r.get("campaign").asString(null), node(r.get("s")),
                node(r.get("o")), node(r.get("r")), a.string("status"), a.time("dueAt"), a.time("decidedAt"),
                (Human) node(r.get("d")), node(r.get("n")), a.string("comment"));
    }

    private static GraphNode node(Value value) {
        return value.isNull() ? null : GraphNodes.toRecord(value.asNode());
    }

    private List<String> elementIds(String query, Map<String, Object> parameters) {
        return cypher.list(queries.get(query), parameters, r -> r.get("elementId").asString());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
