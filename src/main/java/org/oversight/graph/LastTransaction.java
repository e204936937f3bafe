package org.oversight.graph;

/**
 * The id of the last transaction the database committed: it moves with every write, from
 * Oversight or from anyone else. Only the embedded database is asked (through its kernel); with
 * an external server there is no such bean.
 */
@FunctionalInterface
public interface LastTransaction {

    long id();
}
