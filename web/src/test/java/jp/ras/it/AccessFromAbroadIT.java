package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * AP12 over HTTP. The deployment trusts the loopback addresses as proxies ({@code ras.trusted-proxies}), so this
 * client, connecting from 127.0.0.1, plays a reverse proxy and names the client address in X-Forwarded-For.
 * Connecting from 127.0.0.2 it is an untrusted peer whose X-Forwarded-For counts for nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessFromAbroadIT {

    private static final String NAME = "abroad-it";
    private static final String JAPAN = "133.0.0.1";
    private static final String FOREIGN = "8.8.8.8";
    private static final String FOREIGN_V6 = "2001:4860:4860::8888";
    private static final String PASSWORD = "abroad-test-password-2026";

    /** The test database outlives a run; each run names accounts of its own. */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ras(NAME).addClasses(TestAccounts.class, AuditProbe.class)
                .addAsResource(new StringAsset("ras.trusted-proxies=127.0.0.1/32,::1/128\n"),
                        "META-INF/microprofile-config.properties");
    }

    @ArquillianResource
    URL deploymentUrl;

    private String base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void base() {
        String path = deploymentUrl.getPath().length() <= 1 ? "/" + NAME + "/" : deploymentUrl.getPath();
        base = "http://127.0.0.1:" + deploymentUrl.getPort() + (path.endsWith("/") ? path : path + "/");
    }

    private HttpResponse<String> get(String path, String forwardedFor, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private List<String> audit(String target) throws Exception {
        HttpResponse<String> response = get("it/audit?target=" + target, null);
        assertEquals(200, response.statusCode());
        return response.body().lines().toList();
    }

    private static void assertNoSession(HttpResponse<String> response) {
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "a refusal makes no session: " + response.headers().allValues("Set-Cookie"));
    }

    @Test
    @DisplayName("AP12: a client in Japan gets the login page")
    void japanGetsTheLoginPage() throws Exception {
        HttpResponse<String> response = get("login.xhtml", JAPAN);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("id=\"login:authId\""), response.body());
        assertEquals(200, get("login.xhtml", "::ffff:" + JAPAN).statusCode(), "IPv4-mapped IPv6 counts as IPv4");
        assertEquals(200, get("login.xhtml", "2404:1a8::1").statusCode(), "a Japanese IPv6 address");
        assertEquals(200, get("login.xhtml", null).statusCode(), "loopback is allowed by default");
    }

    @Test
    @DisplayName("AP12: a client abroad gets 403 and the refusal in Japanese, or in English when the browser asks")
    void abroadIsRefused() throws Exception {
        HttpResponse<String> ja = get("login.xhtml", FOREIGN);
        assertEquals(403, ja.statusCode());
        assertTrue(ja.body().contains("海外からはご利用いただけません"), ja.body());
        assertTrue(ja.body().contains("lang=\"ja\""), ja.body());
        assertFalse(ja.body().contains("login:authId"), "no login form");
        assertNoSession(ja);

        HttpResponse<String> en = get("login.xhtml", FOREIGN, "Accept-Language", "en-GB,en;q=0.9,ja;q=0.5");
        assertEquals(403, en.statusCode());
        assertTrue(en.body().contains("RAS cannot be used from abroad"), en.body());
        assertTrue(en.body().contains("lang=\"en\""), en.body());
        assertNoSession(en);

        assertEquals(403, get("", FOREIGN).statusCode(), "the welcome page");
        assertEquals(403, get("login.xhtml", "::ffff:" + FOREIGN).statusCode(), "IPv4-mapped IPv6 counts as IPv4");
        assertEquals(403, get("login.xhtml", "unknown").statusCode(), "an address that is not known is refused");
    }

    @Test
    @DisplayName("AP12: a client with a foreign IPv6 address is refused")
    void foreignIpv6IsRefused() throws Exception {
        HttpResponse<String> response = get("login.xhtml", FOREIGN_V6);
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("海外からはご利用いただけません"));
        assertEquals(403, get("login.xhtml", "[" + FOREIGN_V6 + "]:4711").statusCode());
    }

    @Test
    @DisplayName("AP12: protected pages are refused from abroad (403, not the login redirect); static resources are not")
    void protectedPagesAndResources() throws Exception {
        for (String page : List.of("app/home.xhtml", "officer/home.xhtml", "account/account.xhtml")) {
            HttpResponse<String> response = get(page, FOREIGN);
            assertEquals(403, response.statusCode(), page);
            assertTrue(response.body().contains("海外からはご利用いただけません"), page);
        }
        assertEquals(302, get("app/home.xhtml", JAPAN).statusCode(), "from Japan: the login redirect");
        HttpResponse<String> css = get("jakarta.faces.resource/css/ras.css.xhtml", FOREIGN);
        assertEquals(200, css.statusCode(), "the refusal page's stylesheet");
    }

    @Test
    @DisplayName("AP12: the intranet answers only the agency's network: a Japanese address outside it gets 403")
    void intranetOnlyFromTheAgencyNetwork() throws Exception {
        HttpResponse<String> response = get("officer/home.xhtml", JAPAN);
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("庁内ネットワークからのみご利用いただけます"), response.body());
        HttpResponse<String> en = get("officer/supervisor/outbox.xhtml", JAPAN, "Accept-Language", "en");
        assertEquals(403, en.statusCode());
        assertTrue(en.body().contains("Only from the agency&#39;s network") || en.body()
                .contains("Only from the agency's network"), en.body());
        assertNoSession(en);
        assertEquals(302, get("officer/home.xhtml", "10.1.2.3").statusCode(), "intranet: on to the login");
        HttpResponse<String> api = get("api/v1/officer/organisations/1/roster", JAPAN);
        assertEquals(403, api.statusCode(), "the officers' API is intranet too");
        assertTrue(api.body().contains("AP12"), api.body());
        for (String path : List.of("api/v1/officer/applications", "api/v1/officer/applications/1",
                "api/v1/officer;x=1/applications", "api/v1//officer/applications")) {
            assertEquals(403, get(path, JAPAN).statusCode(), "the officers' application queue is intranet too: "
                    + path);
        }
        assertEquals(200, get("login.xhtml", JAPAN).statusCode(), "the public tier stays open to Japan");
    }

    @Test
    @DisplayName("AP12: the API answers a client abroad with 403 and JSON naming the rule")
    void apiAnswersJson() throws Exception {
        HttpResponse<String> response = get("api/applications", FOREIGN, "Accept-Language", "en");
        assertEquals(403, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        assertTrue(response.body().matches("\\{\\s*\"error\"\\s*:\\s*\"[^\"]*outside Japan[^\"]*\"\\s*,"
                + "\\s*\"rule\"\\s*:\\s*\"AP12\"\\s*}"), response.body());
        HttpResponse<String> ja = get("api/applications", FOREIGN);
        assertEquals(403, ja.statusCode());
        assertTrue(ja.body().contains("日本国外") && ja.body().contains("\"rule\":\"AP12\""), ja.body());
    }

    @Test
    @DisplayName("AP12, SE1: a login posted from abroad is refused and audited with its address and authentication ID")
    void refusedLoginIsAudited() throws Exception {
        String authId = "ABR" + RUN;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("X-Forwarded-For", "203.0.113.9, " + FOREIGN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("login", "login", "login:authId", authId,
                        "login:password", PASSWORD, "login:submit", "Log in", "jakarta.faces.ViewState", "x"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("海外からはご利用いただけません"), response.body());
        assertEquals(List.of("ACCESS_REFUSED_ABROAD " + FOREIGN), audit(authId),
                "the right-most address that is no trusted proxy; the password was never checked");
    }

    @Test
    @DisplayName("AP12, SE1: a login from Japan is audited with the address the check used (X-Forwarded-For)")
    void auditUsesTheResolvedAddress() throws Exception {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String viaIpv6 = "2404:1a8:0:0:0:0:0:7";
        HttpResponse<String> page = session.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("X-Forwarded-For", viaIpv6).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(viewState.find(), page.body());
        String authId = "ABJ" + RUN;
        HttpResponse<String> failed = session.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("X-Forwarded-For", viaIpv6)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("login", "login", "login:authId", authId,
                        "login:password", "wrong password", "login:submit", "ログイン",
                        "jakarta.faces.ViewState", viewState.group(1)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, failed.statusCode());
        assertTrue(failed.body().contains("認証IDまたはパスワードが正しくない"), failed.body());
        assertEquals(List.of("LOGIN_FAILURE 2404:1a8::7"), audit(authId), "canonical form of the resolved address");
    }

    /** A GET over a connection from 127.0.0.2: loopback (allowed), but not one of the trusted proxies. */
    private String getFromUntrustedPeer(String path, String forwardedFor) throws IOException {
        URI uri = URI.create(base + path);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress("127.0.0.2", 0));
            socket.connect(new InetSocketAddress("127.0.0.1", uri.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: 127.0.0.1:" + uri.getPort()
                    + "\r\nX-Forwarded-For: " + forwardedFor + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("AP12: a forged X-Forwarded-For from a peer that is not a trusted proxy is ignored")
    void forgedHeaderFromUntrustedPeerIsIgnored() throws Exception {
        String abroadClaim = getFromUntrustedPeer("login.xhtml", FOREIGN);
        assertTrue(abroadClaim.startsWith("HTTP/1.1 200"), abroadClaim.lines().findFirst().orElse(""));
        String japanClaim = getFromUntrustedPeer("officer/home.xhtml", JAPAN);
        assertTrue(japanClaim.startsWith("HTTP/1.1 302"), "127.0.0.2 is in the intranet, whatever the header says: "
                + japanClaim.lines().findFirst().orElse(""));
        assertEquals(403, get("officer/home.xhtml", JAPAN).statusCode(), "the same header from a trusted proxy");
    }

    @Test
    @DisplayName("AP12, AP11: the refusal page passes axe-core's WCAG 2.1 AA rules in Japanese and English")
    void refusalPageIsAccessible() {
        try (Browser browser = Browser.start()) {
            ChromeDriver chrome = (ChromeDriver) browser.driver;
            chrome.executeCdpCommand("Network.enable", Map.of());
            for (String language : List.of("ja", "en")) {
                chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers",
                        Map.of("X-Forwarded-For", FOREIGN, "Accept-Language", language)));
                chrome.get(base + "login.xhtml");
                assertEquals(language, chrome.findElement(By.tagName("html")).getAttribute("lang"));
                assertEquals(language.equals("ja") ? "海外からはご利用いただけません" : "RAS cannot be used from abroad",
                        chrome.findElement(By.tagName("h1")).getText());
                browser.assertAccessible("refusal " + language);
            }
            chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers",
                    Map.of("X-Forwarded-For", JAPAN, "Accept-Language", "ja")));
            chrome.get(base + "officer/home.xhtml");
            assertEquals("庁内ネットワークからのみご利用いただけます", chrome.findElement(By.tagName("h1")).getText());
            browser.assertAccessible("intranet refusal");
        }
    }
}
