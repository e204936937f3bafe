package org.oversight.findings;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the finding rules ({@code oversight.findings.*}), passed to every rule as
 * parameters ({@code $dormantDays} ...).
 *
 * @param dormantDays          a privileged identity unused for longer is dormant
 * @param staleCredentialDays  a credential not rotated for longer is stale
 * @param unusedDays           a credential unused for longer is unused
 * @param vendorTenants        Entra tenants whose applications are the vendor's (Microsoft first-party)
 * @param maxAge               kept findings older than this are evaluated again, even when the graph has not
 *                             changed: rules compare dates with the time they were evaluated
 * @param evaluationTimeout    how long one evaluation of every rule may take: minutes on a large graph, far
 *                             beyond the time allowed to a query
 */
@ConfigurationProperties("oversight.findings")
public record FindingsProperties(
        @DefaultValue("90") int dormantDays,
        @DefaultValue("90") int staleCredentialDays,
        @DefaultValue("90") int unusedDays,
        @DefaultValue({"f8cdef31-a31e-4b4a-93e4-5f571e91255a", "72f988bf-86f1-41af-91ab-2d7cd011db47"})
        List<String> vendorTenants,
        @DefaultValue("10m") Duration maxAge,
        @DefaultValue("1h") Duration evaluationTimeout) {

    public FindingsProperties {
        for (var threshold : List.of(dormantDays, staleCredentialDays, unusedDays)) {
            if (threshold < 1) {
                throw new IllegalArgumentException("oversight.findings thresholds are days, at least 1; got " + threshold);
            }
        }
        vendorTenants = List.copyOf(vendorTenants);
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("oversight.findings.max-age cannot be negative; got " + maxAge);
        }
        if (evaluationTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("oversight.findings.evaluation-timeout must be at least a second; got "
                    + evaluationTimeout);
        }
    }
}
