package org.oversight.applicability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.oversight.graph.NodeLabel;
import org.oversight.graph.PropertyDomains;
import org.oversight.model.AiSystem;
import org.oversight.model.Requirement;

/**
 * How a requirement applies in a scope: whether it binds the AI system for certain or only under a
 * condition the system does not record, from when, and why in one line. The one place where risk
 * classes, roles, conditions and dates of application are read.
 *
 * @param status      APPLIES, or UNCONFIRMED while a condition cannot be told
 * @param appliesFrom the date from which it applies to this system; null when none is stated
 * @param reason      whom it binds, under which conditions, and what is not recorded
 */
public record Applicability(Status status, LocalDate appliesFrom, String reason) {

    public enum Status { APPLIES, UNCONFIRMED }

    /** Separates the conditions of one alternative in a catalog's {@code appliesWhen}. */
    public static final String AND = " and ";

    /** How many operator roles there are: a requirement listing them all binds every operator. */
    private static final int ALL_ROLES = PropertyDomains.allowed(NodeLabel.AI_SYSTEM, "role").size();

    /**
     * How the requirement applies to the system, or empty when it does not: a public body's duty,
     * another risk class or role, or conditions the system is recorded not to meet. A null system
     * is the organisation as a whole, where every operator obligation applies.
     */
    public static Optional<Applicability> of(Requirement requirement, AiSystem system) {
        if (!requirement.operatorObligation()) {
            return Optional.empty();
        }
        if (system == null) {
            return Optional.of(new Applicability(Status.APPLIES, requirement.appliesFrom(), binds(requirement)));
        }
        List<String> unknown = new ArrayList<>();
        List<String> classes = requirement.appliesToRiskClasses();
        if (classes != null) {
            if (system.riskClasses().isEmpty()) {
                unknown.add("euRiskClass");
            } else if (system.riskClasses().stream().noneMatch(classes::contains)) {
                return Optional.empty();
            }
        }
        List<String> roles = requirement.appliesToRoles();
        if (roles != null) {
            if (system.role() == null) {
                unknown.add("role");
            } else if (!roles.contains(system.role())) {
                return Optional.empty();
            }
        }
        if (requirement.appliesWhen() != null) {
            Boolean holds = false;
            Set<Condition> untold = new LinkedHashSet<>();
            for (String alternative : requirement.appliesWhen()) {
                Boolean all = true;
                for (Condition condition : conjunction(alternative)) {
                    Boolean value = condition.holdsFor(system);
                    if (value == null) {
                        untold.add(condition);
                    }
                    all = and(all, value);
                }
                holds = or(holds, all);
            }
            if (Boolean.FALSE.equals(holds)) {
                return Optional.empty();
            }
            if (holds == null) {
                untold.stream().map(Condition::recordedAs).distinct().forEach(unknown::add);
            }
        }
        LocalDate from = requirement.appliesFromAnnexI() != null && "ANNEX_I".equals(system.highRiskBasis())
                ? requirement.appliesFromAnnexI() : requirement.appliesFrom();
        String binds = binds(requirement);
        return Optional.of(unknown.isEmpty() ? new Applicability(Status.APPLIES, from, binds)
                : new Applicability(Status.UNCONFIRMED, from, binds + "; unconfirmed until the system records its "
                        + list(unknown.stream().distinct().toList(), "and")));
    }

    /**
     * How a requirement applies where a steward decided that it does (setApplicability), whatever
     * its tags say; a public body's duty still binds no operator.
     */
    public static Optional<Applicability> decided(Requirement requirement, AiSystem system, String justification) {
        if (!requirement.operatorObligation()) {
            return Optional.empty();
        }
        LocalDate from = of(requirement, system).map(Applicability::appliesFrom).orElse(requirement.appliesFrom());
        return Optional.of(new Applicability(Status.APPLIES, from, "Applies by decision"
                + (justification == null ? "" : ": " + justification)));
    }

    /** The conditions of one alternative, e.g. "PUBLIC_BODY and INTERACTS_WITH_PEOPLE". */
    public static List<Condition> conjunction(String alternative) {
        return Arrays.stream(alternative.split(AND)).map(String::strip).map(Condition::valueOf).toList();
    }

    /** "Binds providers of HIGH systems, if its provider is established outside the Union". */
    static String binds(Requirement requirement) {
        List<String> roles = requirement.appliesToRoles();
        String who = roles == null || roles.size() == ALL_ROLES ? "every operator"
                : list(roles.stream().map(role -> role.toLowerCase(Locale.ROOT) + "s").toList(), "and");
        String of = requirement.appliesToRiskClasses() == null ? "" : " of " + String.join(", ", requirement.appliesToRiskClasses())
                + " systems";
        String when = requirement.appliesWhen() == null ? "" : ", if " + requirement.appliesWhen().stream()
                .map(alternative -> conjunction(alternative).stream().map(Condition::description)
                        .collect(Collectors.joining(" and ")))
                .collect(Collectors.joining(", or "));
        return "Binds " + who + of + when;
    }

    /** "a, b and c". */
    private static String list(List<String> items, String conjunction) {
        return items.size() == 1 ? items.getFirst()
                : String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.getLast();
    }

    private static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return false;
        }
        return a == null || b == null ? null : true;
    }

    private static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return true;
        }
        return a == null || b == null ? null : false;
    }
}
