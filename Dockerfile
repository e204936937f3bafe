# Oversight server image: built from this repository, run against the Neo4j of docker-compose.yml.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY schema.graphqls ./
COPY cypher cypher
COPY importers importers
COPY src/main src/main
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home oversight
USER oversight
WORKDIR /home/oversight
COPY --from=build /src/target/oversight.jar oversight.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "oversight.jar"]
