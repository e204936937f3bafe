package org.oversight.findings;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs every rule once, in the background, as soon as the server is ready: Neo4j plans a query
 * the first time it runs with a given shape of parameters (19 rules took about 3 s on two cores,
 * and again with leavers named), so the first analyst to ask does not wait for the planner.
 */
@Component
class FindingsWarmUp {

    private static final Logger log = LoggerFactory.getLogger(FindingsWarmUp.class);

    private final FindingService findings;

    FindingsWarmUp(FindingService findings) {
        this.findings = findings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("findings-warm-up").start(() -> {
            try {
                long start = System.nanoTime();
                int now = findings.findingIds(FindingFilter.ANY).size();
                findings.openedIfLeaving(List.of("warm-up@oversight.invalid"));
                log.info("Finding rules ready: {} findings, planned in {} ms", now, (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.debug("Finding rules not warmed up: {}", e.getMessage());
            }
        });
    }
}
