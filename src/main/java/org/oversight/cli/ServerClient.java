package org.oversight.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The read commands' way to a running server: GraphQL over HTTP, and the REST exports. */
final class ServerClient {

    /** The server could not be reached or refused the request; the message says why. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI server;
    private final String token;

    /** @param token the bearer token (OVERSIGHT_TOKEN, --token); none = the server answers 401 */
    ServerClient(URI server, String token) {
        this.server = server;
        this.token = token == null || token.isBlank() ? null : token.strip();
    }

    /** The {@code data} of a GraphQL answer; GraphQL errors become a failure with their messages. */
    JsonNode graphQl(String query, Map<String, Object> variables) throws Failure {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpResponse<String> response = send(authorized(HttpRequest.newBuilder(server.resolve("/graphql")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        refusedAccess(response);
        JsonNode answer = JSON.readTree(response.body());
        if (answer.path("errors").size() > 0) {
            StringBuilder messages = new StringBuilder();
            answer.path("errors").forEach(error -> messages.append(messages.isEmpty() ? "" : "; ")
                    .append(error.path("message").asString()));
            throw new Failure(messages.toString());
        }
        if (response.statusCode() != 200) {
            throw new Failure("the server answered " + response.statusCode());
        }
        return answer.path("data");
    }

    /** The body of a GET, e.g. {@code /api/findings.csv?rule=...}. */
    String get(String pathAndQuery) throws Failure {
        HttpResponse<String> response = send(authorized(HttpRequest.newBuilder(server.resolve(pathAndQuery))).GET().build());
        refusedAccess(response);
        if (response.statusCode() != 200) {
            JsonNode problem = JSON.readTree(response.body());
            throw new Failure(problem.path("detail").asString("the server answered " + response.statusCode()));
        }
        return response.body();
    }

    /** Adds the bearer token, if any: for requests the command builds itself, such as an import's upload. */
    HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private void refusedAccess(HttpResponse<String> response) throws Failure {
        if (response.statusCode() == 401) {
            throw new Failure(token == null ? "the server needs a token: pass --token or set OVERSIGHT_TOKEN"
                    : "the server does not accept this token (unknown, expired or revoked)");
        }
        if (response.statusCode() == 403) {
            throw new Failure("this token's role may not do that: " + JSON.readTree(response.body()).path("detail").asString(""));
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws Failure {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Failure("cannot reach the Oversight server at " + server + ": " + e.getMessage()
                    + " (start it, or pass --server)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }
}
