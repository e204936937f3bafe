package org.oversight.model;

/** A registered risk. */
public record Risk(String id, Provenance provenance, String name, String description, Integer likelihood,
        Integer impact, String status) implements GraphNode {

    static Risk from(String id, Props p) {
        return new Risk(id, Provenance.of(p), p.string("name"), p.string("description"), p.integer("likelihood"),
                p.integer("impact"), p.string("status"));
    }
}
