package org.oversight.findings;

import java.util.List;

/**
 * A finding as {@link KeptFindings} keeps it: what filters, sorts and counts need, and element ids
 * where a {@link Finding} holds nodes and paths. A large graph has millions of findings; the few a
 * page shows are made whole ({@link RuleEvaluator#whole}).
 *
 * @param path      element ids of the relationships of the paths the rule returned, in order
 * @param aiSystems ids of the AI systems the subject serves
 */
record KeptFinding(Rule rule, String subjectId, String subjectElementId, String reason, List<String> path,
        String provider, List<String> aiSystems, List<String> owners, boolean provisional) {

    String id() {
        return Finding.id(rule.id(), subjectId);
    }
}
