package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.ras.domain.model.account.Role;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 17 item 2: usage applications filed online, in headless Chromium against a real SMTP server. An
 * organisation sends its application (organisation, user, roster from a CSV file or typed, identity document,
 * office); only a waiting request is stored until the mailed link is confirmed; the confirmation files it in the
 * officers' usage queue with a reference number (mailed); the status page answers to the number and mail address;
 * a supervisor approves it there and the authentication ID is mailed. Wrong input gets field-level errors in
 * Japanese and English; an address over its limit gets 429. Each test sends from a client address of its own
 * ({@code X-Forwarded-For} from the trusted loopback, {@link UsageRequestConfig}). axe-core checks every page.
 */
class UsageRequestIT extends BrowserTest {

    private static final String NAME = "usage-request-it";

    private static final String RUN = TestRun.newId();

    private static Mailbox mailbox;

    private String address;

    @Override
    String deploymentName() {
        return NAME;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ras(NAME).addClasses(TestRun.class, TestAccounts.class, BrowserTestData.class,
                        UsageRequestTestData.class, UsageRequestProbe.class, UsageRequestConfig.class)
                .addAsServiceProvider(ConfigSource.class, UsageRequestConfig.class)
                .addAsResource(new StringAsset(RUN), UsageRequestTestData.RUN_RESOURCE);
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

    @AfterEach
    void plainHeaders() {
        cdp("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
    }

    /** This test's browser sends from a client address of its own (a private one, which AP12 lets in). */
    private void sendFromOwnAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        address = "10." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
        cdp("Network.enable", Map.of());
        cdp("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
    }

    private static void cdp(String command, Map<String, Object> parameters) {
        ((ChromiumDriver) driver).executeCdpCommand(command, parameters);
    }

    private String mail(String kind) {
        return kind + "-" + RUN.toLowerCase() + "@example.jp";
    }

    /** {@code requests waiting payloads documents applications accounts id reference} for one mail address. */
    private String[] stored(String mail) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.base() + "it/usage?mail="
                + mail)).build(), HttpResponse.BodyHandlers.ofString()).body().split(" ");
    }

    private static Path pdf() throws Exception {
        Path file = Files.createTempFile("identity", ".pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(file.toFile());
        }
        return file;
    }

    /** A 法人番号 with a correct check digit, made from a seed. */
    private static String corporateNumber(String seed) {
        String twelve = String.format("%012d", Math.abs(seed.hashCode()) % 1_000_000_000_000L);
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (twelve.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return (9 - sum % 9) + twelve;
    }

    private void select(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    private void fillOrganisation(String name, String corporateNumber, String office) {
        type("request:orgName", name);
        type("request:corporateNumber", corporateNumber);
        select("request:prefecture", "東京都");
        type("request:address", "東京都港区港南5-5-30");
        select("request:office", office);
    }

    private void fillUser(String prefix, String kind, String mail, String language) {
        select(prefix + "applicantKind", kind);
        type(prefix + "applicantName", "申出 花子");
        type(prefix + "applicantMail", mail);
        type(prefix + "applicantPhone", "03-1234-5678");
        type(prefix + "applicantBirth", "1985-04-01");
        select(prefix + "applicantLocale", language);
    }

    private void fillPerson(int row, String name, String card) {
        String prefix = "request:persons:" + row + ":";
        type(prefix + "nameRoman", name);
        type(prefix + "nationality", "VNM");
        type(prefix + "dateOfBirth", "1994-03-12");
        select(prefix + "sex", "MALE");
        type(prefix + "cardNumber", card);
        type(prefix + "statusOfResidence", "技術・人文知識・国際業務");
        type(prefix + "periodOfStay", "3年");
        type(prefix + "stayExpiry", LocalDate.now().plusYears(2).toString());
        type(prefix + "address", "東京都港区港南1-2-3");
    }

    private void attach(String id, Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    }

    /** A complete, valid application with one typed person; not sent. */
    private void fillValid(String organisation, String mail) throws Exception {
        fillOrganisation(organisation, corporateNumber(organisation), "tokyo");
        fillUser("request:", "STAFF", mail, "ja");
        attach("request:document", pdf());
        fillPerson(0, "NGUYEN VAN AN", "AB12345678CD");
    }

    @Test
    @DisplayName("UA1, UA2, UA4, UA5, UA6: a new usage application sent online (roster from CSV) is stored only as a"
            + " waiting request until the mailed link is confirmed; then it is in the usage queue with a mailed"
            + " reference number, the status page follows it, and the approval mails the authentication ID")
    void ua1_ua4_ua5_onlineApplicationConfirmedAndApproved() throws Exception {
        sendFromOwnAddress();
        String mail = mail("flow");
        String organisation = "オンライン申出株式会社" + RUN;
        open("login.xhtml");
        clickAndWait(By.id("usageRequest"));
        assertEquals("オンライン利用申出（新規）", heading());
        assertAccessible("usage request");

        Path csv = Files.createTempFile("roster", ".csv");
        Files.writeString(csv, "nameRoman,nameKanji,nationality,dateOfBirth,sex,cardNumber,passportNumber,"
                + "statusOfResidence,periodOfStay,stayExpiry,address\n"
                + "SANTOS MARIA,,PHL,2001-02-03,F,EF11223344GH,P1234567,技能実習,1年," + LocalDate.now().plusYears(1)
                + ",東京都港区1-1\n"
                + "\"LI, MEI\",李 梅,CHN,1999-12-31,F,GH55667788IJ,,留学,1年3月," + LocalDate.now().plusYears(1)
                + ",\"東京都新宿区2-2\"\n", StandardCharsets.UTF_8);
        attach("request:csv", csv);
        clickAndWait(By.id("request:readCsv"));
        assertTrue(messages().contains("CSVから2人を読み込みました"), messages());
        assertEquals("LI, MEI", driver.findElement(By.id("request:persons:1:nameRoman")).getAttribute("value"));
        fillOrganisation(organisation, corporateNumber(organisation), "tokyo");
        fillUser("request:", "STAFF", mail, "ja");
        attach("request:document", pdf());
        clickAndWait(By.id("request:send"));
        assertTrue(text("sent").contains(mail), text("sent"));
        assertAccessible("usage request sent");

        // Nothing but the waiting request is stored: no usage application, no account.
        String[] before = stored(mail);
        assertEquals("1 1 1 1 0 0", String.join(" ", before).substring(0, 11), String.join(" ", before));

        String link = mailbox.newestMatch(mail, "usage/confirm\\.xhtml\\?token=[A-Za-z0-9_-]+");
        assertTrue(mailbox.mailTo(mail, "確認").contains("24時間"), "the confirmation mail says how long it works");
        open(link);
        assertEquals("利用申出の確定", heading());
        assertEquals("1 1 1 1 0 0", String.join(" ", stored(mail)).substring(0, 11), "opening the link changes nothing");
        assertAccessible("usage request confirmation");
        clickAndWait(By.id("confirm:submit"));
        String reference = text("reference");
        assertTrue(reference.matches("UA-[A-Z0-9]{5}-[A-Z0-9]{5}"), reference);
        assertAccessible("usage request confirmed");
        String[] after = stored(mail);
        assertEquals("1 0 0 0 1 0", String.join(" ", after).substring(0, 11),
                "the request is emptied, the application made, no account yet: " + String.join(" ", after));
        assertEquals(reference, after[7]);
        String id = after[6];
        String received = mailbox.mailTo(mail, reference);
        assertTrue(received.contains("受付番号：" + reference), received);

        // The link works once.
        open(link);
        assertTrue(text("invalid").contains("使えません"), text("invalid"));

        // The status page: the right pair, and the same answer for a wrong number or a wrong mail address.
        open("usage/status.xhtml");
        type("status:reference", reference.toLowerCase());
        type("status:mail", mail.toUpperCase());
        clickAndWait(By.id("status:submit"));
        assertTrue(text("state").startsWith("受付済み"), text("state"));
        assertAccessible("usage status");
        type("status:reference", reference);
        type("status:mail", "someone.else@example.jp");
        clickAndWait(By.id("status:submit"));
        String unknown = text("state");
        assertTrue(unknown.contains("一致する申出はありません"), unknown);
        type("status:reference", "UA-AAAAA-AAAAA");
        type("status:mail", mail);
        clickAndWait(By.id("status:submit"));
        assertEquals(unknown, text("state"));

        // The officers' queue processes it as a counter entry, and the approval mails the authentication ID.
        open("login.xhtml");
        logIn(BrowserTestData.idFor(Role.SUPERVISOR), BrowserTestData.PASSWORD);
        open("officer/usage-queue.xhtml?id=" + id);
        assertEquals("受付済み（審査待ち）", text("detailState"));
        assertEquals(reference, text("referenceNumber"));
        assertTrue(text("persons").contains("GH55667788IJ"), text("persons"));
        assertTrue(text("list:rows").contains(organisation), "the queue lists it");
        HttpResponse<byte[]> document = getWithSession("officer/usage-document?id=" + id);
        assertEquals(200, document.statusCode());
        assertEquals("application/pdf", document.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("%PDF", new String(document.body(), 0, 4, StandardCharsets.US_ASCII));
        clickAndWait(By.id("decide:approve"));
        Matcher issued = Pattern.compile("認証ID (ORG\\d{7}) を発行").matcher(messages());
        assertTrue(issued.find(), messages());
        String approval = mailbox.mailTo(mail, "承認");
        assertTrue(approval.contains(issued.group(1)), approval);
        assertTrue(approval.contains("set-password.xhtml?token="), approval);
        assertEquals("1", stored(mail)[5], "the account is made at the approval");
        clickAndWait(By.id("nav:logout"));

        open("usage/status.xhtml");
        type("status:reference", reference);
        type("status:mail", mail);
        clickAndWait(By.id("status:submit"));
        assertTrue(text("state").startsWith("承認"), text("state"));
    }

    @Test
    @DisplayName("UA2, UA3, UA4, AP8: a wrong check digit, an airport office, an office without jurisdiction, an"
            + " agent without the organisation's consent and a document that is no PDF, JPEG or PNG get field-level"
            + " errors, and nothing is stored")
    void ua2_ua3_ua4_wrongInputGetsFieldErrorsAndStoresNothing() throws Exception {
        sendFromOwnAddress();
        String mail = mail("wrong");
        String organisation = "誤り株式会社" + RUN;
        String valid = corporateNumber(organisation);
        String wrongDigit = ((valid.charAt(0) - '0' + 1) % 10) + valid.substring(1);
        open("usage/request.xhtml");
        fillOrganisation(organisation, wrongDigit, "narita");
        fillUser("request:", "AGENT", mail, "ja");
        Path text = Files.createTempFile("identity", ".pdf");
        Files.writeString(text, "not a pdf at all", StandardCharsets.UTF_8);
        attach("request:document", text);
        fillPerson(0, "NGUYEN VAN AN", "AB12345678CD");
        clickAndWait(By.id("request:send"));
        assertTrue(fieldError("request:corporateNumber").contains("法人番号が正しくありません"),
                fieldError("request:corporateNumber"));
        assertTrue(fieldError("request:office").contains("利用申出を受け付けていません"), fieldError("request:office"));
        assertTrue(fieldError("request:document").contains("PDF、JPEGまたはPNG"), fieldError("request:document"));
        assertTrue(messages().contains("送信していません"), messages());
        assertAccessible("usage request with field errors");
        String agentConsent = driver.findElement(By.id("request:agentConsent"))
                .findElement(By.xpath("../following-sibling::*[@role='alert']")).getText();
        assertTrue(agentConsent.contains("同意"), agentConsent);

        select("request:office", "osaka");
        type("request:corporateNumber", valid);
        clickAndWait(By.id("request:send"));
        assertTrue(fieldError("request:office").contains("管轄していません"), fieldError("request:office"));
        assertEquals("", fieldError("request:corporateNumber"));
        assertEquals("0 0 0 0 0 0", String.join(" ", stored(mail)).substring(0, 11), "nothing is stored");
    }

    @Test
    @DisplayName("UA2, UA4 (issue 17): the page and its field errors in English")
    void ua2_english() throws Exception {
        sendFromOwnAddress();
        String mail = mail("english");
        open("usage/request.xhtml");
        clickAndWait(By.id("lang:en"));
        try {
            assertEquals("Apply to use RAS online (new usage application)", heading());
            fillOrganisation("English Ltd " + RUN, "1234567890123", "haneda");
            fillUser("request:", "STAFF", mail, "en");
            clickAndWait(By.id("request:send"));
            assertTrue(fieldError("request:corporateNumber").contains("not a valid corporate number"),
                    fieldError("request:corporateNumber"));
            assertTrue(fieldError("request:office").contains("does not accept usage applications"),
                    fieldError("request:office"));
            assertTrue(fieldError("request:document").contains("Choose a file"), fieldError("request:document"));
            assertTrue(messages().contains("Nothing was sent"), messages());
            assertAccessible("usage request, English, field errors");

            String organisation = "English Ltd " + RUN;
            type("request:corporateNumber", corporateNumber(organisation));
            select("request:office", "tokyo");
            attach("request:document", pdf());
            fillPerson(0, "NGUYEN VAN AN", "AB12345678CD");
            clickAndWait(By.id("request:send"));
            assertTrue(text("sent").contains("We have sent a link to " + mail), text("sent"));
            String link = mailbox.newestMatch(mail, "usage/confirm\\.xhtml\\?token=[A-Za-z0-9_-]+");
            assertTrue(mailbox.mailTo(mail, "Please confirm").contains("within 24 hours")
                    || mailbox.mailTo(mail, "Please confirm").contains("Within 24 hours"));
            open(link);
            assertEquals("Confirm your usage application", heading());
            clickAndWait(By.id("confirm:submit"));
            String reference = text("reference");
            assertTrue(mailbox.mailTo(mail, reference).contains("Reference number: " + reference));
            assertAccessible("usage request confirmed, English");
            open("usage/status.xhtml");
            type("status:reference", reference);
            type("status:mail", mail);
            clickAndWait(By.id("status:submit"));
            assertTrue(text("state").startsWith("Received"), text("state"));
            assertAccessible("usage status, English");
        } finally {
            clickAndWait(By.id("lang:ja"));
        }
    }

    @Test
    @DisplayName("UA4 (issue 17): a client address that sent its limit of online applications gets 429 with"
            + " Retry-After and a clear message, on the form and when it sends")
    void ua4_addressLimitGives429() throws Exception {
        sendFromOwnAddress();
        for (int i = 0; i < UsageRequestConfig.LIMIT; i++) {
            open("usage/request.xhtml");
            fillValid("上限株式会社" + RUN + i, mail("limit" + i));
            clickAndWait(By.id("request:send"));
            assertTrue(driver.findElements(By.id("sent")).size() == 1, "request " + i + ": " + messages());
        }
        open("usage/request.xhtml");
        assertTrue(messages().contains("申出が多すぎます"), messages());
        assertTrue(driver.findElements(By.id("request:send")).isEmpty(), "no form to fill in");
        assertAccessible("usage request, limit reached");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(browser.base() + "usage/request.xhtml")).header("X-Forwarded-For", address).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(429, answer.statusCode());
        long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter > 23 * 3600 && retryAfter <= 24 * 3600, "until the first leaves the window: " + retryAfter);
        assertEquals("0 0 0 0 0 0", String.join(" ", stored(mail("limit" + UsageRequestConfig.LIMIT)))
                .substring(0, 11));
        HttpResponse<String> other = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(browser.base() + "usage/request.xhtml")).header("X-Forwarded-For", "10.0.0." + (address
                        .endsWith(".7") ? 8 : 7)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, other.statusCode(), "another address is not held back");
    }

    @Test
    @DisplayName("UA4 (issue 17): a link that lapsed (24 hours) files nothing, and the lapsed request is deleted when"
            + " the next one is sent")
    void ua4_lapsedLinkFilesNothingAndIsPurged() throws Exception {
        sendFromOwnAddress();
        String mail = mail("lapsed");
        open("usage/request.xhtml");
        fillValid("期限切れ株式会社" + RUN, mail);
        clickAndWait(By.id("request:send"));
        String link = mailbox.newestMatch(mail, "usage/confirm\\.xhtml\\?token=[A-Za-z0-9_-]+");
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.base() + "it/usage?lapse=true&mail="
                + mail)).build(), HttpResponse.BodyHandlers.ofString());
        open(link);
        assertTrue(text("invalid").contains("使えません"), text("invalid"));
        assertTrue(driver.findElements(By.id("confirm:submit")).isEmpty(), "no button for a lapsed link");
        assertEquals("1 1 1 1 0 0", String.join(" ", stored(mail)).substring(0, 11));
        open("usage/request.xhtml");
        fillValid("期限切れ株式会社" + RUN + "2", mail("lapsed2"));
        clickAndWait(By.id("request:send"));
        assertEquals("0 0 0 0 0 0", String.join(" ", stored(mail)).substring(0, 11), "purged");
    }

    @Test
    @DisplayName("UA4 (issue 17): at most three links wait at once for one mail address, whatever the client"
            + " addresses; the fourth is refused on the mail field and nothing is stored")
    void ua4_waitingLinksPerMailAddress() throws Exception {
        String mail = mail("waiting");
        for (int i = 0; i < 3; i++) {
            sendFromOwnAddress();
            open("usage/request.xhtml");
            fillValid("待機株式会社" + RUN + i, mail);
            clickAndWait(By.id("request:send"));
            assertEquals(1, driver.findElements(By.id("sent")).size(), "request " + i + ": " + messages());
        }
        sendFromOwnAddress();
        open("usage/request.xhtml");
        fillValid("待機株式会社" + RUN + "X", mail.toUpperCase());
        clickAndWait(By.id("request:send"));
        assertTrue(fieldError("request:applicantMail").contains("確定を待っているリンク"),
                fieldError("request:applicantMail"));
        assertEquals("3 3", String.join(" ", stored(mail)).substring(0, 3));
    }

    @Test
    @DisplayName("UA1, UA4 (issue 15, issue 17): the online request and status pages work from 360 to 414 px wide")
    void ua1_phoneWidths() {
        sendFromOwnAddress();
        assertFitsPhones("usage/request.xhtml", "usage/status.xhtml");
    }

    @Test
    @DisplayName("UA1, UA3, UA5: an organisation user asks online for an additional user; it lands in the usage"
            + " queue of the organisation's office as an additional application, and the approval mails the new ID")
    void ua1_ua3_additionalUserOnline() throws Exception {
        String mail = mail("additional");
        open("login.xhtml");
        logIn(TestRun.id("UO", RUN), UsageRequestTestData.PASSWORD);
        open("app/organisation.xhtml");
        clickAndWait(By.id("toUsageUser"));
        assertEquals("利用者の追加申出", heading());
        assertAccessible("additional user");
        fillUser("user:", "AGENT", mail, "en");
        Path text = Files.createTempFile("identity", ".png");
        Files.writeString(text, "GIF89a", StandardCharsets.US_ASCII);
        attach("user:document", text);
        clickAndWait(By.id("user:send"));
        assertTrue(fieldError("user:document").contains("PDF、JPEGまたはPNG"), fieldError("user:document"));
        String consent = driver.findElement(By.id("user:agentConsent"))
                .findElement(By.xpath("../following-sibling::*[@role='alert']")).getText();
        assertTrue(consent.contains("同意"), consent);
        assertEquals("0", stored(mail)[4]);
        assertAccessible("additional user, field errors");
        driver.findElement(By.id("user:agentConsent")).click();
        attach("user:document", pdf());
        clickAndWait(By.id("user:send"));
        String reference = text("reference");
        assertTrue(reference.matches("UA-[A-Z0-9]{5}-[A-Z0-9]{5}"), reference);
        String id = stored(mail)[6];
        assertTrue(mailbox.mailTo(mail, reference).contains(reference));
        clickAndWait(By.id("nav:logout"));

        open("login.xhtml");
        logIn(BrowserTestData.idFor(Role.SUPERVISOR), BrowserTestData.PASSWORD);
        open("officer/usage-queue.xhtml?id=" + id);
        assertEquals(reference, text("referenceNumber"));
        assertTrue(text("detail").contains("ロスター株式会社 " + TestRun.id("UO", RUN)), text("detail"));
        clickAndWait(By.id("decide:approve"));
        Matcher issued = Pattern.compile("認証ID (AGT\\d{7}) を発行").matcher(messages());
        assertTrue(issued.find(), messages());
        assertTrue(mailbox.mailTo(mail, "approved").contains(issued.group(1)));
        assertFalse(stored(mail)[5].equals("0"), "the new agent's account");
        clickAndWait(By.id("nav:logout"));
    }
}
