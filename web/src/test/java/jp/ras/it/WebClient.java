package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser as far as HTTP goes: its own cookies, no redirects followed, Faces forms posted with their ViewState. */
final class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    /** The deployment's web root, ending in a slash. */
    final String web;

    WebClient(String web) {
        this.web = web;
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web + path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The ViewState of a page's form. */
    static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        assertTrue(matcher.find(), page);
        return matcher.group(1);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Posts the login form; the answer (302 on success). */
    HttpResponse<String> tryLogin(String authId, String password) throws IOException, InterruptedException {
        String state = viewState(get("login.xhtml").body());
        return post("login.xhtml", "application/x-www-form-urlencoded", "login=login&login%3AauthId="
                + encode(authId) + "&login%3Apassword=" + encode(password) + "&login%3Asubmit=x"
                + "&jakarta.faces.ViewState=" + encode(state));
    }

    /** Logs in on the login page; asserts it worked. */
    WebClient login(String authId, String password) throws IOException, InterruptedException {
        HttpResponse<String> login = tryLogin(authId, password);
        assertEquals(302, login.statusCode(), "logged in: " + login.body());
        return this;
    }
}
