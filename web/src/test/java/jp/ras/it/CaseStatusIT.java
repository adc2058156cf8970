package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 17 item 1: the applicant's status page and API, without a login. Headless Chromium looks seeded applications
 * up in Japanese, English, simplified Chinese and Vietnamese (axe-core on each, a phone's width); a wrong number and
 * a wrong date of birth get one answer on the page and in the API; the limits per client address and per number
 * answer 429 with Retry-After; every look-up is audited without the date of birth; an application filed through the
 * API mails its applicant (GreenMail, a real SMTP server) a link that opens the page with the number filled in.
 * Each test speaks for a client address of its own (X-Forwarded-For from loopback, a trusted proxy here).
 */
class CaseStatusIT extends BrowserTest {

    private static final String NAME = "case-status-it";

    private static final String RUN = TestRun.newId();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private static final String BIRTH = CaseStatusTestData.BIRTH.toString();

    private static Mailbox mailbox;

    @Override
    String deploymentName() {
        return NAME;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ras(NAME).addClasses(TestRun.class, TestAccounts.class, TestApplications.class,
                        CaseStatusTestData.class, CaseStatusProbe.class)
                .addAsResource(new StringAsset(RUN), CaseStatusTestData.RUN_RESOURCE)
                // loopback is a trusted proxy, so each test speaks for an address of its own; the limits are the
                // defaults (20 per address in 15 minutes, 10 misses per number in an hour)
                .addAsResource(new StringAsset("config_ordinal=500\nras.trusted-proxies=127.0.0.1/32,::1/128\n"),
                        "META-INF/microprofile-config.properties");
    }

    @BeforeAll
    static void startSmtp() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (mailbox != null) {
            mailbox.close();
        }
    }

    /** A client address no other test of this run uses. */
    private static String newAddress() {
        long run = Long.parseLong(RUN, 36);
        int n = ADDRESSES.incrementAndGet();
        return "10." + (run % 200 + 20) + "." + (run / 200 % 250 + 1) + "." + n;
    }

    /** The browser's requests come from {@code address} (X-Forwarded-For, through the DevTools protocol). */
    private void browseFrom(String address) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
    }

    private String web() {
        return browser.base();
    }

    private HttpResponse<String> api(String address, String language, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web() + "api/v1/case-status"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(String number, String birth) {
        return Map.of("number", number, "dateOfBirth", birth);
    }

    /** The page's form posted by a plain HTTP client (no session, no cookie: the view is stateless). */
    private HttpResponse<String> pagePost(String address, String language, String number, String birth)
            throws Exception {
        String body = "status=status&lang=" + language + "&status%3Anumber=" + WebClient.encode(number)
                + "&status%3AdateOfBirth=" + WebClient.encode(birth) + "&status%3Asubmit=x"
                + "&jakarta.faces.ViewState=stateless";
        return HTTP.send(HttpRequest.newBuilder(URI.create(web() + "status.xhtml")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private List<String> audit(String target) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(web() + "it/case-status-audit?target="
                + WebClient.encode(target))).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body().lines().toList();
    }

    private void lookUpOnPage(String number, String birth) {
        type("status:number", number);
        type("status:dateOfBirth", birth);
        clickAndWait(By.id("status:submit"));
    }

    private static String dueDate(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(14));
    }

    @Test
    @DisplayName("Issue17-1: the applicant sees the status, since when and the next step in Japanese (Accept-Language),"
            + " English, simplified Chinese and Vietnamese (the page's language links, by keyboard), and nothing"
            + " about the person; 0 axe violations in each")
    void statusInFourLanguages() throws Exception {
        browseFrom(newAddress());
        String number = CaseStatusTestData.asked(RUN);
        int before = audit(number).size();
        open("status.xhtml");
        assertEquals("ja", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("申請状況の確認", heading());
        assertAccessible("status page, ja");
        lookUpOnPage(number, BIRTH);
        assertEquals("資料提出待ち", text("statusText"));
        assertEquals("2026年3月2日 10:30（日本時間）", text("since"));
        assertTrue(text("nextStep").contains(dueDate(Locale.JAPANESE)), text("nextStep"));
        assertAccessible("status page, ja, found");
        assertEquals("", driver.findElement(By.id("status:dateOfBirth")).getAttribute("value"),
                "the date of birth is not shown again");
        String page = driver.getPageSource();
        for (String personal : List.of(CaseStatusTestData.NAME, "阮氏", "VNM", "CS" + RUN, "ロスター株式会社", "札幌市",
                "C7654321", BIRTH)) {
            assertFalse(page.contains(personal), "the page shows no " + personal);
        }

        String[][] languages = {{"en", "Waiting for documents", "Application status", "Mar"},
            {"zh-CN", "等待提交材料", "申请状态查询", "2026年3月2日"},
            {"vi", "Đang chờ bổ sung giấy tờ", "Tình trạng hồ sơ", "2026"}};
        for (String[] language : languages) {
            // the language links are links: Tab reaches them, Enter follows them
            driver.findElement(By.id("lang-" + language[0])).sendKeys(Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                    language[0].equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            assertEquals(language[2], heading());
            assertEquals(number, driver.findElement(By.id("status:number")).getAttribute("value"),
                    "the link keeps the number");
            assertEquals("", driver.findElement(By.id("status:dateOfBirth")).getAttribute("value"),
                    "never the date of birth");
            assertEquals("page", driver.findElement(By.id("lang-" + language[0])).getAttribute("aria-current"));
            assertAccessible("status page, " + language[0]);
            lookUpOnPage(number, BIRTH);
            assertEquals(language[1], text("statusText"), language[0]);
            assertTrue(text("since").contains(language[3]) && text("since").contains("10:30"), text("since"));
            assertTrue(text("nextStep").contains(dueDate(Locale.forLanguageTag(language[0]))), text("nextStep"));
            assertAccessible("status page, " + language[0] + ", found");
        }
        List<String> entries = audit(number);
        assertEquals(List.of("CASE_STATUS_LOOKUP found", "CASE_STATUS_LOOKUP found", "CASE_STATUS_LOOKUP found",
                "CASE_STATUS_LOOKUP found"), entries.subList(before, entries.size()));
    }

    @Test
    @DisplayName("Issue17-1: a wrong number and a wrong date of birth get the same answer, on the page and in the API;"
            + " bad input is named on its field; each look-up is audited with the number as given, never the date"
            + " of birth")
    void wrongNumberAndWrongBirthAnswerAlike() throws Exception {
        String address = newAddress();
        browseFrom(address);
        String number = CaseStatusTestData.filed(RUN);
        String unknown = "19990109-" + number.substring(9);
        int before = audit(number).size();
        int beforeUnknown = audit(unknown).size();
        open("status.xhtml?lang=en");
        lookUpOnPage(number, "1988-03-15");
        String wrongBirth = messages();
        String wrongBirthMain = driver.findElement(By.id("main")).getText().replace(number, "N");
        assertTrue(wrongBirth.contains("No application matches"), wrongBirth);
        assertTrue(driver.findElements(By.id("statusText")).isEmpty());
        assertAccessible("status page, not found");
        lookUpOnPage(unknown, BIRTH);
        assertEquals(wrongBirth, messages());
        assertEquals(wrongBirthMain, driver.findElement(By.id("main")).getText().replace(unknown, "N"));

        lookUpOnPage("12345", "30/02/1990");
        assertTrue(fieldError("status:number").contains("Enter a receipt number"), fieldError("status:number"));
        assertTrue(fieldError("status:dateOfBirth").contains("year-month-day"), fieldError("status:dateOfBirth"));
        assertAccessible("status page, field errors");

        HttpResponse<String> byBirth = api(address, "en", query(number, "1988-03-15"));
        HttpResponse<String> byNumber = api(address, "en", query(unknown, BIRTH));
        assertEquals(404, byBirth.statusCode(), byBirth.body());
        assertEquals(byBirth.statusCode(), byNumber.statusCode());
        assertEquals(byBirth.body(), byNumber.body());
        assertEquals("notFound", JSON.readTree(byBirth.body()).get("error").asText());

        HttpResponse<String> broken = api(address, "ja", query("東オンE2600", "1990-13-01"));
        assertEquals(422, broken.statusCode(), broken.body());
        JsonNode errors = JSON.readTree(broken.body()).get("errors");
        assertEquals("number", errors.get(0).get("field").asText());
        assertEquals("dateOfBirth", errors.get(1).get("field").asText());
        assertTrue(errors.get(1).get("message").asText().contains("年-月-日"), broken.body());

        HttpResponse<String> found = api(address, "en", query(number, BIRTH));
        assertEquals(200, found.statusCode(), found.body());

        List<String> entries = audit(number);
        entries = entries.subList(before, entries.size());
        assertEquals(List.of("CASE_STATUS_LOOKUP not found", "CASE_STATUS_LOOKUP not found",
                "CASE_STATUS_LOOKUP found"), entries);
        List<String> unknownEntries = audit(unknown);
        assertEquals(List.of("CASE_STATUS_LOOKUP not found", "CASE_STATUS_LOOKUP not found"),
                unknownEntries.subList(beforeUnknown, unknownEntries.size()));
        assertTrue(audit("12345").isEmpty(), "a malformed number is no look-up");
        for (String line : entries) {
            assertFalse(line.contains("1988") || line.contains(BIRTH), line);
        }
    }

    @Test
    @DisplayName("Issue17-1 API: POST /api/v1/case-status answers status, since and the next step in the language of"
            + " Accept-Language (ja by default, en, zh, vi), by receipt or provisional number, with no personal data")
    void apiAnswersInFourLanguages() throws Exception {
        String address = newAddress();
        String number = CaseStatusTestData.asked(RUN);
        String[][] expected = {{null, "ja", "資料提出待ち"}, {"en-GB,en;q=0.9", "en", "Waiting for documents"},
            {"zh-CN,zh;q=0.9", "zh-CN", "等待提交材料"}, {"vi", "vi", "Đang chờ bổ sung giấy tờ"},
            {"fr", "ja", "資料提出待ち"}};
        for (String[] row : expected) {
            HttpResponse<String> answer = api(address, row[0], query(number, BIRTH));
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode body = JSON.readTree(answer.body());
            assertEquals("DOCUMENTS_REQUESTED", body.get("status").asText());
            assertEquals(row[2], body.get("statusText").asText());
            assertEquals(row[1], body.get("language").asText());
            assertEquals("2026-03-02T10:30:00+09:00", body.get("since").asText());
            assertTrue(body.get("nextStep").asText().length() > 10);
            List<String> fields = new ArrayList<>();
            body.fieldNames().forEachRemaining(fields::add);
            assertEquals(List.of("language", "nextStep", "since", "status", "statusText"),
                    fields.stream().sorted().toList());
            assertFalse(answer.body().contains(CaseStatusTestData.NAME) || answer.body().contains("VNM"));
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
        }
        // by the provisional number as well, typed in full-width with spaces; a filed one without receipt number
        HttpResponse<String> provisional = api(address, "en", query(" " + toFullWidth(CaseStatusTestData.filed(RUN))
                + " ", "1988/3/14"));
        assertEquals(200, provisional.statusCode(), provisional.body());
        assertEquals("FILED", JSON.readTree(provisional.body()).get("status").asText());
        assertEquals("2026-03-03T09:00:00+09:00", JSON.readTree(provisional.body()).get("since").asText());
        assertEquals(200, api(address, "en", query(CaseStatusTestData.askedProvisional(RUN), BIRTH)).statusCode());
        HttpResponse<String> description = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + URI.create(web()).getPort() + "/openapi")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(description.body().contains("/case-status"), "in the OpenAPI description");
    }

    private static String toFullWidth(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '-' ? '－'
                : (char) c));
        return out.toString();
    }

    @Test
    @DisplayName("Issue17-1, Security 9: 20 look-ups from one client address in 15 minutes, then 429 with Retry-After"
            + " on the API and on the page (localized); another address goes on")
    void throttledPerAddress() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            // each a different unknown number, so that no number's own limit is reached
            HttpResponse<String> miss = api(address, "en", query(String.format("19990201-%07d", i * 7919 + 11),
                    BIRTH));
            assertEquals(404, miss.statusCode(), "look-up " + i + ": " + miss.body());
        }
        HttpResponse<String> refused = api(address, "vi", query(CaseStatusTestData.asked(RUN), BIRTH));
        assertEquals(429, refused.statusCode(), refused.body());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60 + 1, "Retry-After " + retryAfter);
        assertTrue(JSON.readTree(refused.body()).get("message").asText().contains("Retry-After"), refused.body());

        HttpResponse<String> page = pagePost(address, "zh-CN", CaseStatusTestData.asked(RUN), BIRTH);
        assertEquals(429, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Retry-After").isPresent());
        assertTrue(page.body().contains("查询次数过多"), page.body());
        assertFalse(page.body().contains("等待提交材料"), "no status while refused");
        List<String> entries = audit(CaseStatusTestData.asked(RUN));
        assertTrue(entries.contains("CASE_STATUS_THROTTLED retry after " + retryAfter + " s"), entries.toString());

        assertEquals(200, api(newAddress(), "en", query(CaseStatusTestData.asked(RUN), BIRTH)).statusCode(),
                "another address is not held up");
    }

    @Test
    @DisplayName("Issue17-1: 10 look-ups of one number that find nothing in an hour, from any addresses, hold the"
            + " number (429 with Retry-After) even with the right date of birth; other numbers go on")
    void throttledPerNumber() throws Exception {
        String number = CaseStatusTestData.throttled(RUN);
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> miss = api(newAddress(), "en", query(number, "1970-01-" + (10 + i)));
            assertEquals(404, miss.statusCode(), "guess " + i + ": " + miss.body());
        }
        HttpResponse<String> refused = api(newAddress(), "en", query(number, BIRTH));
        assertEquals(429, refused.statusCode(), refused.body());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 15 * 60 && retryAfter <= 60 * 60 + 1, "Retry-After " + retryAfter);
        HttpResponse<String> page = pagePost(newAddress(), "ja", number, BIRTH);
        assertEquals(429, page.statusCode());
        assertTrue(page.body().contains("確認の回数が多すぎます"), page.body());
        List<String> entries = audit(number);
        assertEquals(10, entries.stream().filter(l -> l.equals("CASE_STATUS_LOOKUP not found")).count(), entries.toString());
        assertEquals(2, entries.stream().filter(l -> l.startsWith("CASE_STATUS_THROTTLED")).count(), entries.toString());
        assertEquals(200, api(newAddress(), "en", query(CaseStatusTestData.filed(RUN), BIRTH)).statusCode());
    }

    @Test
    @DisplayName("Issue17-1: a wrong date of birth for a number that exists takes about as long as a number that does"
            + " not (median of 7 each within 100 ms), so the time does not tell which was wrong")
    void wrongNumberAndWrongBirthTakeAlike() throws Exception {
        String number = CaseStatusTestData.timed(RUN);
        api(newAddress(), "en", query(number, "1970-01-01"));
        api(newAddress(), "en", query("19990110-" + number.substring(9), "1970-01-01"));
        List<Long> wrongBirth = new ArrayList<>();
        List<Long> wrongNumber = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            assertEquals(404, api(newAddress(), "en", query(number, "1970-02-" + (10 + i))).statusCode());
            wrongBirth.add((System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            assertEquals(404, api(newAddress(), "en", query(String.format("19990111-%07d", i * 104_729 + 7),
                    BIRTH)).statusCode());
            wrongNumber.add((System.nanoTime() - start) / 1_000_000);
        }
        long birth = wrongBirth.stream().sorted().toList().get(3);
        long unknown = wrongNumber.stream().sorted().toList().get(3);
        System.out.println("Issue17-1 timing: wrong date of birth " + wrongBirth + " ms (median " + birth
                + "), unknown number " + wrongNumber + " ms (median " + unknown + ")");
        assertTrue(Math.abs(birth - unknown) < 100, "medians " + birth + " and " + unknown + " ms");
    }

    @Test
    @DisplayName("Issue17-1: the status page needs no login and no session; the other screens stay Japanese or"
            + " English for a Chinese or Vietnamese browser, without untranslated keys")
    void publicWithoutSession() throws Exception {
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(web() + "status.xhtml?number="
                + WebClient.encode(CaseStatusTestData.filed(RUN)))).header("Accept-Language", "vi-VN,vi;q=0.9")
                .header("X-Forwarded-For", newAddress()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, get.statusCode());
        assertTrue(get.body().contains("lang=\"vi\"") && get.body().contains("Tình trạng hồ sơ"), get.body());
        assertTrue(get.body().contains("value=\"" + CaseStatusTestData.filed(RUN) + "\""), "the number filled in");
        assertTrue(get.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                get.headers().map().toString());
        HttpResponse<String> post = pagePost(newAddress(), "en", CaseStatusTestData.asked(RUN), BIRTH);
        assertEquals(200, post.statusCode(), post.body());
        assertTrue(post.body().contains("Waiting for documents"), post.body());
        assertTrue(post.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                post.headers().map().toString());
        for (String[] language : new String[][] {{"zh-CN,zh;q=0.9", "ja"}, {"vi", "ja"}, {"vi, en;q=0.5", "en"}}) {
            HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(web() + "login.xhtml"))
                    .header("Accept-Language", language[0]).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode());
            assertTrue(login.body().contains("lang=\"" + language[1] + "\""), language[0] + ": " + login.body());
            assertFalse(login.body().contains("???"), "no untranslated key");
        }
    }

    @Test
    @DisplayName("Issue17-1: a filing mails its applicant (GreenMail) a link to the status page with the number filled"
            + " in and in the applicant's language, never the date of birth; the page opened from it finds the"
            + " application")
    void applicantMailLinksToStatusPage() throws Exception {
        String token = token();
        String applicant = "applicant-" + RUN.toLowerCase() + "@example.com";
        HttpResponse<String> roster = send(HttpRequest.newBuilder(URI.create(web() + "api/v1/roster"))
                .header("Authorization", "Bearer " + token).GET());
        assertEquals(200, roster.statusCode(), roster.body());
        long entry = StreamSupport.stream(JSON.readTree(roster.body()).get("persons").spliterator(), false)
                .filter(p -> p.get("nameRoman").asText().equals(CaseStatusTestData.MAIL_PERSON))
                .mapToLong(p -> p.get("rosterEntryId").asLong()).max().orElseThrow();
        ObjectNode filing = JSON.createObjectNode();
        filing.put("rosterEntryId", entry);
        filing.put("reEntry", "NONE");
        filing.put("activityPermission", false);
        filing.put("desiredPeriod", "1年");
        filing.put("reason", "引き続き同じ会社で働くため");
        filing.put("presenceConfirmed", true);
        filing.put("receiptMethod", "COUNTER");
        filing.put("kanjiRequested", false);
        filing.put("applicantMail", applicant);
        filing.put("applicantLanguage", "en");
        filing.put("photo", Base64.getEncoder().encodeToString(TestApplications.photo(600)));
        HttpResponse<String> filed = send(HttpRequest.newBuilder(URI.create(web() + "api/v1/applications"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(filing))));
        assertEquals(201, filed.statusCode(), filed.body());
        String provisional = JSON.readTree(filed.body()).get("provisionalReceiptNumber").asText();

        String mail = mailbox.mailTo(applicant, provisional);
        String link = mailbox.newestMatch(applicant, "status\\.xhtml\\?number=[^\\s]+");
        assertEquals("status.xhtml?number=" + provisional + "&lang=en", link);
        assertFalse(mail.contains("1988") || mail.contains("dateOfBirth"), mail);
        assertTrue(mailbox.newestMatch(TestRun.mail("CS", RUN), "status\\.xhtml\\?number=[^\\s]+")
                .contains(provisional), "the organisation user's mail names the page too");

        browseFrom(newAddress());
        open(link);
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(provisional, driver.findElement(By.id("status:number")).getAttribute("value"));
        assertEquals("", driver.findElement(By.id("status:dateOfBirth")).getAttribute("value"));
        type("status:dateOfBirth", BIRTH);
        clickAndWait(By.id("status:submit"));
        assertEquals("Filed", text("statusText"));
        assertTrue(text("nextStep").contains("receipt number"), text("nextStep"));
        assertAccessible("status page from the mail");
    }

    @Test
    @DisplayName("Issue17-1, issue 15 phone widths: the status page and its answer fit 360, 390 and 414 px without"
            + " sideways scrolling in all four languages")
    void fitsPhones() {
        browseFrom(newAddress());
        assertFitsPhones("status.xhtml?lang=ja", "status.xhtml?lang=en", "status.xhtml?lang=zh-CN",
                "status.xhtml?lang=vi");
        try {
            for (int width : new int[] {360, 414}) {
                driver.manage().window().setSize(new Dimension(width, 800));
                for (String language : List.of("vi", "zh-CN")) {
                    open("status.xhtml?lang=" + language);
                    lookUpOnPage(CaseStatusTestData.asked(RUN), BIRTH);
                    assertEquals(1, driver.findElements(By.id("statusText")).size());
                    Object overflow = ((JavascriptExecutor) driver).executeScript(
                            "return document.documentElement.scrollWidth > window.innerWidth"
                                    + " ? document.documentElement.scrollWidth : null;");
                    assertNull(overflow, language + " at " + width + " px");
                    if (width == 360) {
                        assertAccessible("status page, " + language + ", phone");
                    }
                }
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private String token() throws Exception {
        String basic = Base64.getEncoder().encodeToString((CaseStatusTestData.user(RUN) + ":"
                + CaseStatusTestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(web() + "api/v1/tokens"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body()).get("token").asText();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
