package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.shared.JapanTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The officers' review of residence applications in headless Chromium: the queue per office (paged in the
 * database), the review page with the photo and every step from filed to the card handed over by post, with the
 * rule violations on their fields, and the monthly processing times. axe-core checks every page.
 */
class ReviewScreensIT extends BrowserTest {

    private static final String NAME = "review-screens-it";

    /** The test database outlives a run; this run's organisation and person end in this id. */
    private static final String RUN = TestRun.newId();

    private static final String ORGANISATION = ReviewScreensTestData.organisation(RUN);

    @Override
    String deploymentName() {
        return NAME;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ras(NAME).addClasses(TestRun.class, TestAccounts.class, BrowserTestData.class,
                        TestOrganisations.class, TestApplications.class, ReviewScreensTestData.class)
                .addAsResource(new StringAsset(RUN), ReviewScreensTestData.RUN_RESOURCE);
    }

    private void logInAs(Role role) {
        open("login.xhtml");
        logIn(BrowserTestData.idFor(role), BrowserTestData.PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/officer/home.xhtml"), driver.getCurrentUrl());
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
        assertTrue(driver.findElement(By.cssSelector("[id='list:rows'] .ui-paginator-current")).getText()
                .matches("(\\d+)件中 1～20件目（1/\\d+ページ）"), "the paginator tells where one is");
        assertAccessible("application queue, first page with the paginator");
        WebElement row = rowOf(ReviewScreensTestData.APPLICANT);
        String rowText = row.getText();
        assertTrue(rowText.contains(ORGANISATION) && rowText.contains("申請完了")
                && rowText.contains("未割当て"), rowText);
        assertTrue(rowText.contains(ReviewScreensTestData.DAYS_SINCE_FILING + " 基準超過"),
                "ST2: over the standard, said in words: " + rowText);
        assertAccessible("application queue, last page");

        clickAndWait(By.id(row.findElement(By.cssSelector("a[id$=':open']")).getAttribute("id")));
        assertEquals("在留申請の審査", driver.findElement(By.tagName("h1")).getText());
        assertEquals("申請完了", text("status"));
        String person = text("person");
        assertTrue(person.contains(ReviewScreensTestData.card(RUN, 0)) && person.contains(
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

        type("grant:grantedPeriod", "3年");
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
        assertTrue(fieldError("post:stampsYen").contains("収入印紙の金額が手数料と一致しません。 (RC5)"),
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
        assertTrue(history.contains("by post, delivered " + today), history);
        assertEquals("この申請状態で行える操作はありません。", text("noActions"));
        assertAccessible("review page, completed");

        clickAndWait(By.id("lang:en"));
        assertEquals("Card handed over", text("status"));
        assertTrue(text("history").contains("Waiting for documents"), text("history"));
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
        assertTrue(fieldError("withdraw:part").contains("再入国許可申請・資格外活動許可申請が含まれていません。 (ST3)"),
                "ST3: only a part that was filed: " + fieldError("withdraw:part"));
        new Select(driver.findElement(By.id("withdraw:part"))).selectByValue("WHOLE");
        clickAndWait(By.id("withdraw:submit"));
        assertEquals("取下げ", text("status"));
        assertTrue(text("history").contains("WHOLE: 所属機関から電話で取下げの申出"), text("history"));
        assertEquals("この申請状態で行える操作はありません。", text("noActions"));
        assertAccessible("review page, withdrawn");
    }

    /** The queue's row of {@code applicant} of this run's organisation (on the last pages: oldest first). */
    private WebElement rowOf(String applicant) {
        return queueRow(By.xpath("//tbody/tr[td[contains(., '" + ORGANISATION + "')] and td[contains(., '"
                + applicant + "')]]"));
    }
}
