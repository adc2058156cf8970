package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A REST API test class: HTTP calls to {@code /api/v1/} of the subclass's deployment, bearer tokens from
 * {@code POST /api/v1/tokens}, JSON answers. Subclasses declare their {@code @Deployment(testable = false)} and
 * its name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @ArquillianResource
    URL deploymentUrl;

    /** The server's root, where {@code /openapi} answers. */
    String root;

    /** The deployment's {@code api/v1/}. */
    String api;

    /** The name the subclass gave its deployment (the WAR's name). */
    abstract String deploymentName();

    @BeforeEach
    void base() {
        String path = deploymentUrl.getPath().length() <= 1 ? "/" + deploymentName() + "/" : deploymentUrl.getPath();
        root = "http://127.0.0.1:" + deploymentUrl.getPort() + "/";
        api = "http://127.0.0.1:" + deploymentUrl.getPort() + (path.endsWith("/") ? path : path + "/") + "api/v1/";
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(api + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).GET());
    }

    HttpResponse<String> post(String path, String token, Object body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder);
    }

    HttpResponse<String> put(String path, String token, Object body) throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** {@code POST /api/v1/tokens} with HTTP Basic. */
    HttpResponse<String> tokenRequest(String authId, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((authId + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(api + "tokens")).header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A login token of this account. */
    String token(String authId, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = tokenRequest(authId, password);
        assertStatus(200, response);
        return json(response).get("token").asText();
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "JSON answer: " + response.headers().map() + " " + response.body());
        return JSON.readTree(response.body());
    }

    static void assertStatus(int expected, HttpResponse<String> response) {
        assertStatus(expected, response, "");
    }

    static void assertStatus(int expected, HttpResponse<String> response, String why) {
        assertEquals(expected, response.statusCode(), why + " " + response.request().method() + " "
                + response.uri() + " → " + response.body());
    }
}
