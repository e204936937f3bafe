package org.oversight.model;

import java.util.List;

/** A permission policy, summarised. */
public record Policy(String id, Provenance provenance, String name, String provider, Boolean privileged,
        List<String> actions) implements GraphNode {

    static Policy from(String id, Props p) {
        return new Policy(id, Provenance.of(p), p.string("name"), p.string("provider"), p.bool("privileged"),
                p.strings("actions"));
    }
}
