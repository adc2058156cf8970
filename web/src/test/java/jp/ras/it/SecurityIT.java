package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The findings of the security probe, as an attacker on this machine's loopback sends them: raw HTTP requests with
 * paths no browser would make, tokens and sessions used where they do not belong.
 */
class SecurityIT extends ApiTest {

    private static final String NAME = "security-it";

    @Override
    String deploymentName() {
        return NAME;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        // The loopback addresses are trusted proxies, so a test can speak for a client address of its own
        // (X-Forwarded-For) without the failed logins of other tests from 127.0.0.1 counting for it (Security 9).
        return Deployments.ras(NAME).addClasses(TestAccounts.class, SecurityTestData.class)
                .addAsResource(new org.jboss.shrinkwrap.api.asset.StringAsset(
                        // above the environment (300), which lifts the throttle for the other ITs (web/pom.xml)
                        "config_ordinal=500\nras.trusted-proxies=127.0.0.1/32,::1/128\n"
                                + "ras.login.address-failures=50\n"), "META-INF/microprofile-config.properties");
    }

    private static final HttpClient RAW = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String web() {
        return api.substring(0, api.length() - "api/v1/".length());
    }

    /** A GET of a raw path below the deployment (sent as written: no normalisation on the way). */
    private HttpResponse<String> raw(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return RAW.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("Security 1: a bearer token does not open a web screen through /api/%2e%2e/…, /api/../… or a path"
            + " parameter; such paths are 400 with or without credentials, and no session is made")
    void bearerTokenOpensNoScreen() throws Exception {
        String org = token(SecurityTestData.ORG_USER, SecurityTestData.PASSWORD);
        String officer = token(SecurityTestData.OFFICER, SecurityTestData.PASSWORD);
        List<String> paths = List.of("api/%2e%2e/account/account.xhtml", "api/%2E%2E/account/account.xhtml",
                "api/../account/account.xhtml", "api/./../account/account.xhtml", "api/v1/..%2f..%2faccount/account.xhtml",
                "api;x=1/../account/account.xhtml", "api/%2e%2e/app/home.xhtml", "api%2f..%2faccount/account.xhtml");
        for (String path : paths) {
            for (String token : new String[] {org, null}) {
                HttpResponse<String> answer = raw(path, token);
                assertEquals(400, answer.statusCode(), path + " → " + answer.body());
                assertFalse(answer.body().contains("ViewState"), path + " served a page");
                assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(), path + " made a session");
            }
        }
        for (String path : List.of("api/%2e%2e/officer/home.xhtml", "api/../officer/home.xhtml",
                "api/v1/officer/%2e%2e/%2e%2e/%2e%2e/officer/home.xhtml")) {
            HttpResponse<String> answer = raw(path, officer);
            assertEquals(400, answer.statusCode(), path + " → " + answer.body());
        }
        HttpResponse<String> apiAnswer = raw("api/v1/%2e%2e/v1/roster", org);
        assertEquals(400, apiAnswer.statusCode());
        assertTrue(apiAnswer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    @DisplayName("Security 1: on a canonical page address a bearer token is no login (the login page), and a bearer"
            + " API call neither makes nor uses a web session")
    void bearerTokenIsNoWebLogin() throws Exception {
        String org = token(SecurityTestData.ORG_USER, SecurityTestData.PASSWORD);
        String officer = token(SecurityTestData.OFFICER, SecurityTestData.PASSWORD);
        for (String[] page : new String[][] {{"account/account.xhtml", org}, {"app/home.xhtml", org},
                {"officer/home.xhtml", officer}}) {
            HttpResponse<String> answer = raw(page[0], page[1]);
            assertEquals(302, answer.statusCode(), page[0] + " → " + answer.body());
            assertTrue(answer.headers().firstValue("Location").orElse("").contains("login.xhtml"), page[0]);
        }
        HttpResponse<String> call = raw("api/v1/applications", org);
        assertStatus(200, call);
        assertTrue(call.headers().allValues("Set-Cookie").isEmpty(), "no session: " + call.headers().map());
    }

    @Test
    @DisplayName("Security 2: an address that would leave RAS after the login (//evil.example/..%2fapp/…) is"
            + " refused before any login page remembers it")
    void noOpenRedirect() throws Exception {
        for (String path : List.of("/evil.example/..%2fapp/home.xhtml", "/evil.example/../app/home.xhtml",
                "%2f%2fevil.example/app/home.xhtml")) {
            HttpResponse<String> answer = raw(path, null);
            assertEquals(400, answer.statusCode(), path + " → " + answer.headers().map());
            assertTrue(answer.headers().firstValue("Location").isEmpty(), path);
        }
    }

    @Test
    @DisplayName("Security 4, AC1: a password change ends the account's other web sessions and revokes its API tokens;"
            + " the session that changed it stays signed in")
    void passwordChangeEndsOtherSessions() throws Exception {
        WebClient changer = new WebClient(web()).login(SecurityTestData.CHANGER, SecurityTestData.PASSWORD);
        WebClient other = new WebClient(web()).login(SecurityTestData.CHANGER, SecurityTestData.PASSWORD);
        String token = token(SecurityTestData.CHANGER, SecurityTestData.PASSWORD);
        assertEquals(200, other.get("app/home.xhtml").statusCode());
        assertStatus(200, get("applications", token));

        String page = changer.get("account/account.xhtml").body();
        String renewed = "a renewed passphrase for security 4";
        HttpResponse<String> change = changer.post("account/account.xhtml", "application/x-www-form-urlencoded",
                "password=password&password%3AcurrentPassword=" + WebClient.encode(SecurityTestData.PASSWORD)
                        + "&password%3AnewPassword=" + WebClient.encode(renewed) + "&password%3ArepeatPassword="
                        + WebClient.encode(renewed) + "&password%3Asubmit=x&jakarta.faces.ViewState="
                        + WebClient.encode(WebClient.viewState(page)));
        assertTrue(change.statusCode() == 200 || change.statusCode() == 302, change.statusCode() + change.body());
        assertEquals(200, changer.get("account/account.xhtml").statusCode(), "the changing session stays");
        HttpResponse<String> ended = other.get("app/home.xhtml");
        assertEquals(302, ended.statusCode(), "the other session ended");
        assertTrue(ended.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        assertStatus(401, get("applications", token), "the token from before the change is revoked");
        assertStatus(200, get("applications", token(SecurityTestData.CHANGER, renewed)));
    }

    @Test
    @DisplayName("Security 4, AC4: the lock after five wrong passwords ends the account's web sessions and revokes its"
            + " API tokens")
    void lockEndsSessions() throws Exception {
        WebClient session = new WebClient(web()).login(SecurityTestData.LOCKED, SecurityTestData.PASSWORD);
        String token = token(SecurityTestData.LOCKED, SecurityTestData.PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertStatus(401, tokenRequest(SecurityTestData.LOCKED, "wrong password " + i));
        }
        assertEquals(302, session.get("app/home.xhtml").statusCode(), "the session ended with the lock");
        assertStatus(401, get("applications", token), "the token is revoked with the lock");
    }

    @Test
    @DisplayName("Security 5: pages carry a Content-Security-Policy (RAS's own sources, no framing, no plugins),"
            + " nosniff, Referrer-Policy and no-store; the API and refusals a policy that runs nothing")
    void securityHeaders() throws Exception {
        HttpResponse<String> page = raw("login.xhtml", null);
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'")
                && policy.contains("object-src 'none'") && policy.contains("form-action 'self'"), policy);
        assertFalse(policy.contains("unsafe-eval") || policy.contains("*") || policy.contains("http"), policy);
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null));
        assertBaseHeaders(page, true);
        assertScriptsCarryNonce(page);
        assertFalse(raw("login.xhtml", null).headers().firstValue("Content-Security-Policy").orElse("")
                .equals(policy), "each answer draws its own nonce");
        WebClient clerk = new WebClient(web()).login(SecurityTestData.ORG_USER, SecurityTestData.PASSWORD);
        for (String screen : List.of("app/home.xhtml", "app/applications.xhtml", "app/file.xhtml", "app/bulk.xhtml",
                "app/organisation.xhtml", "account/account.xhtml")) {
            HttpResponse<String> answer = clerk.get(screen);
            assertEquals(200, answer.statusCode(), screen);
            assertScriptsCarryNonce(answer);
        }

        HttpResponse<String> api = get("applications", token(SecurityTestData.ORG_USER, SecurityTestData.PASSWORD));
        assertBaseHeaders(api, true);
        assertEquals(List.of("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"),
                api.headers().allValues("Content-Security-Policy"));
        assertBaseHeaders(raw("api/%2e%2e/login.xhtml", null), true);

        String stylesheet = java.util.regex.Pattern.compile("href=\"[^\"]*/(jakarta\\.faces\\.resource/[^\"]+)\"")
                .matcher(page.body()).results().map(m -> m.group(1).replace("&amp;", "&")).findFirst().orElseThrow();
        HttpResponse<String> resource = raw(stylesheet, null);
        assertEquals(200, resource.statusCode(), stylesheet);
        assertBaseHeaders(resource, false);
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
    }

    /**
     * Security 5: the page policy lets no inline script run without the answer's nonce, every script of the page
     * carries it, and no element has an inline event handler (which no nonce can allow).
     */
    private static void assertScriptsCarryNonce(HttpResponse<String> page) {
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]{22,})'")
                .matcher(policy);
        assertTrue(nonce.find(), page.uri() + ": " + policy);
        String scriptSrc = policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src")));
        assertFalse(scriptSrc.contains("unsafe"), policy);
        List<String> scripts = java.util.regex.Pattern.compile("<script[^>]*>").matcher(page.body()).results()
                .map(java.util.regex.MatchResult::group).toList();
        assertFalse(scripts.isEmpty(), page.uri() + " has scripts");
        for (String script : scripts) {
            assertTrue(script.contains("nonce=\"" + nonce.group(1) + "\""), page.uri() + ": " + script);
        }
        List<String> handlers = java.util.regex.Pattern.compile("<[a-zA-Z][^>]*\\s(on[a-z]+)=").matcher(page.body())
                .results().map(java.util.regex.MatchResult::group).toList();
        assertTrue(handlers.isEmpty(), page.uri() + ": inline event handlers " + handlers);
    }

    private static void assertBaseHeaders(HttpResponse<String> answer, boolean personal) {
        var headers = answer.headers();
        String where = answer.uri() + " " + headers.map();
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), where);
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), where);
        assertEquals(personal, headers.firstValue("Cache-Control").orElse("").contains("no-store"), where);
    }

    @Test
    @DisplayName("Security 6: an expired or foreign ViewState, a url-encoded post to a multipart form and a multipart"
            + " body cut short answer 400 with a page saying so, not 500")
    void badFacesInputIs400() throws Exception {
        WebClient anonymous = new WebClient(web());
        String login = "login=login&login%3AauthId=x&login%3Apassword=y&login%3Asubmit=x&jakarta.faces.ViewState=";
        HttpResponse<String> foreign = anonymous.post("login.xhtml", "application/x-www-form-urlencoded",
                login + WebClient.encode("-123456789:987654321"), "Accept-Language", "en");
        assertEquals(400, foreign.statusCode(), foreign.body());
        assertTrue(foreign.body().contains("画面の有効期限が切れました")
                || foreign.body().contains("The page has expired"), foreign.body());
        String otherSessions = WebClient.viewState(new WebClient(web()).get("login.xhtml").body());
        HttpResponse<String> expired = new WebClient(web()).post("login.xhtml", "application/x-www-form-urlencoded",
                login + WebClient.encode(otherSessions));
        assertEquals(400, expired.statusCode());
        assertTrue(expired.body().contains("画面の有効期限が切れました"), expired.body());

        WebClient clerk = new WebClient(web()).login(SecurityTestData.ORG_USER, SecurityTestData.PASSWORD);
        HttpResponse<String> page = clerk.get("app/bulk.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        String state = WebClient.viewState(page.body());
        HttpResponse<String> urlEncoded = clerk.post("app/bulk.xhtml", "application/x-www-form-urlencoded",
                "upload=upload&upload%3Asend=x&jakarta.faces.ViewState=" + WebClient.encode(state),
                "Accept-Language", "en");
        assertEquals(400, urlEncoded.statusCode(), urlEncoded.body());
        assertTrue(urlEncoded.body().contains("リクエストを読み取れませんでした")
                || urlEncoded.body().contains("The request could not be read"), urlEncoded.body());
        String truncated = "------XB\r\nContent-Disposition: form-data; name=\"upload\"\r\n\r\nupload\r\n------XB\r\n"
                + "Content-Disposition: form-data; name=\"jakarta.faces.ViewState\"\r\n\r\n" + state + "\r\n------XB\r\n"
                + "Content-Disposition: form-data; name=\"upload:file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n"
                + "\r\nabc,def\r\nghi";
        HttpResponse<String> cut = clerk.post("app/bulk.xhtml", "multipart/form-data; boundary=----XB", truncated);
        assertEquals(400, cut.statusCode(), cut.body());
        assertTrue(cut.body().contains("リクエストを読み取れませんでした")
                || cut.body().contains("The request could not be read"), cut.body());
        assertEquals(200, clerk.get("app/bulk.xhtml").statusCode(), "the session is still there");
    }

    /** {@code POST /api/v1/tokens} as a client at {@code address} (behind the trusted loopback proxy). */
    private HttpResponse<String> tokenRequestFrom(String address, String authId, String password) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((authId + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return RAW.send(HttpRequest.newBuilder(URI.create(api + "tokens")).header("Authorization", "Basic " + basic)
                .header("X-Forwarded-For", address).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("Security 9, AC4: 50 failed logins from one client address (on any accounts) make it wait: the API"
            + " and the login page answer 429 with Retry-After; another address logs in as before")
    void loginsThrottledPerAddress() throws Exception {
        long run = System.nanoTime();
        String address = "10." + (run % 250 + 1) + "." + (run / 250 % 250 + 1) + "." + (run / 62_500 % 250 + 1);
        String other = "10.251." + (run % 250 + 1) + "." + (run / 250 % 250 + 1);
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> failed = tokenRequestFrom(address, "NOSUCH" + (run % 100_000) + "X" + i, "guess " + i);
            assertStatus(401, failed, "attempt " + i);
        }
        HttpResponse<String> refused = tokenRequestFrom(address, SecurityTestData.ORG_USER, SecurityTestData.PASSWORD);
        assertStatus(429, refused, "the right password too, from that address");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60 + 1, "Retry-After " + retryAfter);
        assertTrue(json(refused).get("message").asText().length() > 0);

        WebClient browser = new WebClient(web());
        String state = WebClient.viewState(browser.get("login.xhtml").body());
        HttpResponse<String> page = browser.post("login.xhtml", "application/x-www-form-urlencoded",
                "login=login&login%3AauthId=" + SecurityTestData.ORG_USER + "&login%3Apassword="
                        + WebClient.encode(SecurityTestData.PASSWORD) + "&login%3Asubmit=x&jakarta.faces.ViewState="
                        + WebClient.encode(state), "X-Forwarded-For", address);
        assertEquals(429, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Retry-After").isPresent());
        assertTrue(page.body().contains("ログイン失敗が多すぎます") || page.body().contains("Too many failed logins"),
                page.body());

        assertStatus(200, tokenRequestFrom(other, SecurityTestData.ORG_USER, SecurityTestData.PASSWORD),
                "another address is not held up");
    }
}
