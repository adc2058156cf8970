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
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.organisation.ApprovalValidity;
import jp.ras.domain.shared.JapanTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The officer intranet screens in headless Chromium. As a supervisor: a usage application entered at the counter,
 * approved in the queue, and the new organisation found with its roster and user. The officers' review of residence
 * applications (seeded by {@link ReviewScreensTestData}): the queue per office (paged in the database), the review
 * page with the photo and every step from filed to the card handed over by post, with the rule violations on their
 * fields, and the monthly processing times. axe-core checks every page.
 */
class OfficerScreensIT extends BrowserTest {

    private static final String NAME = "officer-screens-it";

    /** The test database outlives a run; this run's review organisation and persons end in this id. */
    private static final String REVIEW_RUN = TestRun.newId();

    private static final String REVIEW_ORGANISATION = ReviewScreensTestData.organisation(REVIEW_RUN);

    /** Makes names and addresses of this run unique: the test database outlives a run. */
    private final String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();

    @Override
    String deploymentName() {
        return NAME;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ras(NAME).addClasses(TestRun.class, TestAccounts.class, BrowserTestData.class,
                        TestOrganisations.class, TestApplications.class, ReviewScreensTestData.class)
                .addAsResource(new StringAsset(REVIEW_RUN), ReviewScreensTestData.RUN_RESOURCE);
    }

    private void logInAs(Role role) {
        open("login.xhtml");
        logIn(BrowserTestData.idFor(role), BrowserTestData.PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/officer/home.xhtml"), driver.getCurrentUrl());
    }

    @Test
    @DisplayName("Issue 15: offices are listed in the agency's order (not by their English names); processing times"
            + " opens on the officer's own office")
    void officesInTheAgencysOrder() {
        logInAs(Role.OFFICER);
        clickAndWait(By.id("nav:processingTimes"));
        assertEquals(BrowserTestData.OFFICER_OFFICE, new Select(driver.findElement(By.id("filter:office")))
                .getFirstSelectedOption().getAttribute("value"), "the officer's own office");
        assertTrue(text("main").contains("大阪出入国在留管理局神戸支局"), text("main"));
        clickAndWait(By.id("nav:applications"));
        List<WebElement> options = new Select(driver.findElement(By.id("filter:office"))).getOptions();
        assertEquals(List.of("sapporo", "sendai", "tokyo", "yokohama", "nagoya", "osaka", "kobe", "hiroshima",
                "takamatsu", "fukuoka", "naha"), options.stream().map(o -> o.getAttribute("value"))
                        .filter(v -> !v.isEmpty()).toList());
        assertEquals(List.of("札幌出入国在留管理局", "仙台出入国在留管理局", "東京出入国在留管理局"), options.stream()
                .filter(o -> !o.getAttribute("value").isEmpty()).limit(3).map(WebElement::getText).toList());
    }

    @Test
    @DisplayName("Issue 15: the officers' pages work from 360 to 414 px wide without sideways scrolling")
    void phoneWidths() {
        logInAs(Role.SUPERVISOR);
        open("officer/organisations.xhtml");
        type("search:text", REVIEW_ORGANISATION);
        clickAndWait(By.id("search:submit"));
        String organisation = driver.findElement(By.cssSelector("a[id$=':open']")).getAttribute("href");
        clickAndWait(By.id("nav:applications"));
        WebElement row = rowOf(ReviewScreensTestData.APPLICANT);
        String application = row.findElement(By.cssSelector("a[id$=':open']")).getAttribute("href");
        String base = browser.base();
        assertFitsPhones("officer/home.xhtml", "officer/applications.xhtml", application.substring(base.length()),
                "officer/organisations.xhtml", organisation.substring(base.length()), "officer/usage-queue.xhtml",
                "officer/usage-entry.xhtml", "officer/users.xhtml", "officer/processing-times.xhtml",
                "officer/reports.xhtml", "officer/supervisor/outbox.xhtml", "officer/supervisor/jobs.xhtml",
                "officer/supervisor/eligibility.xhtml", "officer/supervisor/unlock.xhtml",
                "officer/supervisor/audit.xhtml");
        clickAndWait(By.id("lang:en"));
        try {
            assertFitsPhones("officer/home.xhtml", "officer/applications.xhtml", application.substring(base.length()),
                    "officer/supervisor/outbox.xhtml", "officer/supervisor/audit.xhtml");
        } finally {
            clickAndWait(By.id("lang:ja")); // the account keeps the choice (issue 15): the other tests read Japanese
        }
    }

    @Test
    @DisplayName("UA4, AP9: a wrong residence card number at the counter is shown on its field, and nothing is stored")
    void wrongCardNumberIsShownOnItsFieldAndNothingIsStored() {
        logInAs(Role.SUPERVISOR);
        String organisation = "誤入力テスト株式会社" + run;
        clickAndWait(By.id("nav:usageEntry"));
        assertEquals("利用申出の受付", driver.findElement(By.tagName("h1")).getText());
        assertAccessible("usage entry");
        fillNewApplication(organisation, "wrong." + run.toLowerCase() + "@example.jp");
        fillPerson(0, "NGUYEN VAN AN", "VNM", "1994-03-12", "MALE", "AB12345678CD");
        clickAndWait(By.id("entry:addRow"));
        fillPerson(1, "TRAN THI BINH", "VNM", "1996-07-01", "FEMALE", "AB1234CD");
        clickAndWait(By.id("entry:receive"));

        String fieldError = fieldError("entry:persons:1:cardNumber");
        assertTrue(fieldError.contains("在留カード番号は英字2文字・数字8桁・英字2文字"), fieldError);
        assertEquals("", fieldError("entry:persons:0:cardNumber"), "the right card number has no error");
        assertTrue(text("messages").contains("保存していません"), text("messages"));
        assertEquals("NGUYEN VAN AN", value("entry:persons:0:nameRoman"), "what was typed stays for correction");
        assertEquals("AB1234CD", value("entry:persons:1:cardNumber"));
        assertAccessible("usage entry with a field error");

        clickAndWait(By.id("nav:usageQueue"));
        new Select(driver.findElement(By.id("filter:state"))).selectByVisibleText("すべての状態");
        clickAndWait(By.id("filter:show"));
        assertFalse(text("main").contains(organisation), "nothing was stored");
        assertAccessible("usage queue, all states");
    }

    @Test
    @DisplayName("UA1, UA3, UA4, UA5, UA6, PR6, PR7, AC2: a new usage application entered at the counter is approved "
            + "in the queue; the new organisation shows its roster and user, records changes, and takes an additional one")
    void newApplicationIsApprovedAndTheOrganisationShowsItsRosterAndUser() {
        logInAs(Role.SUPERVISOR);
        String organisation = "窓口テスト株式会社" + run;
        String mail = "counter." + run.toLowerCase() + "@example.jp";
        open("officer/usage-entry.xhtml");
        fillNewApplication(organisation, mail);
        fillPerson(0, "NGUYEN VAN AN", "VNM", "1994-03-12", "MALE", "AB12345678CD");
        clickAndWait(By.id("entry:addRow"));
        fillPerson(1, "TRAN THI BINH", "VNM", "1996-07-01", "FEMALE", "CD87654321EF");
        clickAndWait(By.id("entry:receive"));
        Matcher received = Pattern.compile("受付番号は (\\d+) です").matcher(text("messages"));
        assertTrue(received.find(), text("messages"));
        String number = received.group(1);
        assertEquals("", value("entry:orgName"), "the form is ready for the next applicant");
        assertAccessible("usage entry received");

        clickAndWait(By.id("toQueue"));
        assertTrue(text("detailHeading").endsWith(number), text("detailHeading"));
        assertEquals("受付済み（審査待ち）", text("detailState"));
        String persons = text("persons");
        assertTrue(persons.contains("NGUYEN VAN AN") && persons.contains("CD87654321EF"), persons);
        assertTrue(text("list:rows").contains(organisation), "the queue lists it");
        assertAccessible("usage queue with detail");
        clickAndWait(By.id("decide:approve"));
        Matcher issued = Pattern.compile("認証ID (ORG\\d{7}) を発行").matcher(text("messages"));
        assertTrue(issued.find(), text("messages"));
        String authId = issued.group(1);
        assertEquals("承認", text("detailState"));
        assertEquals(authId, text("issuedAuthId"));
        assertAccessible("usage queue approved");

        clickAndWait(By.id("nav:organisations"));
        driver.findElement(By.id("search:text")).sendKeys(organisation);
        clickAndWait(By.id("search:submit"));
        assertTrue(driver.findElement(By.id("sweep:run")).isDisplayed(), "PR5: supervisors can run the expiry sweep");
        assertAccessible("organisation search");
        clickAndWait(By.linkText(organisation));
        assertEquals(organisation, text("summaryHeading"));
        assertEquals("利用中", text("state"));
        assertEquals(ApprovalValidity.ofYears(1).firstExpiry(JapanTime.today(Clock.systemUTC())).toString(),
                text("validUntil"), "UA6: valid for one year from the approval date");
        String roster = text("roster");
        assertTrue(roster.contains("NGUYEN VAN AN") && roster.contains("TRAN THI BINH"), roster);
        assertTrue(roster.contains("AB12345678CD") && roster.contains("1996-07-01"),
                "officers see the full card number and date of birth: " + roster);
        String users = text("users");
        assertTrue(users.contains(authId) && users.contains(mail), users);
        assertAccessible("organisation page");

        new Select(driver.findElement(By.id("removePerson:entry"))).selectByVisibleText("TRAN THI BINH (CD87654321EF)");
        type("removePerson:reason", "帰国");
        clickAndWait(By.id("removePerson:submit"));
        assertTrue(text("messages").contains("外国人リストから削除しました"), text("messages"));
        assertTrue(text("roster").contains(JapanTime.today(Clock.systemUTC()) + " 帰国"),
                "PR6: the removal is dated and kept in the history: " + text("roster"));
        assertEquals(1, new Select(driver.findElement(By.id("removePerson:entry"))).getOptions().size() - 1,
                "only the current person can still be removed");
        assertAccessible("organisation page after a removal");

        // the "add a person" form: its sex drop-down shows the sexes (not ???sex.Summary…???) and adds a person
        List<String> sexes = new Select(driver.findElement(By.id("addPerson:sex"))).getOptions().stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("選択してください", "男", "女"), sexes);
        type("addPerson:nameRoman", "LE THI CUC");
        type("addPerson:nationality", "VNM");
        type("addPerson:dateOfBirth", "1998-02-03");
        new Select(driver.findElement(By.id("addPerson:sex"))).selectByVisibleText("女");
        type("addPerson:cardNumber", "EF13572468GH");
        type("addPerson:passportNumber", "C7654321");
        type("addPerson:statusOfResidence", "技能");
        type("addPerson:periodOfStay", "1年");
        type("addPerson:stayExpiry", JapanTime.today(Clock.systemUTC()).plusMonths(8).toString());
        type("addPerson:address", "東京都港区港南5-5-30");
        clickAndWait(By.id("addPerson:submit"));
        assertTrue(text("roster").contains("LE THI CUC") && text("roster").contains("EF13572468GH"), text("roster"));
        assertAccessible("organisation page after adding a person");

        type("change:address", "港区港南1-1-1 " + run);
        clickAndWait(By.id("change:submit"));
        assertTrue(fieldError("change:evidence").contains("入力してください"), "PR6: evidence is required");
        type("change:evidence", "登記事項証明書");
        clickAndWait(By.id("change:submit"));
        assertTrue(text("summary").contains("港区港南1-1-1 " + run), text("summary"));

        clickAndWait(By.id("lifecycle:suspend"));
        assertTrue(fieldError("lifecycle:reason").contains("入力してください"), "PR7: a suspension needs a reason");
        type("lifecycle:reason", "試験のための停止");
        clickAndWait(By.id("lifecycle:suspend"));
        assertEquals("利用停止", text("state"));
        assertTrue(text("audit").contains("ORGANISATION_SUSPENDED"), text("audit"));
        clickAndWait(By.id("lifecycle:resume"));
        assertEquals("利用中", text("state"), "PR5, PR7: resumed while the approval is valid");
        assertAccessible("organisation page after suspension and resumption");

        clickAndWait(By.id("additional"));
        assertEquals("ADDITIONAL", new Select(driver.findElement(By.id("entry:kind"))).getFirstSelectedOption()
                .getAttribute("value"), "UA1: the organisation page starts an additional application");
        assertTrue(new Select(driver.findElement(By.id("entry:organisation"))).getFirstSelectedOption().getText()
                .startsWith(organisation));
        new Select(driver.findElement(By.id("entry:applicantKind"))).selectByValue("AGENT");
        type("entry:applicantName", "行政 試験子");
        type("entry:applicantMail", "agent." + run.toLowerCase() + "@example.jp");
        type("entry:applicantPhone", "03-9876-5432");
        type("entry:applicantBirth", "1970-01-31");
        type("entry:identityDocument", "行政書士証票");
        clickAndWait(By.id("entry:receive"));
        assertTrue(text("main").contains("取次者には所属機関の同意（代表者の押印）の記録が必要です。"),
                "UA3: an agent needs the organisation's consent");
        assertFalse(text("main").contains("(UA3)"), "no rule ids in screen messages");
        driver.findElement(By.id("entry:agentConsent")).click();
        clickAndWait(By.id("entry:receive"));
        assertTrue(text("messages").contains("利用申出を受け付けました"), text("messages"));
        assertAccessible("additional usage application received");

        clickAndWait(By.id("nav:users"));
        driver.findElement(By.id("search:organisation")).sendKeys(organisation);
        clickAndWait(By.id("search:submit"));
        assertTrue(text("actions:list").contains(authId), text("actions:list"));
        clickAndWait(By.id("actions:list:0:reset"));
        assertTrue(text("messages").contains(authId + "の登録メールアドレスにパスワード再設定"), text("messages"));
        assertAccessible("users at the counter");
    }

    @Test
    @DisplayName("UA4: a CSV file fills the foreign-national rows for checking; a bad line is reported by its number")
    void csvFillsTheRows() throws Exception {
        logInAs(Role.SUPERVISOR);
        String header = "nameRoman,nameKanji,nationality,dateOfBirth,sex,cardNumber,passportNumber,"
                + "statusOfResidence,periodOfStay,stayExpiry,address\n";
        Path good = Files.createTempFile("roster", ".csv");
        Files.writeString(good, header
                + "SANTOS MARIA,,PHL,2001-02-03,F,EF11223344GH,P1234567,技能実習,1年,2027-03-31,東京都港区1-1\n"
                + "\"LI, MEI\",李 梅,CHN,1999-12-31,F,GH55667788IJ,,留学,1年3月,2026-10-01,\"東京都新宿区2-2\"\n",
                StandardCharsets.UTF_8);
        open("officer/usage-entry.xhtml");
        driver.findElement(By.id("entry:csv")).sendKeys(good.toAbsolutePath().toString());
        clickAndWait(By.id("entry:readCsv"));
        assertTrue(text("messages").contains("CSVから2人を読み込みました"), text("messages"));
        assertEquals("SANTOS MARIA", value("entry:persons:0:nameRoman"), "the empty first row was replaced");
        assertEquals("LI, MEI", value("entry:persons:1:nameRoman"));
        assertEquals("1999-12-31", value("entry:persons:1:dateOfBirth"));
        assertEquals("FEMALE", new Select(driver.findElement(By.id("entry:persons:1:sex")))
                .getFirstSelectedOption().getAttribute("value"));
        assertAccessible("usage entry after CSV");

        Path bad = Files.createTempFile("roster", ".csv");
        Files.writeString(bad, header
                + "SANTOS MARIA,,PHL,2001-02-03,F,EF11223344GH,P1234567,技能実習,1年,2027-03-31,東京都港区1-1\n"
                + "KIM,,KOR,2001-13-01,M,JK11223344LM,,留学,1年,2027-03-31,東京都\n", StandardCharsets.UTF_8);
        driver.findElement(By.id("entry:csv")).sendKeys(bad.toAbsolutePath().toString());
        clickAndWait(By.id("entry:readCsv"));
        String errors = text("main");
        assertTrue(errors.contains("3行目：日付は yyyy-mm-dd の形で入力してください（生年月日）"), errors);
        assertEquals(List.of(), driver.findElements(By.id("entry:persons:2:nameRoman")), "nothing was added");
        assertAccessible("usage entry with a CSV error");
    }

    @Test
    @DisplayName("UA5, PR7: an officer receives applications but sees no approve, deny, suspend or delete button")
    void officerWithoutSupervisorRoleCannotDecide() {
        logInAs(Role.SUPERVISOR);
        clickAndWait(By.id("nav:logout"));
        browser.logIn(BrowserTestData.idFor(Role.OFFICER), BrowserTestData.PASSWORD);
        assertAccessible("officer home");
        String organisation = "担当者テスト株式会社" + run;
        clickAndWait(By.id("nav:usageEntry"));
        fillNewApplication(organisation, "officer." + run.toLowerCase() + "@example.jp");
        fillPerson(0, "NGUYEN VAN AN", "VNM", "1994-03-12", "MALE", "AB12345678CD");
        clickAndWait(By.id("entry:receive"));
        assertTrue(text("messages").contains("利用申出を受け付けました"), text("messages"));
        clickAndWait(By.id("toQueue"));
        assertEquals("受付済み（審査待ち）", text("detailState"));
        assertEquals(List.of(), driver.findElements(By.id("decide:approve")), "only supervisors decide (UA5)");
        assertEquals(List.of(), driver.findElements(By.id("decide:deny")));

        clickAndWait(By.id("nav:reports"));
        assertEquals("定期報告の審査", driver.findElement(By.tagName("h1")).getText());
        assertAccessible("periodic reports");
        clickAndWait(By.id("nav:organisations"));
        assertEquals(List.of(), driver.findElements(By.id("sweep:run")), "the expiry sweep is for supervisors");
        clickAndWait(By.id("search:submit"));
        List<WebElement> links = driver.findElements(By.cssSelector("[id$=':open']"));
        if (!links.isEmpty()) {
            clickAndWait(By.id(links.get(0).getAttribute("id")));
            assertEquals(List.of(), driver.findElements(By.id("lifecycle:suspend")), "only supervisors (PR7)");
            assertEquals(List.of(), driver.findElements(By.id("lifecycle:delete")));
            assertAccessible("organisation page as officer");
        }
    }

    @Test
    @DisplayName("An unknown organisation, application or report number answers 404, like a missing page")
    void unknownIdsAnswerNotFound() throws Exception {
        logInAs(Role.SUPERVISOR);
        for (String page : List.of("officer/organisation.xhtml?id=999999999", "officer/organisation.xhtml?id=x",
                "officer/usage-queue.xhtml?id=999999999", "officer/reports.xhtml?id=999999999",
                "officer/usage-entry.xhtml?organisation=999999999")) {
            open(page);
            assertEquals("ページが見つかりません", driver.findElement(By.tagName("h1")).getText(), page);
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.base() + page))
                    .header("Cookie", sessionCookies()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode(), page);
        }
        assertAccessible("not found");
    }

    @Test
    @DisplayName("ST1, ST2, AP8, AP9, RC5, RC6, RC7: a supervisor finds the application in the office's queue (over "
            + "the standard), sees the photo, reviews it, requests documents, grants it, records the card and its "
            + "handover by post, with the wrong due date, expiry and stamps shown on their fields; the month's "
            + "processing times count it")
    void fromTheQueueToTheCardHandedOverByPost() {
        LocalDate today = JapanTime.today(Clock.systemUTC());
        logInAs(Role.SUPERVISOR);
        clickAndWait(By.id("nav:applications"));
        assertEquals("在留申請の審査", driver.findElement(By.tagName("h1")).getText());
        assertAccessible("application queue");

        new Select(driver.findElement(By.id("filter:office"))).selectByValue("tokyo");
        new Select(driver.findElement(By.id("filter:status"))).selectByValue("FILED");
        clickAndWait(By.id("filter:show"));
        assertEquals(20, driver.findElements(By.cssSelector("[id='list:rows'] tbody tr")).size(),
                "one page of 20 from the database");
        String pageReport = driver.findElement(By.cssSelector("[id='list:rows'] .ui-paginator-current")).getText();
        assertTrue(pageReport.matches("(\\d+)件中 1～20件目（1/\\d+ページ）"), "the paginator tells where one is");
        long filed = Long.parseLong(pageReport.substring(0, pageReport.indexOf('件')));
        assertAccessible("application queue, first page with the paginator");
        WebElement row = rowOf(ReviewScreensTestData.APPLICANT);
        String rowText = row.getText();
        assertTrue(rowText.contains(REVIEW_ORGANISATION) && rowText.contains("申請完了")
                && rowText.contains("未割当て"), rowText);
        assertTrue(rowText.contains(ReviewScreensTestData.DAYS_SINCE_FILING + " 基準超過"),
                "ST2: over the standard, said in words: " + rowText);
        assertAccessible("application queue, last page");

        // Issue 15: the queue as filtered, every page, as CSV (posted like the button, read by the page's script).
        String csv = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "const data = new URLSearchParams(new FormData(document.getElementById('filter')));"
                + "data.append('filter:export', 'x');"
                + "fetch(document.getElementById('filter').action, {method: 'POST', body: data})"
                + ".then(r => r.arrayBuffer()).then(b => { const u = new Uint8Array(b);"
                + " done((u[0] === 0xEF && u[1] === 0xBB && u[2] === 0xBF ? 'BOM' : 'no BOM')"
                + " + new TextDecoder('utf-8').decode(b)); }, e => done('failed: ' + e));");
        assertTrue(csv.startsWith("BOM\"number\",\"organisation\",\"name\""),
                "UTF-8 with a byte order mark, then the header: " + csv.substring(0, 80));
        String line = csv.lines().filter(l -> l.contains(ReviewScreensTestData.APPLICANT)).findFirst().orElseThrow();
        assertTrue(line.contains("\"" + REVIEW_ORGANISATION + "\"") && line.contains("\"FILED\"")
                && line.contains("\"" + ReviewScreensTestData.DAYS_SINCE_FILING + "\",\"true\""), line);
        assertTrue(csv.lines().skip(1).allMatch(l -> l.contains("\"FILED\"")), "only the filter's applications");
        assertEquals(filed + 1, csv.lines().count(), "every page, not the one shown, and a header");

        clickAndWait(By.id(row.findElement(By.cssSelector("a[id$=':open']")).getAttribute("id")));
        assertEquals("在留申請の審査", driver.findElement(By.tagName("h1")).getText());
        assertEquals("申請完了", text("status"));
        String person = text("person");
        assertTrue(person.contains(ReviewScreensTestData.card(REVIEW_RUN, 0)) && person.contains(
                ReviewScreensTestData.BIRTH.toString()), "officers see the card number and birth date: " + person);
        assertTrue(text("filed").contains("郵送"), text("filed"));
        WebElement photo = driver.findElement(By.cssSelector("img.face-photo"));
        assertTrue(photo.getAttribute("alt").contains("顔写真") && photo.getAttribute("alt").contains(
                ReviewScreensTestData.APPLICANT), photo.getAttribute("alt"));
        assertEquals(600L, ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth;", photo),
                "AP8: the photo is shown");
        LocalDate stayExpiry = LocalDate.parse(text("stayExpiry"));
        assertAccessible("review page, filed");

        clickAndWait(By.id("start:submit"));
        assertEquals("審査中", text("status"));
        assertEquals(BrowserTestData.idFor(Role.SUPERVISOR), text("assignedTo"), "the reviewer takes it");

        type("documents:message", "在職証明書を提出してください");
        type("documents:due", today.minusDays(1).toString());
        clickAndWait(By.id("documents:submit"));
        assertTrue(fieldError("documents:due").contains("提出期限は明日以降の日付にしてください"),
                "AP8, AP9: " + fieldError("documents:due"));
        assertEquals("審査中", text("status"), "nothing changed");
        assertAccessible("review page with a field error");
        type("documents:due", today.plusDays(14).toString());
        clickAndWait(By.id("documents:submit"));
        assertEquals("資料提出待ち", text("status"));
        assertTrue(text("filed").contains("在職証明書を提出してください"), text("filed"));

        type("resume:note", "在職証明書を受領");
        clickAndWait(By.id("resume:submit"));
        assertEquals("審査中", text("status"));

        // the primary (許可する) and danger (不許可にする) buttons look different, above the PrimeFaces theme's rule
        assertEquals("rgba(11, 79, 138, 1)", driver.findElement(By.id("grant:submit")).getCssValue("background-color"));
        assertEquals("rgba(163, 0, 0, 1)", driver.findElement(By.id("deny:submit")).getCssValue("background-color"));
        assertEquals("rgba(255, 255, 255, 1)", driver.findElement(By.id("deny:submit")).getCssValue("color"));
        assertEquals("3年", driver.findElement(By.id("grant:grantedPeriod")).getAttribute("value"),
                "issue 15: the period asked for is proposed");
        assertEquals(stayExpiry.plusYears(3).toString(), driver.findElement(By.id("grant:newExpiry"))
                .getAttribute("value"), "issue 15: the expiry is proposed from the period");
        type("grant:grantedPeriod", "1年3月");
        driver.findElement(By.id("grant:grantedPeriod")).sendKeys(Keys.TAB);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("grant:newExpiry"))
                .getAttribute("value").equals(stayExpiry.plusYears(1).plusMonths(3).toString()));
        type("grant:grantedPeriod", "3年");
        driver.findElement(By.id("grant:grantedPeriod")).sendKeys(Keys.TAB);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("grant:newExpiry"))
                .getAttribute("value").equals(stayExpiry.plusYears(3).toString()));
        type("grant:newExpiry", stayExpiry.minusDays(1).toString());
        clickAndWait(By.id("grant:submit"));
        assertTrue(fieldError("grant:newExpiry").contains("現在の在留期間の満了日より後"),
                fieldError("grant:newExpiry"));
        assertEquals("審査中", text("status"));
        type("grant:newExpiry", stayExpiry.plusYears(3).toString());
        clickAndWait(By.id("grant:submit"));
        assertEquals("審査完了", text("status"));
        assertEquals("許可", text("decision"));
        assertEquals(stayExpiry.plusYears(3).toString(), text("newExpiry"));
        assertEquals(List.of(), driver.findElements(By.id("withdraw:submit")), "ST3: no withdrawal after the decision");

        clickAndWait(By.id("card:submit"));
        assertEquals("在留カード発行（交付待ち）", text("status"));
        assertTrue(text("post:feeHint").contains("4,000円"), "RC5: the fee as hint: " + text("post:feeHint"));
        assertAccessible("review page, card ready");

        driver.findElement(By.id("post:itemsAtThisOffice")).click();
        driver.findElement(By.id("post:feeFormSigned")).click();
        type("post:stampsYen", "3000");
        type("post:dispatchedTo", "東京都港区港南5-5-30");
        type("post:deliveredOn", today.toString());
        driver.findElement(By.id("post:oldCardPunched")).click();
        clickAndWait(By.id("post:submit"));
        assertTrue(fieldError("post:stampsYen").contains("収入印紙の金額が手数料と一致しません。"),
                "RC5: " + fieldError("post:stampsYen"));
        assertEquals("在留カード発行（交付待ち）", text("status"));
        assertAccessible("review page with the stamps error");
        type("post:stampsYen", "4000");
        clickAndWait(By.id("post:submit"));
        assertEquals("交付済み", text("status"));
        assertEquals(today.toString(), text("effectiveDate"), "RC6: by post, effective when delivered");
        String history = text("history");
        for (String status : List.of("申請完了", "審査中", "資料提出待ち", "審査完了", "在留カード発行（交付待ち）", "交付済み")) {
            assertTrue(history.contains(status), status + " in " + history);
        }
        assertTrue(history.contains("在留カードを郵送で交付（到着日：" + today + "）"), history);
        assertTrue(history.contains("許可（在留期間：3年、満了日：" + stayExpiry.plusYears(3) + "）"),
                "AP11: RAS's notes in Japanese on the Japanese page: " + history);
        assertEquals("この申請状態で行える操作はありません。", text("noActions"));
        assertAccessible("review page, completed");

        clickAndWait(By.id("lang:en"));
        assertEquals("Card handed over", text("status"));
        assertTrue(text("history").contains("Waiting for documents"), text("history"));
        assertTrue(text("history").contains("Granted: 3 years, until " + stayExpiry.plusYears(3)), text("history"));
        assertTrue(text("person").contains("Engineer / Specialist in Humanities / International Services")
                && text("person").contains("3 years"), "AP11: the status and period in English: " + text("person"));
        assertAccessible("review page in English");
        clickAndWait(By.id("lang:ja"));

        clickAndWait(By.id("nav:processingTimes"));
        assertEquals("処理期間", driver.findElement(By.tagName("h1")).getText());
        assertTrue(text("standard").contains("2週間～1か月"), "ST2: the standard is stated: " + text("standard"));
        new Select(driver.findElement(By.id("filter:office"))).selectByValue("tokyo");
        new Select(driver.findElement(By.id("filter:year"))).selectByValue(Integer.toString(today.getYear()));
        clickAndWait(By.id("filter:show"));
        List<WebElement> cells = driver.findElements(By.xpath("//table[@id='figures']/tbody/tr["
                + today.getMonthValue() + "]/td"));
        assertTrue(Integer.parseInt(cells.get(1).getText().strip()) >= 1,
                "ST2: decided this month: " + cells.get(1).getText());
        assertTrue(cells.get(3).getText().contains("標準処理期間超過あり"),
                "decided 35 days after filing: " + cells.get(3).getText());
        assertTrue(cells.get(2).getText().strip().matches("\\d+\\.\\d") && cells.get(3).getText().strip()
                .matches("\\d+\\.\\d .*"), "issue 15: mean and longest days alike: " + cells.get(2).getText() + " / "
                + cells.get(3).getText());
        assertAccessible("processing times");
    }

    @Test
    @DisplayName("ST1, ST3, AP8: an unknown application or photo answers 404; the photo goes uncached to logged-in "
            + "officers only; an officer without the supervisor role reviews, assigns and withdraws but cannot decide")
    void officerReviewsButDoesNotDecideAndUnknownIdsAnswerNotFound() throws Exception {
        logInAs(Role.OFFICER);
        for (String page : List.of("officer/application.xhtml?id=999999999", "officer/application.xhtml?id=x",
                "officer/application.xhtml", "officer/photo?id=999999999", "officer/photo?id=x")) {
            assertEquals(404, getWithSession(page).statusCode(), page);
        }
        open("officer/application.xhtml?id=999999999");
        assertEquals("ページが見つかりません", driver.findElement(By.tagName("h1")).getText());
        assertAccessible("not found");

        open("officer/applications.xhtml");
        new Select(driver.findElement(By.id("filter:office"))).selectByValue("tokyo");
        clickAndWait(By.id("filter:show"));
        WebElement link = rowOf(ReviewScreensTestData.SECOND_APPLICANT).findElement(By.cssSelector("a[id$=':open']"));
        String id = link.getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
        HttpResponse<byte[]> photo = getWithSession("officer/photo?id=" + id);
        assertEquals(200, photo.statusCode());
        assertTrue(photo.body().length > 1000, "AP8: the photo itself");
        assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", photo.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<byte[]> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(browser.base() + "officer/photo?id=" + id)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(anonymous.statusCode() != 200 || !anonymous.headers().firstValue("Content-Type").orElse("")
                .startsWith("image/"), "not without logging in: " + anonymous.statusCode());

        clickAndWait(By.id(link.getAttribute("id")));
        assertEquals("申請完了", text("status"));
        clickAndWait(By.id("start:submit"));
        assertEquals("審査中", text("status"), "any officer reviews");
        assertEquals(BrowserTestData.idFor(Role.OFFICER), text("assignedTo"));
        assertEquals(List.of(), driver.findElements(By.id("grant:submit")), "supervisors decide");
        assertEquals(List.of(), driver.findElements(By.id("deny:submit")));
        assertEquals("許可・不許可は監督者が決定します。", text("supervisorsDecide"));
        assertTrue(driver.findElement(By.id("documents:submit")).isDisplayed(), "an officer requests documents");
        assertAccessible("review page as officer");

        type("assign:officerAuthId", "NOSUCH0001");
        clickAndWait(By.id("assign:submit"));
        assertTrue(fieldError("assign:officerAuthId").contains("この認証IDの有効な職員はいません"),
                fieldError("assign:officerAuthId"));
        type("assign:officerAuthId", BrowserTestData.idFor(Role.SUPERVISOR));
        clickAndWait(By.id("assign:submit"));
        assertEquals(BrowserTestData.idFor(Role.SUPERVISOR), text("assignedTo"));

        new Select(driver.findElement(By.id("withdraw:part"))).selectByValue("RE_ENTRY");
        type("withdraw:request", "所属機関から電話で取下げの申出");
        clickAndWait(By.id("withdraw:submit"));
        assertTrue(fieldError("withdraw:part").contains("再入国許可申請・資格外活動許可申請が含まれていません。"),
                "ST3: only a part that was filed: " + fieldError("withdraw:part"));
        new Select(driver.findElement(By.id("withdraw:part"))).selectByValue("WHOLE");
        clickAndWait(By.id("withdraw:submit"));
        assertEquals("取下げ", text("status"));
        assertTrue(text("history").contains("取下げ（申請全体）：所属機関から電話で取下げの申出"), text("history"));
        assertEquals("この申請状態で行える操作はありません。", text("noActions"));
        assertAccessible("review page, withdrawn");
    }

    /** The review queue's row of {@code applicant} of this run's organisation (on the last pages: oldest first). */
    private WebElement rowOf(String applicant) {
        return queueRow(By.xpath("//tbody/tr[td[contains(., '" + REVIEW_ORGANISATION + "')] and td[contains(., '"
                + applicant + "')]]"));
    }

    private void fillNewApplication(String organisation, String mail) {
        new Select(driver.findElement(By.id("entry:kind"))).selectByValue("NEW");
        new Select(driver.findElement(By.id("entry:office"))).selectByValue("tokyo");
        type("entry:orgName", organisation);
        type("entry:corporateNumber", corporateNumber(run));
        new Select(driver.findElement(By.id("entry:prefecture"))).selectByValue("東京都");
        type("entry:address", "港区港南5-5-30 " + run);
        new Select(driver.findElement(By.id("entry:applicantKind"))).selectByValue("STAFF");
        type("entry:applicantName", "窓口 試験子");
        type("entry:applicantMail", mail);
        type("entry:applicantPhone", "03-1234-5678");
        type("entry:applicantBirth", "1985-04-01");
        type("entry:identityDocument", "運転免許証");
    }

    private void fillPerson(int row, String name, String nationality, String birth, String sex, String card) {
        String prefix = "entry:persons:" + row + ":";
        type(prefix + "nameRoman", name);
        type(prefix + "nationality", nationality);
        type(prefix + "dateOfBirth", birth);
        new Select(driver.findElement(By.id(prefix + "sex"))).selectByValue(sex);
        type(prefix + "cardNumber", card);
        type(prefix + "statusOfResidence", "技術・人文知識・国際業務");
        type(prefix + "periodOfStay", "3年");
        type(prefix + "stayExpiry", LocalDate.now().plusYears(2).toString());
        type(prefix + "address", "東京都港区港南1-2-3");
    }

    /** A 法人番号 with a correct check digit (UA4), made from the run's suffix. */
    private static String corporateNumber(String seed) {
        String twelve = String.format("%012d", Math.abs(seed.hashCode()) % 1_000_000_000_000L);
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (twelve.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return (9 - sum % 9) + twelve;
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

}
