package org.oversight.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 100,000 identities owned by one team, written in the test suite's heap: the writer commits in
 * bounded parts, so the import's size is no longer bounded by what one transaction may hold, and
 * writing the same rows again changes nothing.
 */
class LargeImportTest extends OversightIntegrationTest {

    private static final int IDENTITIES = 100_000;

    @Autowired
    GraphWriter writer;

    @Autowired
    GraphDigest digest;

    @AfterEach
    void removeRows() {
        long deleted;
        do {
            deleted = cypher.write("MATCH (n) WHERE n.source = 'large-test' WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n",
                    Map.of(), r -> r.get("n").asLong()).orElse(0L);
        } while (deleted > 0);
        cypher.run("MATCH (n) WHERE n.id STARTS WITH 'large-test' DETACH DELETE n", Map.of());
    }

    @Test
    void aHundredThousandIdentitiesImportAndReimportUnchanged() {
        ImportReport first = writer.write(batch());
        assertThat(first.nodeCounts(NodeLabel.IDENTITY).created()).isEqualTo(IDENTITIES);
        assertThat(first.relationshipCounts(RelType.OWNED_BY).created()).isEqualTo(IDENTITIES);
        String before = digest.of("large-account").sha256();

        ImportReport again = writer.write(batch());
        assertThat(again.nodeCounts(NodeLabel.IDENTITY).unchanged()).isEqualTo(IDENTITIES);
        assertThat(again.totalNodes().created() + again.totalNodes().updated()).isZero();
        assertThat(digest.of("large-account").sha256()).isEqualTo(before);
        assertThat(cypher.first("MATCH (r:ImportRun {source: 'large-test'}) WHERE r.status = 'COMPLETED' RETURN count(r) AS n",
                Map.of(), r -> r.get("n").asLong())).contains(2L);
    }

    private static GraphBatch batch() {
        GraphBatch.Builder batch = GraphBatch.builder("large-test").scope("large-account").origin("generated rows")
                .snapshot(List.of(NodeLabel.IDENTITY), List.of(RelType.OWNED_BY));
        batch.node(NodeLabel.TEAM, "large-test:team", Map.of("name", "Large"));
        for (int i = 0; i < IDENTITIES; i++) {
            String identity = "large-test:role/" + i;
            batch.node(NodeLabel.NON_HUMAN_IDENTITY, identity, Map.of("name", "role-" + i, "provider", "aws",
                    "kind", "IAM_ROLE", "status", "ACTIVE", "account", "large-account"));
            batch.relationship(RelType.OWNED_BY, new NodeRef(NodeLabel.NON_HUMAN_IDENTITY, identity),
                    new NodeRef(NodeLabel.TEAM, "large-test:team"), Map.of("role", "ACCOUNTABLE", "source", "TAG"));
        }
        return batch.build();
    }
}
