package org.oversight.graph;

/**
 * What one import did to the nodes of one label or the relationships of one type.
 *
 * @param stale   nodes of the source that a full snapshot no longer contains (marked, never deleted)
 * @param removed relationships of the source that a full snapshot no longer contains (deleted)
 */
public record ChangeCounts(long created, long updated, long unchanged, long stale, long removed) {

    public static final ChangeCounts NONE = new ChangeCounts(0, 0, 0, 0, 0);

    public ChangeCounts plus(ChangeCounts other) {
        return new ChangeCounts(created + other.created, updated + other.updated, unchanged + other.unchanged,
                stale + other.stale, removed + other.removed);
    }

    /** Whether anything but the last-seen stamps changed. */
    public boolean changedAnything() {
        return created + updated + stale + removed > 0;
    }
}
