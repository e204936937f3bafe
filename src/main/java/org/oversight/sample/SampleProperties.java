package org.oversight.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The fictional sample enterprise.
 *
 * @param load     load it at start-up (the {@code sample} profile sets this)
 * @param location folder of graph bundle files to load
 */
@ConfigurationProperties("oversight.sample")
public record SampleProperties(
        @DefaultValue("false") boolean load,
        @DefaultValue("classpath:importers/samples/kestrel/") String location) {
}
