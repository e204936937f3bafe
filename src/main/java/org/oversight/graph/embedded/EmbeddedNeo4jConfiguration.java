package org.oversight.graph.embedded;

import java.net.URI;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;
import org.oversight.graph.LastTransaction;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.neo4j.uri}, Oversight runs its own Neo4j in the same JVM. The driver is
 * pointed at it through {@link Neo4jConnectionDetails}, so the database starts before the driver
 * connects and stops after the driver closes. Its last transaction id tells the kept findings of
 * every write, whoever made it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.NoExternalNeo4j.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

    @Bean
    BoltPassword boltPassword(EmbeddedNeo4jProperties properties) {
        return BoltPassword.resolve(EmbeddedNeo4j.home(properties), properties.boltPassword());
    }

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties, BoltPassword boltPassword) {
        return EmbeddedNeo4j.start(properties, boltPassword);
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnection(DatabaseManagementService embeddedNeo4j, BoltPassword boltPassword) {
        URI uri = EmbeddedNeo4j.boltUri(embeddedNeo4j);
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.basic(BoltPassword.USER, boltPassword.value());
            }
        };
    }

    @Bean
    LastTransaction lastTransaction(DatabaseManagementService embeddedNeo4j) {
        GraphDatabaseAPI database = (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        TransactionIdStore transactions = database.getDependencyResolver().resolveDependency(TransactionIdStore.class);
        return transactions::getLastCommittedTransactionId;
    }

    static class NoExternalNeo4j implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.neo4j.uri"));
        }
    }
}
