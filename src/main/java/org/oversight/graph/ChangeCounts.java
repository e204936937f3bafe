package org.oversight.graph;

/**
 * What one import did to the nodes of one label or the relationships of one type.
 *
 * @param stale   nodes of the source that a full snapshot no longer contains (marked, never deleted)
 * @param deleted stale nodes past the snapshot's grace period, now marked deleted (still kept)
 * @param removed relationships of the source that a full snapshot no longer contains (deleted)
 */
public record ChangeCounts(long created, long updated, long unchanged, long stale, long deleted, long removed) {

    public static final ChangeCounts NONE = new ChangeCounts(0, 0, 0, 0, 0, 0);

    public static ChangeCounts written(long created, long updated, long unchanged) {
        return new ChangeCounts(created, updated, unchanged, 0, 0, 0);
    }

    public ChangeCounts plus(ChangeCounts other) {
        return new ChangeCounts(created + other.created, updated + other.updated, unchanged + other.unchanged,
                stale + other.stale, deleted + other.deleted, removed + other.removed);
    }

    /** Whether anything but the last-seen stamps changed. */
    public boolean changedAnything() {
        return created + updated + stale + deleted + removed > 0;
    }
}
