package org.oversight.graph;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The imports this instance is reading or writing now, from the moment their files are parsed:
 * background work that would compete with them for the machine (the evaluation of findings) waits
 * until there are none. An import is RUNNING in the graph only once its first part is written;
 * parsing a large file before that takes seconds.
 */
@Component
public class ImportActivity {

    private final AtomicInteger inProgress = new AtomicInteger();

    public <T> T during(Supplier<T> importing) {
        inProgress.incrementAndGet();
        try {
            return importing.get();
        } finally {
            inProgress.decrementAndGet();
        }
    }

    public boolean busy() {
        return inProgress.get() > 0;
    }
}
