package org.oversight.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oversight.OversightIntegrationTest;
import org.oversight.findings.FindingsProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What one request may ask for: deep and costly queries are refused before anything runs; slow ones end. */
class GraphQlLimitsTest extends OversightIntegrationTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aQueryNestedFiftyLevelsDeepIsRefusedAtOnce() {
        long start = System.nanoTime();
        graphQl().document(nested(50)).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("maximum query depth exceeded")));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void aQueryThatWouldFanOutTwelveLevelsIsRefusedByItsCost() {
        graphQl().document(nested(12)).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("maximum query complexity exceeded")));
        graphQl().document(nested(2)).execute().path("teams.nodes").hasValue();
    }

    @Test
    void aStatementRunningLongerThanItsTransactionTimeoutIsEndedByNeo4j() {
        TransactionTemplate oneSecond = new TransactionTemplate(transactions);
        oneSecond.setTimeout(1);
        assertThatThrownBy(() -> oneSecond.execute(status -> cypher.list(
                "UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 0 RETURN count(*) AS n", Map.of(),
                r -> r.get("n").asLong())))
                .satisfies(failure -> assertThat(GraphQlErrors.timedOut(failure)).as(failure.toString()).isTrue());
    }

    /**
     * A GraphQL answer is asynchronous, and Tomcat ended any that took longer than its own 30 s
     * with HTTP 503: the first request after a large import waits minutes for the findings.
     */
    @Test
    void aRequestMayWaitAsLongAsTheFindingsEvaluationMayTake(@Autowired WebServerApplicationContext web,
            @Autowired FindingsProperties findings) {
        long asyncTimeout = ((TomcatWebServer) web.getWebServer()).getTomcat().getConnector().getAsyncTimeout();
        assertThat(Duration.ofMillis(asyncTimeout)).isGreaterThan(findings.evaluationTimeout());
    }

    @Test
    void errorsCarryNoCypherNorClassNames() {
        graphQl().document("{ identities(after: \"not-a-cursor\") { totalCount } }").execute().errors().satisfy(errors ->
                assertThat(errors).allSatisfy(error -> assertThat(error.getMessage()).doesNotContain("MATCH")
                        .doesNotContain("org.").doesNotContain("Exception")));
    }

    /** teams { nodes { members { teams { members ... } } } }, this many levels below the members. */
    private static String nested(int levels) {
        String selection = "id";
        for (int i = levels - 1; i >= 0; i--) {
            selection = (i % 2 == 0 ? "members" : "teams") + " { id " + selection + " }";
        }
        return "{ teams(first: 50) { nodes { " + selection + " } } }";
    }

}
