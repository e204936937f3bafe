package org.oversight.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * A validated {@code first}/{@code after} pair. Pages are ordered by id and cursors carry the last
 * id seen, so paging stays stable while imports add nodes and uses the id index.
 */
public record PageRequest(int first, String afterId, boolean withTotal) {

    public static final int MAX_PAGE_SIZE = 500;
    public static final int DEFAULT_PAGE_SIZE = 50;
    private static final String PREFIX = "id:";

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("first", "must be between 0 and " + MAX_PAGE_SIZE + ", was " + size);
        }
        return new PageRequest(size, after == null ? null : decode(after), true);
    }

    /** As {@link #of(Integer, String)}, counting all matches only when the request selects {@code totalCount}. */
    public static PageRequest of(Integer first, String after, DataFetchingFieldSelectionSet selection) {
        PageRequest page = of(first, after);
        return new PageRequest(page.first(), page.afterId(), selection == null || selection.contains("totalCount"));
    }

    /**
     * Parameters every connection query takes: it fetches one row more to know whether a page
     * follows. {@code after} is '' on the first page, so {@code n.id > $after} seeks the id index
     * in order on every page; {@code withTotal} says whether to count all matches.
     */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("after", afterId == null ? "" : afterId);
        parameters.put("limit", first + 1);
        parameters.put("withTotal", withTotal);
        return parameters;
    }

    public <T> Connection<T> toConnection(List<T> rows, long totalCount, Function<T, String> id) {
        boolean hasNext = rows.size() > first;
        List<Connection.Edge<T>> edges = new ArrayList<>();
        for (T row : hasNext ? rows.subList(0, first) : rows) {
            edges.add(new Connection.Edge<>(encode(id.apply(row)), row));
        }
        String endCursor = edges.isEmpty() ? null : edges.getLast().cursor();
        return new Connection<>(edges, new Connection.PageInfo(hasNext, endCursor), totalCount);
    }

    static String encode(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + id).getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return decoded.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new InvalidInputException("after", "is not a cursor returned by this API");
    }
}
