package org.oversight.coverage;

import java.util.Optional;

/**
 * NIST IR 8477 set-theory relationships between two elements A and B ("A relationship B"), plus
 * RELATED for concept links that state no type and INDETERMINATE for compositions that cannot be
 * told. Only one direction of a link is stored; {@link #inverse()} gives the other.
 */
public enum Relationship {
    /** A and B are the same. */
    EQUAL,
    /** A is inside B: B asks for more. */
    SUBSET_OF,
    /** A contains B: A does all of B and more. */
    SUPERSET_OF,
    /** A and B share something, neither contains the other. */
    INTERSECTS_WITH,
    /** A and B have nothing in common. */
    NOT_RELATED,
    /** An untyped concept link: navigable, never more than partial coverage. */
    RELATED,
    /** A composition the table cannot decide: shown for review, never counted. */
    INDETERMINATE;

    public Relationship inverse() {
        return switch (this) {
            case SUBSET_OF -> SUPERSET_OF;
            case SUPERSET_OF -> SUBSET_OF;
            default -> this;
        };
    }

    /**
     * A's relationship to C, knowing A's to B ({@code this}) and B's to C ({@code next}). EQUAL is
     * the identity; SUBSET and SUPERSET chain with themselves; a superset of B meets C when B meets
     * C; everything else is INDETERMINATE. Untyped links stay untyped: RELATED.
     */
    public Relationship then(Relationship next) {
        if (this == INDETERMINATE || next == INDETERMINATE) {
            return INDETERMINATE;
        }
        if (this == EQUAL) {
            return next;
        }
        if (next == EQUAL) {
            return this;
        }
        if (this == RELATED || next == RELATED) {
            return this == NOT_RELATED || next == NOT_RELATED ? INDETERMINATE : RELATED;
        }
        if (this == next && (this == SUBSET_OF || this == SUPERSET_OF)) {
            return this;
        }
        if ((this == SUPERSET_OF && (next == SUBSET_OF || next == INTERSECTS_WITH))
                || (this == INTERSECTS_WITH && next == SUBSET_OF)) {
            return INTERSECTS_WITH;
        }
        return INDETERMINATE;
    }

    /** What a control in this relationship to a requirement contributes to its coverage. */
    public Coverage.Status coverage() {
        return switch (this) {
            case EQUAL, SUPERSET_OF -> Coverage.Status.FULL;
            case SUBSET_OF, INTERSECTS_WITH, RELATED -> Coverage.Status.PARTIAL;
            case NOT_RELATED, INDETERMINATE -> Coverage.Status.GAP;
        };
    }

    public static Optional<Relationship> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
