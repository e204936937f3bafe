package org.oversight.findings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The parameters every rule receives: the time, the thresholds and the what-if leavers. */
@Component
@EnableConfigurationProperties(FindingsProperties.class)
class FindingParameters {

    private final FindingsProperties properties;
    private final Clock clock;

    FindingParameters(FindingsProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** @param leaving ids of humans the rules treat as leavers (empty: the graph as it is) */
    Map<String, Object> forRules(List<String> leaving) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("now", now());
        parameters.put("leaving", List.copyOf(leaving));
        parameters.put("dormantDays", properties.dormantDays());
        parameters.put("staleCredentialDays", properties.staleCredentialDays());
        parameters.put("unusedDays", properties.unusedDays());
        parameters.put("vendorTenants", properties.vendorTenants());
        return parameters;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
