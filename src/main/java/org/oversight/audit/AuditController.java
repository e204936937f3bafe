package org.oversight.audit;

import org.oversight.api.Connection;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The audit trail over GraphQL: the log, its head and its verification. */
@Controller
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @QueryMapping
    Connection<AuditEvent> auditLog(@Argument String subject, @Argument String actor, @Argument Integer first,
            @Argument String after) {
        return log.events(subject, actor, first, after);
    }

    @QueryMapping
    AuditLog.Head auditHead() {
        return log.head();
    }

    @QueryMapping
    AuditLog.Verification verifyAuditChain() {
        return log.verify();
    }
}
