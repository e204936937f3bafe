package org.oversight.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The named Cypher of {@code cypher/} (reads in {@code queries/}, stewardship writes in
 * {@code mutations/}), loaded once at start-up. A statement is named by its path below
 * {@code cypher/} without the extension, e.g. {@code queries/humans}; analysts can run the same
 * files in Neo4j Browser. Migrations are applied by {@link SchemaMigrations}, not named here.
 */
@Component
public class CypherQueries {

    private static final String ROOT = "cypher/";

    private final Map<String, String> queries = new TreeMap<>();

    CypherQueries() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*.cypher");
        for (Resource resource : resources) {
            String url = resource.getURL().toString();
            String name = url.substring(url.lastIndexOf(ROOT) + ROOT.length(), url.length() - ".cypher".length());
            if (!name.startsWith("migrations/")) {
                queries.put(name, resource.getContentAsString(StandardCharsets.UTF_8));
            }
        }
    }

    public String get(String name) {
        String query = queries.get(name);
        if (query == null) {
            throw new IllegalStateException("No Cypher file cypher/" + name + ".cypher; known: " + queries.keySet());
        }
        return query;
    }
}
