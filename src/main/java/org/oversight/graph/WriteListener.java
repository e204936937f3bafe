package org.oversight.graph;

/** Told of every write the graph writer makes, inside its transaction: the audit trail listens. */
public interface WriteListener {

    void written(ImportReport report);
}
