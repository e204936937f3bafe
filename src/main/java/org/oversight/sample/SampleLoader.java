package org.oversight.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;

import org.oversight.catalog.CatalogLoader;
import org.oversight.graph.CypherClient;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.GraphWriter;
import org.oversight.graph.ImportReport;
import org.oversight.ingest.bundle.GraphBundleReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the sample enterprise when asked to, before the server takes requests. It loads once:
 * a graph that already holds the sample keeps it as it is (with the stewards' changes), and a
 * graph holding data of other sources is never mixed with fictional data.
 */
@Component
@EnableConfigurationProperties(SampleProperties.class)
class SampleLoader implements InitializingBean {

    static final String SOURCE = "sample";

    private static final Logger log = LoggerFactory.getLogger(SampleLoader.class);

    private static final String STATE = """
            RETURN EXISTS { MATCH (r:ImportRun {source: $source}) WHERE r.status IN ['COMPLETED', 'SUCCEEDED'] } AS loaded,
                   EXISTS { MATCH (n:Human) WHERE n.source <> $source } OR
                   EXISTS { MATCH (n:Identity) WHERE n.source <> $source } OR
                   EXISTS { MATCH (n:AiSystem) WHERE n.source <> $source } AS otherData
            """;

    private final SampleProperties properties;
    private final GraphWriter writer;
    private final CypherClient cypher;
    private final Clock clock;

    /** The catalogs load first: the sample's controls link to their requirements. */
    SampleLoader(SampleProperties properties, CatalogLoader catalogs, GraphWriter writer, CypherClient cypher,
            Clock clock) {
        this.properties = properties;
        this.writer = writer;
        this.cypher = cypher;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.load()) {
            return;
        }
        Map<String, Boolean> state = cypher.first(STATE, Map.of("source", SOURCE), record -> Map.of(
                "loaded", record.get("loaded").asBoolean(), "otherData", record.get("otherData").asBoolean())).orElseThrow();
        if (state.get("loaded")) {
            log.info("Sample enterprise already loaded; leaving it as it is");
        } else if (state.get("otherData")) {
            log.warn("Not loading the sample enterprise: the graph holds data from other sources. "
                    + "Use an empty oversight.embedded.data-dir to try the sample.");
        } else {
            ImportReport report = writer.write(read());
            log.info("Sample enterprise loaded: {} nodes, {} relationships", report.totalNodes().created(),
                    report.totalRelationships().created());
        }
    }

    GraphBatch read() {
        GraphBatch.Builder batch = GraphBatch.builder(SOURCE).origin(properties.location());
        // Relative dates count from today: its start (00:00 UTC) is in the past, so now+1d stays in the future.
        GraphBundleReader reader = new GraphBundleReader(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        MessageDigest sha256 = sha256();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(properties.location() + "*.yaml");
            if (files.length == 0) {
                throw new IllegalStateException("No sample files (*.yaml) in " + properties.location());
            }
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                byte[] content = file.getContentAsByteArray();
                sha256.update(content);
                reader.read(file.getFilename(), new ByteArrayInputStream(content), batch);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sample in " + properties.location(), e);
        }
        return batch.sha256(HexFormat.of().formatHex(sha256.digest())).build();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
