package org.oversight.graph;

/**
 * A start-up failure the user can act on (data directory locked, port taken, server unreachable),
 * reported by {@link Neo4jStartupFailureAnalyzer} as one line and what to do, without a stack trace.
 */
public class Neo4jStartupException extends RuntimeException {

    private final String action;

    public Neo4jStartupException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
