package org.oversight.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.oversight.graph.CypherClient;
import org.oversight.graph.GraphBatch;
import org.oversight.graph.GraphWriter;
import org.oversight.graph.NodeLabel;
import org.oversight.graph.RelType;
import org.oversight.graph.SchemaMigrations;
import org.oversight.ingest.ImportFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the framework catalogs and crosswalks shipped in {@code importers/catalogs/} at start-up,
 * before the server takes requests. Each catalog and each mapping set is a snapshot of its own
 * scope, so a new version updates requirements in place, marks dropped ones stale and never
 * duplicates; a file unchanged since it was last loaded is skipped.
 */
@Component
public class CatalogLoader implements InitializingBean {

    public static final String CATALOG_SOURCE = "catalog";
    public static final String CROSSWALK_SOURCE = "crosswalk";

    private static final Logger log = LoggerFactory.getLogger(CatalogLoader.class);
    private static final String LOCATION = "classpath:importers/catalogs/";
    private static final String LAST_LOAD = """
            MATCH (r:ImportRun {source: $source, scope: $scope})
            WHERE r.status IN ['COMPLETED', 'SUCCEEDED']
            RETURN r.sha256 AS sha256 ORDER BY r.startedAt DESC LIMIT 1
            """;

    private final GraphWriter writer;
    private final CypherClient cypher;

    CatalogLoader(SchemaMigrations schema, GraphWriter writer, CypherClient cypher) {
        this.writer = writer;
        this.cypher = cypher;
    }

    @Override
    public void afterPropertiesSet() {
        for (Resource catalog : resources(LOCATION + "*.yaml")) {
            byte[] content = bytes(catalog);
            GraphBatch.Builder batch = GraphBatch.builder(CATALOG_SOURCE).origin("importers/catalogs/" + catalog.getFilename())
                    .sha256(sha256(content));
            String framework = CatalogReader.read(catalog.getFilename(), new ByteArrayInputStream(content), batch);
            batch.scope(framework).snapshot(List.of(NodeLabel.FRAMEWORK, NodeLabel.REQUIREMENT), List.of(RelType.PART_OF));
            writeIfChanged(batch.build());
        }
        for (Resource metadata : resources(LOCATION + "crosswalks/*.yaml")) {
            CrosswalkReader.MappingSetInfo set = mappingSet(metadata);
            Resource links = resource(LOCATION + "crosswalks/" + metadata.getFilename().replaceAll("\\.yaml$", ".csv"));
            byte[] content = bytes(links);
            GraphBatch.Builder batch = GraphBatch.builder(CROSSWALK_SOURCE).scope(set.id())
                    .origin("importers/catalogs/crosswalks/" + links.getFilename())
                    .sha256(sha256(concat(bytes(metadata), content)))
                    .snapshot(List.of(NodeLabel.MAPPING_SET), List.of(RelType.MAPS_TO));
            withTemporaryFile(links.getFilename(), content, file -> CrosswalkReader.read(file, set, batch));
            writeIfChanged(batch.build());
        }
    }

    private void writeIfChanged(GraphBatch batch) {
        String last = cypher.first(LAST_LOAD, Map.of("source", batch.source(), "scope", batch.scope()),
                record -> record.get("sha256").asString(null)).orElse(null);
        if (batch.sha256().equals(last)) {
            return;
        }
        var report = writer.write(batch);
        log.info("Loaded {} {}: {} nodes, {} links created or updated{}", batch.source(), batch.scope(),
                report.totalNodes().created() + report.totalNodes().updated(),
                report.totalRelationships().created() + report.totalRelationships().updated(),
                report.warnings().isEmpty() ? "" : ", " + report.warnings().size() + " warnings: " + report.warnings());
    }

    private static CrosswalkReader.MappingSetInfo mappingSet(Resource metadata) {
        JsonNode set = YAMLMapper.builder().build().readTree(bytes(metadata));
        return new CrosswalkReader.MappingSetInfo(text(set, "id"), text(set, "name"), text(set, "from"), text(set, "to"),
                text(set, "provider"), text(set, "method"), text(set, "status"), text(set, "licence"),
                text(set, "sourceUri"), text(set, "description"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString().strip();
    }

    private static void withTemporaryFile(String name, byte[] content, java.util.function.Consumer<ImportFile> use) {
        try {
            Path file = Files.createTempFile("oversight-catalog-", ".csv");
            try {
                Files.write(file, content);
                use.accept(new ImportFile(name, file));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Resource[] resources(String pattern) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Resource resource(String location) {
        Resource resource = new PathMatchingResourcePatternResolver().getResource(location);
        if (!resource.exists()) {
            throw new IllegalStateException("Missing " + location + " beside its mapping set");
        }
        return resource;
    }

    private static byte[] bytes(Resource resource) {
        try {
            return resource.getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
