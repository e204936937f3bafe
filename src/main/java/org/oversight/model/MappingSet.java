package org.oversight.model;

/** A crosswalk: a set of typed links between the requirements of two frameworks, with its provenance. */
public record MappingSet(String id, Provenance provenance, String name, String fromFramework, String toFramework,
        String provider, String method, String status, String licence, String sourceUri, String description)
        implements GraphNode {

    static MappingSet from(String id, Props p) {
        return new MappingSet(id, Provenance.of(p), p.string("name"), p.string("fromFramework"),
                p.string("toFramework"), p.string("provider"), p.string("method"), p.string("status"),
                p.string("licence"), p.string("sourceUri"), p.string("description"));
    }
}
