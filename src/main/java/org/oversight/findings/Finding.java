package org.oversight.findings;

import java.util.List;

import org.oversight.api.GraphPath;
import org.oversight.model.AiSystem;
import org.oversight.model.GraphNode;

/**
 * One problem a rule found on one subject. {@code id} is {@code <rule>:<subject id>}, stable while
 * the problem lasts; {@code provider}, {@code aiSystems} and {@code owners} place it for filters.
 * {@code provisional} while an import of the subject's source and scope is running: the finding may
 * be about something that import has not reached yet.
 */
public record Finding(String id, Rule rule, GraphNode subject, String subjectElementId, String reason, GraphPath path,
        String provider, List<AiSystem> aiSystems, List<String> owners, boolean provisional) {

    static String id(String rule, String subject) {
        return rule + ":" + subject;
    }
}
