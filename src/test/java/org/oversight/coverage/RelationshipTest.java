package org.oversight.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.coverage.Relationship.*;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The composition table of DESIGN 3, every cell. */
class RelationshipTest {

    /** Rows: A's relationship to B; columns: B's to C; cells: A's to C. */
    private static final Relationship[] ORDER = {EQUAL, SUBSET_OF, SUPERSET_OF, INTERSECTS_WITH, NOT_RELATED, RELATED,
            INDETERMINATE};
    private static final Relationship[][] TABLE = {
            // EQUAL         SUBSET_OF        SUPERSET_OF      INTERSECTS_WITH  NOT_RELATED      RELATED          INDETERMINATE
            {EQUAL,          SUBSET_OF,       SUPERSET_OF,     INTERSECTS_WITH, NOT_RELATED,     RELATED,         INDETERMINATE}, // EQUAL
            {SUBSET_OF,      SUBSET_OF,       INDETERMINATE,   INDETERMINATE,   INDETERMINATE,   RELATED,         INDETERMINATE}, // SUBSET_OF
            {SUPERSET_OF,    INTERSECTS_WITH, SUPERSET_OF,     INTERSECTS_WITH, INDETERMINATE,   RELATED,         INDETERMINATE}, // SUPERSET_OF
            {INTERSECTS_WITH, INTERSECTS_WITH, INDETERMINATE,  INDETERMINATE,   INDETERMINATE,   RELATED,         INDETERMINATE}, // INTERSECTS_WITH
            {NOT_RELATED,    INDETERMINATE,   INDETERMINATE,   INDETERMINATE,   INDETERMINATE,   INDETERMINATE,   INDETERMINATE}, // NOT_RELATED
            {RELATED,        RELATED,         RELATED,         RELATED,         INDETERMINATE,   RELATED,         INDETERMINATE}, // RELATED
            {INDETERMINATE,  INDETERMINATE,   INDETERMINATE,   INDETERMINATE,   INDETERMINATE,   INDETERMINATE,   INDETERMINATE}, // INDETERMINATE
    };

    @Test
    void everyCompositionIsAsTheTableSays() {
        for (int row = 0; row < ORDER.length; row++) {
            for (int column = 0; column < ORDER.length; column++) {
                assertThat(ORDER[row].then(ORDER[column]))
                        .as("%s then %s", ORDER[row], ORDER[column]).isEqualTo(TABLE[row][column]);
            }
        }
    }

    @Test
    void theInverseSwapsSubsetAndSupersetOnly() {
        Map<Relationship, Relationship> inverse = new EnumMap<>(Relationship.class);
        for (Relationship r : Relationship.values()) {
            inverse.put(r, r.inverse());
            assertThat(r.inverse().inverse()).isEqualTo(r);
        }
        assertThat(inverse).containsEntry(SUBSET_OF, SUPERSET_OF).containsEntry(SUPERSET_OF, SUBSET_OF)
                .containsEntry(EQUAL, EQUAL).containsEntry(INTERSECTS_WITH, INTERSECTS_WITH).containsEntry(RELATED, RELATED);
    }

    @Test
    void onlyEqualAndSupersetCanMakeARequirementFull() {
        assertThat(EQUAL.coverage()).isEqualTo(Coverage.Status.FULL);
        assertThat(SUPERSET_OF.coverage()).isEqualTo(Coverage.Status.FULL);
        assertThat(SUBSET_OF.coverage()).isEqualTo(Coverage.Status.PARTIAL);
        assertThat(INTERSECTS_WITH.coverage()).isEqualTo(Coverage.Status.PARTIAL);
        assertThat(RELATED.coverage()).isEqualTo(Coverage.Status.PARTIAL);
        assertThat(INDETERMINATE.coverage()).isEqualTo(Coverage.Status.GAP);
        assertThat(NOT_RELATED.coverage()).isEqualTo(Coverage.Status.GAP);
    }
}
