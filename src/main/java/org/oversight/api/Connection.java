package org.oversight.api;

import java.util.List;

/** A page of a cursor connection, as the schema's {@code XxxConnection} types describe it. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }
}
