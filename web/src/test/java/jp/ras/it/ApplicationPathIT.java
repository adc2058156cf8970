package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.shared.JapanTime;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole path of one residence application through the real screens of both tiers, in headless Chromium: an
 * organisation user files it with a face photo, RAS mails the provisional number, the next Japan day (the
 * application's clock moved, {@link MovableClock}) the receipt numbering gives and mails the receipt number, an
 * officer asks for documents, the user uploads a PDF, the officer resumes, a supervisor grants, the officer records
 * the card made and its handover by post, and the user sees every step. GreenMail catches the mails; axe-core checks
 * every page visited.
 */
class ApplicationPathIT extends BrowserTest {

    private static final String NAME = "application-path-it";

    private static final String RUN = TestRun.newId();

    private static final String USER = ApplicationPathTestData.user(RUN);

    private static final String USER_MAIL = ApplicationPathTestData.mail(RUN);

    private static final String APPLICANT_MAIL = "applicant-" + RUN.toLowerCase() + "@example.com";

    private static final String OFFICER = BrowserTestData.idFor(Role.OFFICER);

    private static final String SUPERVISOR = BrowserTestData.idFor(Role.SUPERVISOR);

    private static final String REQUEST = "在職証明書（発行後3か月以内のもの）を提出してください。";

    private static Mailbox mail;

    private static Path photo;

    private static Path pdf;

    @Override
    String deploymentName() {
        return NAME;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ras(NAME).addClasses(TestRun.class, TestAccounts.class, TestOrganisations.class,
                        TestApplications.class, BrowserTestData.class, ApplicationPathTestData.class,
                        MovableClock.class, ClockServlet.class, ReceiptNumberingServlet.class, AsOrgUser.class,
                        AsAgent.class, AsSupervisor.class)
                .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsResource(new StringAsset(RUN), ApplicationPathTestData.RUN_RESOURCE);
    }

    @BeforeAll
    static void startSmtpAndWriteFiles() throws IOException {
        mail = Mailbox.start();
        photo = Files.createTempFile("ras-face-", ".jpg");
        Files.write(photo, TestApplications.photo(600));
        pdf = Files.createTempDirectory("ras-path-").resolve("zaishoku-shomei.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
    }

    @AfterAll
    static void stopSmtpAndRemoveFiles() throws IOException {
        if (mail != null) {
            mail.close();
        }
        if (photo != null) {
            Files.deleteIfExists(photo);
        }
        if (pdf != null) {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(pdf.getParent());
        }
    }

    @Test
    @DisplayName("AP3, AP8, AP11, RN1, RN2, ST1, ST2, RC5, RC6, RC7: filed with a photo → provisional number mailed"
            + " to the user and the applicant → receipt number the next Japan day, shown and mailed → documents"
            + " requested → a PDF uploaded and seen by the officer → review resumed → granted by a supervisor → card"
            + " made and mailed → handed over by post and delivered → 完了, every step in the user's history, in"
            + " Japanese and English")
    void fromFilingToTheCardDeliveredByPost() throws Exception {
        try {
            walkThePath();
        } finally {
            post("it-clock");
        }
    }

    private void walkThePath() throws Exception {
        // 1. The organisation user files an extension for the person on the roster, with a face photo, by post.
        logInAs(USER, ApplicationPathTestData.PASSWORD, "/app/home.xhtml");
        clickAndWait(By.id("toFile"));
        assertEquals("在留期間更新許可申請", heading());
        choosePerson(ApplicationPathTestData.PERSON);
        driver.findElement(By.id("file:presenceConfirmed")).click();
        type("file:desiredPeriod", "1年");
        type("file:reason", "引き続き同じ会社で技能職として働くため");
        driver.findElement(By.cssSelector("input[name='file:receiptMethod'][value='POST']")).click();
        type("file:applicantMail", APPLICANT_MAIL);
        driver.findElement(By.cssSelector("input[name='file:applicantLanguage'][value='ja']")).click();
        driver.findElement(By.id("file:photo")).sendKeys(photo.toAbsolutePath().toString());
        assertAccessible("file an application, filled in");
        clickAndWait(By.id("file:toReview"));
        assertAccessible("file an application, review");
        clickAndWait(By.id("file:submit"));
        String provisional = text("provisionalNumber");
        assertTrue(provisional.matches("\\d{8}-\\d{7}"), "RN1: " + text("main"));
        LocalDate accepted = LocalDate.parse(text("acceptanceDate"));
        assertEquals(JapanTime.today(Clock.systemUTC()), accepted, "AP3: the day it was filed, in Japan time");
        assertEquals("申請完了", text("filedStatus"));
        assertAccessible("application filed");

        // 2. RN1: the provisional number is mailed at once to the user and to the applicant.
        assertTrue(mail.mailTo(USER_MAIL, provisional).contains("Provisional receipt number: " + provisional),
                "RN1: the user (English) is mailed the provisional number");
        assertTrue(mail.mailTo(APPLICANT_MAIL, provisional).contains("申請受付仮番号：" + provisional),
                "RN1: the applicant (Japanese) is mailed the provisional number");

        clickAndWait(By.id("toApplication"));
        assertEquals("申請内容", heading());
        String id = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertEquals("未付番（申請の翌日に付番されます）", text("receiptNumber"));

        // 3. RN2: not on the day of filing; the next Japan day the receipt numbering gives the number and mails it.
        post("it-receipt-numbers");
        driver.navigate().refresh();
        assertEquals("未付番（申請の翌日に付番されます）", text("receiptNumber"), "RN2: not on the day of filing");
        post("it-clock?hours=24");
        LocalDate nextDay = accepted.plusDays(1);
        post("it-receipt-numbers");
        clickAndWait(By.id("nav:applications"));
        WebElement row = listRow();
        String receipt = row.findElement(By.cssSelector("a[id$=':open']")).getText();
        assertTrue(receipt.matches("東オンE\\d{8}"), "RN2: 〇オンE + 8 digits, Tokyo's 東: " + row.getText());
        assertFalse(row.getText().contains("（仮番号）"), row.getText());
        assertTrue(row.getText().contains("申請完了") && row.getText().contains("郵送"), row.getText());
        assertAccessible("application list, numbered");
        clickAndWait(By.linkText(receipt));
        assertEquals(receipt, text("receiptNumber"));
        assertEquals(provisional, text("provisionalNumber"));
        assertAccessible("application, numbered");
        assertTrue(mail.mailTo(USER_MAIL, "Receipt number " + receipt).contains(provisional),
                "RN2: the user is mailed the number");
        String toApplicant = mail.mailTo(APPLICANT_MAIL, "申請受付番号のお知らせ");
        assertTrue(toApplicant.contains(receipt) && toApplicant.contains(provisional), "RN2: " + toApplicant);
        clickAndWait(By.id("nav:logout"));

        // 4. An officer finds it in the Tokyo queue (a day old: within the standard, ST2), reviews it and asks for
        // documents with a message and a due date.
        logInAs(OFFICER, BrowserTestData.PASSWORD, "/officer/home.xhtml");
        clickAndWait(By.id("nav:applications"));
        new Select(driver.findElement(By.id("filter:office"))).selectByValue("tokyo");
        new Select(driver.findElement(By.id("filter:status"))).selectByValue("FILED");
        clickAndWait(By.id("filter:show"));
        WebElement queued = queueRow(By.xpath("//tbody/tr[td/a[normalize-space(.)='" + receipt + "']]"));
        List<WebElement> cells = queued.findElements(By.tagName("td"));
        assertEquals(ApplicationPathTestData.PERSON, cells.get(2).getText());
        assertEquals("申請完了", cells.get(5).getText());
        assertEquals("未割当て", cells.get(6).getText());
        assertEquals("1", cells.get(7).getText().strip(), "ST2: one day since filing, within the standard");
        assertAccessible("application queue");
        clickAndWait(By.linkText(receipt));
        assertEquals("申請完了", text("status"));
        assertTrue(text("summaryHeading").contains(receipt), text("summaryHeading"));
        assertTrue(text("filed").contains("郵送"), text("filed"));
        assertAccessible("review page, filed");
        clickAndWait(By.id("start:submit"));
        assertEquals("審査中", text("status"));
        assertEquals(OFFICER, text("assignedTo"));
        LocalDate due = nextDay.plusDays(14);
        type("documents:message", REQUEST);
        type("documents:due", due.toString());
        clickAndWait(By.id("documents:submit"));
        assertEquals("資料提出待ち", text("status"));
        assertTrue(text("filed").contains(REQUEST) && text("filed").contains(due.toString()), text("filed"));
        assertAccessible("review page, documents requested");
        clickAndWait(By.id("nav:logout"));
        String asked = mail.mailTo(USER_MAIL, "Documents requested (" + receipt + ")");
        assertTrue(asked.contains(REQUEST) && asked.contains(due.toString()), "AP8: the user is mailed: " + asked);

        // 5. The user sees the request on the application's page and uploads a PDF.
        logInAs(USER, ApplicationPathTestData.PASSWORD, "/app/home.xhtml");
        open("app/application.xhtml?id=" + id);
        assertEquals("資料提出待ち", text("state"), "issue 15: one vocabulary for users and officers");
        assertEquals(REQUEST, text("requestMessage"));
        assertEquals(due.toString(), text("requestDue"));
        assertAccessible("application, documents requested");
        driver.findElement(By.id("documents:document")).sendKeys(pdf.toAbsolutePath().toString());
        clickAndWait(By.id("documents:upload"));
        assertTrue(messages().contains("zaishoku-shomei.pdf"), messages());
        List<WebElement> uploaded = driver.findElements(By.cssSelector("#uploaded tbody tr"));
        assertEquals(1, uploaded.size());
        assertTrue(uploaded.get(0).getText().contains("zaishoku-shomei.pdf")
                && uploaded.get(0).getText().contains("application/pdf")
                && uploaded.get(0).getText().contains(Long.toString(Files.size(pdf))), uploaded.get(0).getText());
        assertAccessible("application, PDF uploaded");
        clickAndWait(By.id("nav:logout"));

        // 6. The officer sees the document, opens it and resumes the review; only a supervisor may decide.
        logInAs(OFFICER, BrowserTestData.PASSWORD, "/officer/home.xhtml");
        open("officer/application.xhtml?id=" + id);
        assertEquals("資料提出待ち", text("status"));
        List<WebElement> documents = driver.findElements(By.cssSelector("#uploaded tbody tr"));
        assertEquals(1, documents.size(), "AP8: the officer sees what the user uploaded");
        assertTrue(documents.get(0).getText().contains("application/pdf"), documents.get(0).getText());
        WebElement link = documents.get(0).findElement(By.linkText("zaishoku-shomei.pdf"));
        HttpResponse<byte[]> document = getWithSession(link.getAttribute("href").substring(browser.base().length()));
        assertEquals(200, document.statusCode());
        assertEquals("application/pdf", document.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", document.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(document.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                document.headers().firstValue("Content-Disposition").orElse(""));
        assertArrayEquals(Files.readAllBytes(pdf), document.body(), "the document as uploaded");
        assertAccessible("review page, document uploaded");
        type("resume:note", "在職証明書を受領");
        clickAndWait(By.id("resume:submit"));
        assertEquals("審査中", text("status"));
        assertTrue(driver.findElements(By.id("grant:submit")).isEmpty(), "supervisors decide");
        assertEquals("許可・不許可は監督者が決定します。", text("supervisorsDecide"));
        LocalDate stayExpiry = LocalDate.parse(text("stayExpiry"));
        clickAndWait(By.id("nav:logout"));

        logInAs(SUPERVISOR, BrowserTestData.PASSWORD, "/officer/home.xhtml");
        open("officer/application.xhtml?id=" + id);
        LocalDate newExpiry = stayExpiry.plusYears(1);
        type("grant:grantedPeriod", "1年");
        type("grant:newExpiry", newExpiry.toString());
        clickAndWait(By.id("grant:submit"));
        assertEquals("審査完了", text("status"));
        assertEquals("許可", text("decision"));
        assertEquals(newExpiry.toString(), text("newExpiry"));
        assertAccessible("review page, granted");
        clickAndWait(By.id("nav:logout"));
        String decided = mail.mailTo(USER_MAIL, "Review completed: granted (" + receipt + ")");
        assertTrue(decided.contains("Result: granted.") && decided.contains("ends on " + newExpiry)
                && decided.contains("4,000 yen") && decided.contains("registered mail to the ")
                && !decided.contains("counter"),
                "RC5: the 審査完了 mail says granted and what to send by post to which office: " + decided);

        // 7. The officer records the card made (the user is mailed, RC6) and its handover by post (RC5-RC7).
        logInAs(OFFICER, BrowserTestData.PASSWORD, "/officer/home.xhtml");
        open("officer/application.xhtml?id=" + id);
        clickAndWait(By.id("card:submit"));
        assertEquals("在留カード発行（交付待ち）", text("status"));
        assertTrue(text("post:feeHint").contains("4,000円"), text("post:feeHint"));
        assertAccessible("review page, card made");
        driver.findElement(By.id("post:itemsAtThisOffice")).click();
        driver.findElement(By.id("post:feeFormSigned")).click();
        type("post:stampsYen", "4000");
        type("post:dispatchedTo", ApplicationPathTestData.ADDRESS);
        type("post:deliveredOn", nextDay.toString());
        driver.findElement(By.id("post:oldCardPunched")).click();
        clickAndWait(By.id("post:submit"));
        assertEquals("交付済み", text("status"));
        assertEquals(nextDay.toString(), text("effectiveDate"), "RC6: by post, effective when delivered");
        assertEquals("この申請状態で行える操作はありません。", text("noActions"));
        assertAccessible("review page, handed over");
        clickAndWait(By.id("nav:logout"));
        String issued = mail.mailTo(USER_MAIL, "Residence card issued (" + receipt + ")");
        assertTrue(issued.contains(ApplicationPathTestData.PERSON), "RC6: " + issued);

        // The user: 交付済み in the list (issue 15: the officers' words), and every step in the application's history (ST1).
        logInAs(USER, ApplicationPathTestData.PASSWORD, "/app/home.xhtml");
        clickAndWait(By.id("nav:applications"));
        assertTrue(listRow().getText().contains(receipt) && listRow().getText().contains("交付済み"), listRow().getText());
        clickAndWait(By.linkText(receipt));
        assertEquals("交付済み", text("state"));
        assertTrue(driver.findElements(By.id("receipt")).isEmpty(), "RC3: no receipt method change any more");
        List<WebElement> history = historyRows();
        assertEquals(List.of("申請完了", "審査中", "資料提出待ち", "資料提出待ち", "審査中", "審査完了", "在留カード発行（交付待ち）",
                "交付済み"),
                history.stream().map(r -> r.findElements(By.tagName("td")).get(1).getText()).toList(),
                "every step, oldest first");
        assertEquals(List.of("", "", REQUEST, "資料「zaishoku-shomei.pdf」をアップロード", "在職証明書を受領",
                        "許可（在留期間：1年、満了日：" + newExpiry + "）", "", "在留カードを郵送で交付（到着日：" + nextDay + "）"),
                history.stream().map(r -> r.findElements(By.tagName("td")).get(2).getText()).toList(),
                "AP11: RAS's notes in the page's language, the officer's as typed");
        assertAccessible("application, completed");
        clickAndWait(By.id("lang:en"));
        assertEquals("Card handed over", text("state"), "issue 15: the officers' words in English too");
        assertTrue(text("history").contains("Residence card handed over by post (delivered " + nextDay + ")"),
                text("history"));
        assertAccessible("application, completed, English");
        clickAndWait(By.id("lang:ja"));
    }

    private void logInAs(String authId, String password, String home) {
        open("login.xhtml");
        logIn(authId, password);
        assertTrue(driver.getCurrentUrl().endsWith(home), driver.getCurrentUrl());
    }

    /** The only row of the user's application list. */
    private WebElement listRow() {
        List<WebElement> rows = driver.findElements(By.cssSelector("#list\\:applications tbody tr[data-ri]"));
        assertEquals(1, rows.size(), "the organisation has one application");
        return rows.get(0);
    }

    /** A POST to a test-only servlet of the deployment ({@link ClockServlet}, {@link ReceiptNumberingServlet}). */
    private String post(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(browser.base() + path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(2, response.statusCode() / 100, path + ": " + response.statusCode() + " " + response.body());
        return response.body();
    }
}
