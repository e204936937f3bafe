package org.oversight.graph;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link Neo4jStartupException} into Spring Boot's "APPLICATION FAILED TO START" report. */
class Neo4jStartupFailureAnalyzer extends AbstractFailureAnalyzer<Neo4jStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, Neo4jStartupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
