package org.oversight.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The writer against the real database: idempotence, change counts, snapshots, references, rollback. */
class GraphWriterTest extends OversightIntegrationTest {

    private static final String SOURCE = "writer-test";
    private static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);

    @Autowired
    GraphWriter writer;

    @Autowired
    GraphDigest digest;

    @AfterEach
    void removeTestData() {
        cypher.run("MATCH (n) WHERE n.id STARTS WITH 'writer-test' OR n.source STARTS WITH $source DETACH DELETE n",
                Map.of("source", SOURCE));
    }

    private static GraphBatch.Builder batch() {
        return GraphBatch.builder(SOURCE).scope("account-1").origin("writer-test.yaml");
    }

    private static GraphBatch twoRolesAndAKey(String roleName) {
        NodeRef role = new NodeRef(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/a");
        NodeRef key = new NodeRef(NodeLabel.CREDENTIAL, "writer-test:key/1");
        return batch()
                .node(NodeLabel.NON_HUMAN_IDENTITY, role.id(), Map.of("name", roleName, "kind", "IAM_ROLE",
                        "provider", "aws", "createdAt", CREATED, "actions", List.of("s3:GetObject")))
                .node(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/b", Map.of("name", "b", "kind", "IAM_ROLE"))
                .node(NodeLabel.CREDENTIAL, key.id(), Map.of("kind", "ACCESS_KEY"))
                .relationship(RelType.HAS_CREDENTIAL, role, key)
                .build();
    }

    @Test
    void writingTheSameBatchTwiceCreatesOnceAndThenChangesNothing() {
        ImportReport first = writer.write(twoRolesAndAKey("a"));
        ImportReport second = writer.write(twoRolesAndAKey("a"));

        assertThat(first.nodeCounts(NodeLabel.IDENTITY)).isEqualTo(new ChangeCounts(2, 0, 0, 0, 0, 0));
        assertThat(first.relationshipCounts(RelType.HAS_CREDENTIAL)).isEqualTo(new ChangeCounts(1, 0, 0, 0, 0, 0));
        assertThat(second.nodeCounts(NodeLabel.IDENTITY)).isEqualTo(new ChangeCounts(0, 0, 2, 0, 0, 0));
        assertThat(second.totalRelationships().changedAnything()).isFalse();
        assertThat(count("MATCH (n:Identity:NonHumanIdentity) WHERE n.id STARTS WITH 'writer-test:' RETURN count(n)"))
                .isEqualTo(2);
        assertThat(count("MATCH (r:ImportRun {source: 'writer-test'}) RETURN count(r)")).isEqualTo(2);
    }

    @Test
    void aChangedPropertyCountsAsAnUpdateAndKeepsFirstSeen() {
        writer.write(twoRolesAndAKey("a"));
        OffsetDateTime firstSeen = firstSeenOf("writer-test:role/a");

        ImportReport renamed = writer.write(twoRolesAndAKey("renamed"));

        assertThat(renamed.nodeCounts(NodeLabel.IDENTITY)).isEqualTo(new ChangeCounts(0, 1, 1, 0, 0, 0));
        assertThat(firstSeenOf("writer-test:role/a")).isEqualTo(firstSeen);
        assertThat(cypher.first("MATCH (n:Identity {id: 'writer-test:role/a'}) RETURN n.name AS name, n.createdAt AS at",
                Map.of(), r -> r.get("name").asString() + "@" + r.get("at").asZonedDateTime().toOffsetDateTime()))
                .contains("renamed@" + CREATED);
    }

    private static GraphBatch ownedBy(Map<String, Object> properties) {
        return batch()
                .node(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/a", Map.of("name", "a"))
                .node(NodeLabel.HUMAN, "writer-test:human/h", Map.of("name", "h"))
                .relationship(RelType.OWNED_BY, new NodeRef(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/a"),
                        new NodeRef(NodeLabel.HUMAN, "writer-test:human/h"), properties)
                .build();
    }

    @Test
    void aHeldRelationshipIsRewrittenOnlyWhenAPropertyItsTypeOrItsSourceDiffers() {
        Map<String, Object> tagged = new java.util.HashMap<>(Map.of("source", "TAG", "role", "technical", "confidence", 1L));
        writer.write(ownedBy(tagged));

        assertThat(writer.write(ownedBy(tagged)).relationshipCounts(RelType.OWNED_BY)).isEqualTo(ChangeCounts.written(0, 0, 1));
        // 1 and 1.0 are equal in Cypher, not to the driver: the relationship holds what the row gives
        tagged.put("confidence", 1.0);
        assertThat(writer.write(ownedBy(tagged)).relationshipCounts(RelType.OWNED_BY)).isEqualTo(ChangeCounts.written(0, 1, 0));
        assertThat(cypher.first("MATCH (:Identity {id: 'writer-test:role/a'})-[r:OWNED_BY]->() RETURN valueType(r.confidence) AS type",
                Map.of(), r -> r.get("type").asString())).contains("FLOAT NOT NULL");
        // a property the row gives as absent is one the graph must not hold
        tagged.put("note", null);
        assertThat(writer.write(ownedBy(tagged)).relationshipCounts(RelType.OWNED_BY)).isEqualTo(ChangeCounts.written(0, 0, 1));

        // described by another source, the same relationship is taken over without counting as a change
        GraphBatch other = GraphBatch.builder("writer-test-other").scope("account-1").origin("other.yaml")
                .add(ownedBy(tagged).relationships().iterator().next()).build();
        assertThat(writer.write(other).relationshipCounts(RelType.OWNED_BY)).isEqualTo(ChangeCounts.written(0, 0, 1));
        assertThat(cypher.first("MATCH (:Identity {id: 'writer-test:role/a'})-[r:OWNED_BY]->() RETURN r.importSource AS source",
                Map.of(), r -> r.get("source").asString())).contains("writer-test-other");
        // and taken back by the first source's next import
        assertThat(writer.write(ownedBy(tagged)).relationshipCounts(RelType.OWNED_BY)).isEqualTo(ChangeCounts.written(0, 0, 1));
        assertThat(cypher.first("MATCH (:Identity {id: 'writer-test:role/a'})-[r:OWNED_BY]->() RETURN r.importSource AS source",
                Map.of(), r -> r.get("source").asString())).contains(SOURCE);
    }

    @Test
    void aSnapshotMarksWhatItNoLongerContainsAsStaleAndRemovesItsEdges() {
        writer.write(batchAsSnapshot(twoRolesAndAKey("a")));
        NodeRef role = new NodeRef(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/a");
        GraphBatch withoutRoleB = batch()
                .snapshot(List.of(NodeLabel.IDENTITY, NodeLabel.CREDENTIAL), List.of(RelType.HAS_CREDENTIAL))
                .node(NodeLabel.NON_HUMAN_IDENTITY, role.id(), Map.of("name", "a", "kind", "IAM_ROLE",
                        "provider", "aws", "createdAt", CREATED, "actions", List.of("s3:GetObject")))
                .node(NodeLabel.CREDENTIAL, "writer-test:key/1", Map.of("kind", "ACCESS_KEY"))
                .build();

        ImportReport report = writer.write(withoutRoleB);

        assertThat(report.nodeCounts(NodeLabel.IDENTITY).stale()).isEqualTo(1);
        assertThat(report.relationshipCounts(RelType.HAS_CREDENTIAL).removed()).isEqualTo(1);
        assertThat(count("MATCH (n:Identity {id: 'writer-test:role/b'}) WHERE n.staleSince IS NOT NULL RETURN count(n)"))
                .isEqualTo(1);
        assertThat(count("MATCH (n:Identity {id: 'writer-test:role/a'}) WHERE n.staleSince IS NULL RETURN count(n)"))
                .isEqualTo(1);

        ImportReport back = writer.write(batchAsSnapshot(twoRolesAndAKey("a")));
        assertThat(back.nodeCounts(NodeLabel.IDENTITY).updated()).as("a stale node seen again is revived").isEqualTo(1);
        assertThat(count("MATCH (n:Identity) WHERE n.id STARTS WITH 'writer-test:' AND n.staleSince IS NOT NULL RETURN count(n)"))
                .isZero();
    }

    @Test
    void anUnchangedSnapshotWritesNothingYetItsCompletionIsWhenTheNodesWereLastSeen() {
        ImportReport first = writer.write(batchAsSnapshot(twoRolesAndAKey("a")));
        ImportReport again = writer.write(batchAsSnapshot(twoRolesAndAKey("a")));

        assertThat(again.nodeCounts(NodeLabel.IDENTITY)).isEqualTo(new ChangeCounts(0, 0, 2, 0, 0, 0));
        assertThat(again.relationshipCounts(RelType.HAS_CREDENTIAL)).isEqualTo(new ChangeCounts(0, 0, 1, 0, 0, 0));
        assertThat(cypher.list("MATCH (n) WHERE n.id STARTS WITH 'writer-test:' RETURN n.lastRunId AS run", Map.of(),
                r -> r.get("run").asString())).as("nothing was written the second time").containsOnly(first.runId());

        OffsetDateTime completed = again.startedAt().plus(again.duration());
        graphQl().document("{ node(id: \"writer-test:role/a\") { lastSeen } }").execute()
                .path("node.lastSeen").entity(OffsetDateTime.class)
                .satisfies(lastSeen -> assertThat(lastSeen.toInstant()).isEqualTo(millis(completed)));

        GraphBatch withoutRoleB = batch().snapshot(List.of(NodeLabel.IDENTITY), List.of())
                .node(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/a", Map.of("name", "a", "kind", "IAM_ROLE",
                        "provider", "aws", "createdAt", CREATED, "actions", List.of("s3:GetObject")))
                .build();
        writer.write(withoutRoleB);
        graphQl().document("{ node(id: \"writer-test:role/b\") { lastSeen staleSince } }").execute()
                .path("node.lastSeen").entity(OffsetDateTime.class)
                .satisfies(lastSeen -> assertThat(lastSeen.toInstant()).as("a stale node was last seen when last written")
                        .isEqualTo(millis(first.startedAt())));
    }

    @Test
    void afterTheGracePeriodStaleNodesAreMarkedDeletedButKept() {
        writer.write(batchAsSnapshot(twoRolesAndAKey("a")));
        GraphBatch withoutRoleB = GraphBatch.builder(SOURCE).scope("account-1").graceDays(0)
                .snapshot(List.of(NodeLabel.IDENTITY), List.of())
                .node(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/a", Map.of("name", "a")).build();

        ImportReport report = writer.write(withoutRoleB);

        assertThat(report.nodeCounts(NodeLabel.IDENTITY).stale()).isEqualTo(1);
        assertThat(report.nodeCounts(NodeLabel.IDENTITY).deleted()).isEqualTo(1);
        assertThat(count("MATCH (n:Identity {id: 'writer-test:role/b'}) WHERE n.deletedAt IS NOT NULL RETURN count(n)"))
                .isEqualTo(1);
    }

    @Test
    void aPersonsAccountIsLinkedToTheHumanWithItsEmailWhicheverCameFirst() {
        writer.write(batch().node(NodeLabel.HUMAN_ACCOUNT, "writer-test:account/ada",
                Map.of("kind", "USER_ACCOUNT", "email", "Writer-Test.Ada@Example.com")).build());
        assertThat(count("MATCH (:Identity {id: 'writer-test:account/ada'})-[:BELONGS_TO]->() RETURN count(*)")).isZero();

        ImportReport hr = writer.write(GraphBatch.builder(SOURCE)
                .node(NodeLabel.HUMAN, "writer-test.ada@example.com", Map.of("name", "Ada")).build());

        assertThat(hr.relationshipCounts(RelType.BELONGS_TO).created()).isEqualTo(1);
        assertThat(count("MATCH (:HumanAccount {id: 'writer-test:account/ada'})-[:BELONGS_TO]->"
                + "(:Human {id: 'writer-test.ada@example.com'}) RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void aReferenceCreatesAStubOnceAndNeverOverwritesARealNode() {
        writer.write(batch().reference(NodeLabel.HUMAN, "writer-test:owner@example.com", Map.of("email", "o@example.com"))
                .relationship(RelType.OWNED_BY, new NodeRef(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/b"),
                        new NodeRef(NodeLabel.HUMAN, "writer-test:owner@example.com"),
                        Map.of("role", "ACCOUNTABLE", "source", "TAG"))
                .node(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/b", Map.of("name", "b")).build());
        assertThat(count("MATCH (h:Human {id: 'writer-test:owner@example.com', stub: true}) RETURN count(h)")).isEqualTo(1);

        GraphBatch real = GraphBatch.builder("writer-test-hr")
                .node(NodeLabel.HUMAN, "writer-test:owner@example.com", Map.of("name", "Olu", "status", "ACTIVE")).build();
        ImportReport hr = writer.write(real);
        assertThat(hr.nodeCounts(NodeLabel.HUMAN).created()).as("a stub described fully counts as created").isEqualTo(1);

        writer.write(batch().reference(NodeLabel.HUMAN, "writer-test:owner@example.com", Map.of("name", "Other")).build());
        assertThat(cypher.first("MATCH (h:Human {id: 'writer-test:owner@example.com'}) RETURN h.name AS name, h.stub AS stub",
                Map.of(), r -> r.get("name").asString() + "/" + r.get("stub").isNull())).contains("Olu/true");
    }

    @Test
    void relationshipsToUnknownNodesAreReportedNotWritten() {
        ImportReport report = writer.write(batch()
                .node(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/a", Map.of("name", "a"))
                .relationship(RelType.OWNED_BY, new NodeRef(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/a"),
                        new NodeRef(NodeLabel.HUMAN, "writer-test:nobody@example.com"),
                        Map.of("role", "ACCOUNTABLE", "source", "TAG"))
                .build());

        assertThat(report.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.location()).contains("writer-test.yaml").contains("OWNED_BY");
            assertThat(warning.message()).contains("Human 'writer-test:nobody@example.com'");
        });
        assertThat(report.relationshipCounts(RelType.OWNED_BY)).isEqualTo(ChangeCounts.NONE);
        assertThat(count("MATCH (r:ImportRun {source: 'writer-test'}) WHERE r.warningCount = 1 RETURN count(r)")).isEqualTo(1);
    }

    /**
     * What a large import gives across parts: a relationship before its end, one to nobody, a node
     * and a relationship given twice (the later properties winning).
     */
    private static void givenAcrossParts(GraphBatch.Builder builder) {
        NodeRef role = new NodeRef(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/a");
        NodeRef key = new NodeRef(NodeLabel.CREDENTIAL, "writer-test:key/1");
        builder.node(NodeLabel.NON_HUMAN_IDENTITY, role.id(), Map.of("name", "a", "kind", "IAM_ROLE"))
                .relationship(RelType.HAS_CREDENTIAL, role, key, Map.of("via", "first"))
                .node(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/b", Map.of("name", "b"))
                .relationship(RelType.OWNED_BY, role, new NodeRef(NodeLabel.HUMAN, "writer-test:nobody@example.com"),
                        Map.of("role", "ACCOUNTABLE", "source", "TAG"))
                .node(NodeLabel.NON_HUMAN_IDENTITY, role.id(), Map.of("team", "payments"))
                .node(NodeLabel.CREDENTIAL, key.id(), Map.of("kind", "ACCESS_KEY"))
                .relationship(RelType.HAS_CREDENTIAL, role, key, Map.of("via", "second"));
    }

    @Test
    void anImportWrittenInPartsAsItIsReadEndsAsTheWholeBatchWould() {
        GraphBatch earlier = batchAsSnapshot(batch().node(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/c", Map.of("name", "c")).build());
        writer.write(earlier);
        GraphBatch.Builder whole = batchAsSnapshot(batch().build()).sameInput();
        givenAcrossParts(whole);
        ImportReport wholeReport = writer.write(whole.build());
        GraphDigest.Digest wholeDigest = digest.of("account-1");

        removeTestData();
        writer.write(earlier);
        GraphBatch input = batchAsSnapshot(batch().build());
        GraphWriter.Write write = writer.open(input);
        List<GraphBatch> parts = new java.util.ArrayList<>();
        GraphBatch.Builder streamed = input.sameInput().streamTo(2, part -> {
            parts.add(part);
            write.part(part);
        });
        givenAcrossParts(streamed);
        streamed.build();
        ImportReport streamedReport = write.finish();

        assertThat(parts).hasSize(4);
        assertThat(streamedReport.nodes()).isEqualTo(wholeReport.nodes());
        assertThat(streamedReport.relationships()).isEqualTo(wholeReport.relationships());
        assertThat(streamedReport.nodeCounts(NodeLabel.IDENTITY)).isEqualTo(new ChangeCounts(2, 0, 0, 1, 0, 0));
        assertThat(streamedReport.relationshipCounts(RelType.HAS_CREDENTIAL)).isEqualTo(new ChangeCounts(1, 0, 0, 0, 0, 0));
        assertThat(streamedReport.warnings()).isEqualTo(wholeReport.warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("writer-test:nobody@example.com"));
        assertThat(digest.of("account-1")).isEqualTo(wholeDigest);
        assertThat(cypher.first("""
                MATCH (n:Identity {id: 'writer-test:role/a'})-[r:HAS_CREDENTIAL]->(:Credential)
                RETURN n.name + '/' + n.team + '/' + r.via AS seen""", Map.of(), r -> r.get("seen").asString()))
                .contains("a/payments/second");
    }

    /**
     * Relationships join ends found in earlier parts by their element ids; an end deleted and
     * created again meanwhile has another, and the relationship must still reach it.
     */
    @Test
    void aRelationshipReachesItsEndWhenTheNodeWasDeletedAndCreatedAgainBetweenParts() {
        NodeRef role = new NodeRef(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/a");
        NodeRef key = new NodeRef(NodeLabel.CREDENTIAL, "writer-test:key/1");
        GraphWriter.Write write = writer.open(batch().build());
        write.part(batch().node(role.label(), role.id(), Map.of("name", "a")).node(key.label(), key.id(), Map.of("kind", "ACCESS_KEY"))
                .build());
        cypher.run("MATCH (n:Identity {id: $id}) DETACH DELETE n", Map.of("id", role.id()));
        cypher.run("CREATE (:Identity:NonHumanIdentity {id: $id, name: 'again'})", Map.of("id", role.id()));
        write.part(batch().relationship(RelType.HAS_CREDENTIAL, role, key).build());
        ImportReport report = write.finish();

        assertThat(report.relationshipCounts(RelType.HAS_CREDENTIAL).created()).isOne();
        assertThat(count("MATCH (:Identity {id: 'writer-test:role/a', name: 'again'})-[:HAS_CREDENTIAL]->"
                + "(:Credential {id: 'writer-test:key/1'}) RETURN count(*)")).isOne();
    }

    @Test
    void aFailingPartLeavesTheRunFailedWithItsErrorAndMarksNothingStale() {
        GraphBatch.Builder builder = batch().node(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/a", Map.of("name", "a"));
        // A map value cannot be stored: refused before anything is written.
        assertThatThrownBy(() -> builder.node(NodeLabel.CREDENTIAL, "writer-test:key/1", Map.of("kind", Map.of("x", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'kind'");

        GraphBatch first = batch().node(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/a", Map.of("name", "a"))
                .node(NodeLabel.POLICY, "writer-test:policy", Map.of("actions", List.of("a", "b")))
                .build();
        writer.write(batchAsSnapshot(first));
        // a property of this test's own, as the graph it shares may hold policies of the same name
        cypher.run("CREATE CONSTRAINT writer_test_unique IF NOT EXISTS FOR (n:Policy) REQUIRE n.writerTestKey IS UNIQUE",
                Map.of());
        try {
            cypher.run("MERGE (p:Policy {id: 'writer-test:existing'}) SET p.writerTestKey = 'taken'", Map.of());
            GraphBatch failing = batchAsSnapshot(batch()
                    .node(NodeLabel.NON_HUMAN_IDENTITY, "writer-test:role/new", Map.of("name", "new"))
                    .node(NodeLabel.POLICY, "writer-test:other", Map.of("writerTestKey", "taken"))
                    .build());
            assertThatThrownBy(() -> writer.write(failing)).isInstanceOf(RuntimeException.class);
            assertThat(count("MATCH (r:ImportRun {source: 'writer-test', status: 'FAILED'}) WHERE r.error CONTAINS 'taken' RETURN count(r)"))
                    .isOne();
            // the snapshot lacked role/a, but a failed import reconciles nothing
            assertThat(count("MATCH (n:Identity {id: 'writer-test:role/a'}) WHERE n.staleSince IS NOT NULL RETURN count(n)")).isZero();
            assertThat(count("MATCH (l:ImportLock) WHERE l.id STARTS WITH 'writer-test' AND l.runId IS NOT NULL RETURN count(l)"))
                    .as("the lock is released").isZero();
        } finally {
            cypher.run("DROP CONSTRAINT writer_test_unique IF EXISTS", Map.of());
        }
    }

    /** The API's DateTime shows milliseconds. */
    private static java.time.Instant millis(OffsetDateTime time) {
        return time.toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static GraphBatch batchAsSnapshot(GraphBatch source) {
        GraphBatch.Builder builder = GraphBatch.builder(source.source()).scope(source.scope()).origin(source.origin())
                .snapshot(List.of(NodeLabel.IDENTITY, NodeLabel.CREDENTIAL), List.of(RelType.HAS_CREDENTIAL));
        source.nodes().forEach(builder::add);
        source.relationships().forEach(builder::add);
        return builder.build();
    }

    private long count(String query) {
        return cypher.first(query, Map.of(), r -> r.get(0).asLong()).orElseThrow();
    }

    private OffsetDateTime firstSeenOf(String id) {
        return cypher.first("MATCH (n:Identity {id: $id}) RETURN n.firstSeen AS at", Map.of("id", id),
                r -> r.get("at").asZonedDateTime().toOffsetDateTime()).orElseThrow();
    }
}
