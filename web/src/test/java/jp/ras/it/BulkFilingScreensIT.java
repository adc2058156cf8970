package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.ras.batch.infrastructure.excel.BulkColumn;
import jp.ras.batch.infrastructure.excel.BulkKind;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The bulk-filing screen in a browser: template, upload, progress, the workbook of refused rows (B1, B2). */
class BulkFilingScreensIT extends BrowserTest {

    private static final String NAME = "bulk-screens-it";

    private static final String RUN = TestRun.newId();

    private static final String PASSWORD = BulkScreensTestData.PASSWORD;

    @Override
    String deploymentName() {
        return NAME;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ras(NAME).addClasses(TestRun.class, TestAccounts.class, BulkScreensTestData.class)
                .addAsResource(new StringAsset(RUN), BulkScreensTestData.RUN_RESOURCE);
    }

    private static XSSFWorkbook workbook(HttpResponse<byte[]> response) throws Exception {
        assertEquals(200, response.statusCode(), "answer " + response.statusCode() + " → "
                + response.headers().firstValue("Location").orElse(""));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    /** The text of the cell under the header {@code header} (first header row) in data row {@code row}. */
    private static String cell(Sheet sheet, String header, int row) {
        Row headers = sheet.getRow(0);
        for (Cell c : headers) {
            if (c.getStringCellValue().startsWith(header)) {
                Cell value = sheet.getRow(row).getCell(c.getColumnIndex());
                return value == null ? "" : value.toString();
            }
        }
        throw new AssertionError("no column " + header);
    }

    @Test
    @DisplayName("B1, B2, AP8: template download → upload of a filled template with photos (one missing) → progress"
            + " → the photo attached afterwards files its row → the refused rows as a workbook with an error column per"
            + " field and the rule, in the user's language")
    void b1_templateUploadProgressErrors() throws Exception {
        open("login.xhtml");
        logIn(TestRun.id("BS", RUN), PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/app/home.xhtml"), driver.getCurrentUrl());
        clickAndWait(By.id("toBulk"));
        assertEquals("一括申請", heading());
        assertAccessible("bulk filing");

        try (XSSFWorkbook template = workbook(getWithSession("app/bulk-template"))) {
            assertNotNull(template.getSheet(BulkKind.EXTENSION.sheetName()), "B1: a sheet per kind of procedure");
            assertNotNull(template.getSheet(BulkKind.EXTENSION_WITH_PERMITS.sheetName()));
        }

        LocalDate expiry = BulkScreensTestData.expiry(LocalDate.now(ZoneId.of("Asia/Tokyo")));
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < BulkScreensTestData.PERSONS; i++) {
            String card = BulkScreensTestData.card(RUN, i);
            cards.add(card);
            rows.add(BulkWorkbooks.row(card, expiry, "bulk-screen-" + RUN.toLowerCase() + "-" + i + "@example.jp"));
        }
        rows.get(2).put(BulkColumn.NAME_ROMAN, "Not This Person");
        Path file = Files.createTempFile("bulk-screen", ".xlsx");
        Path photos = Files.createTempFile("bulk-screen", ".zip");
        Files.write(file, BulkWorkbooks.workbook(BulkKind.EXTENSION, rows));
        Files.write(photos, BulkWorkbooks.photos(List.of(cards.get(0), cards.get(2)))); // row 4's photo comes later

        driver.findElement(By.id("upload:file")).sendKeys(file.toString());
        driver.findElement(By.id("upload:photos")).sendKeys(photos.toString());
        clickAndWait(By.id("upload:send"));
        assertTrue(messages().contains(file.getFileName().toString()), messages());
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> d.findElement(By.id("filings:list"))
                .findElements(By.cssSelector("tbody tr")).get(0).getText().contains("完了"));
        String row = driver.findElement(By.cssSelector("[id='filings:list'] tbody tr")).getText();
        assertTrue(row.contains("3 / 3") && row.contains("うち写真待ち 1"), row);
        assertEquals("1", driver.findElement(By.cssSelector("[id='filings:list'] tbody tr .filed")).getText());
        assertEquals("2", driver.findElement(By.cssSelector("[id='filings:list'] tbody tr .refused")).getText());
        assertAccessible("bulk filing, completed");

        // B1, AP8: the row without its photo gets it now, and is filed.
        clickAndWait(By.cssSelector("[id='filings:list'] tbody tr input[id$='photos']"));
        assertTrue(text("attach:awaiting").contains(BulkScreensTestData.card(RUN, 1)), text("attach:awaiting"));
        assertAccessible("bulk filing, rows awaiting a photo");
        Path photo = Files.createTempFile("bulk-screen", ".jpg");
        Files.write(photo, TestApplications.photo(300));
        new Select(driver.findElement(By.id("attach:row"))).selectByValue("4");
        driver.findElement(By.id("attach:photo")).sendKeys(photo.toString());
        clickAndWait(By.id("attach:attachPhoto"));
        assertTrue(messages().contains("4行目を申請しました"), messages());
        assertEquals("2", driver.findElement(By.cssSelector("[id='filings:list'] tbody tr .filed")).getText());
        assertEquals("1", driver.findElement(By.cssSelector("[id='filings:list'] tbody tr .refused")).getText());
        assertEquals("写真を待っている行はありません。", text("attach:awaitingNone"));

        String errors = driver.findElement(By.cssSelector("[id='filings:list'] tbody tr a[id$='errors']"))
                .getAttribute("href");
        String path = errors.substring(errors.indexOf("app/bulk-errors"));
        try (XSSFWorkbook refused = workbook(getWithSession(path))) {
            Sheet sheet = refused.getSheet(BulkKind.EXTENSION.sheetName());
            assertEquals(BulkScreensTestData.card(RUN, 2), cell(sheet, "在留カード番号", 2), "the row as uploaded");
            String error = cell(sheet, "エラー：氏名", 2);
            assertTrue(error.contains("一致しません") && !error.contains("AP2"), "issue 15: no rule id: " + error);
            assertEquals(null, sheet.getRow(3), "only the refused row");
        }

        // Issue 19: the same file sent again is held with a question; 申請しない files nothing.
        driver.findElement(By.id("upload:file")).sendKeys(file.toString());
        clickAndWait(By.id("upload:send"));
        String question = text("againText");
        assertTrue(question.contains(file.getFileName().toString()) && question.contains("同じ内容"), question);
        assertAccessible("bulk filing, the same file again");
        clickAndWait(By.id("again:cancelAgain"));
        assertTrue(messages().contains("申請しませんでした"), messages());
        assertEquals(1, driver.findElement(By.id("filings:list")).findElements(By.cssSelector("tbody tr")).size(),
                "nothing filed");

        // Issue 19: the supervisor's jobs screen tells this filing apart (organisation, file) with its progress from
        // RAS's tables, and offers no restart for a completed one.
        freshSession();
        open("login.xhtml");
        logIn(TestRun.id("BV", RUN), PASSWORD);
        open("officer/supervisor/jobs.xhtml");
        WebElement bulk = driver.findElements(By.cssSelector("[id='jobs:executions'] tbody tr")).stream()
                .filter(tr -> tr.getText().contains(file.getFileName().toString())).findFirst().orElseThrow();
        assertTrue(bulk.getText().contains("ロスター株式会社 " + TestRun.id("BS", RUN))
                && bulk.getText().contains("3 / 3 行（申請 2・エラー 1）") && bulk.getText().contains("完了"),
                bulk.getText());
        assertTrue(bulk.findElements(By.cssSelector("input[id$='restart']")).isEmpty(), "nothing to restart");
        assertAccessible("batch jobs, with a bulk filing");
    }

    @Test
    @DisplayName("B2 (issue 19): an interrupted bulk filing says why it stopped, in Japanese and in English")
    void b2_interruptedFilingSaysWhy() {
        open("login.xhtml");
        logIn(TestRun.id("BI", RUN), PASSWORD);
        open("app/bulk.xhtml");
        String row = driver.findElement(By.cssSelector("[id='filings:list'] tbody tr")).getText();
        assertTrue(row.contains("中断") && row.contains("送信されたファイルを読み込めなくなりました"), row);
        clickAndWait(By.id("lang:en"));
        row = driver.findElement(By.cssSelector("[id='filings:list'] tbody tr")).getText();
        assertTrue(row.contains("Interrupted") && row.contains("The files you sent can no longer be read"), row);
        assertAccessible("bulk filing, interrupted, English");
        clickAndWait(By.id("lang:ja"));
    }

    @Test
    @DisplayName("PR2, AC5: a supervisor starts the daily reminders from the jobs screen and sees the execution with"
            + " its status and counts")
    void pr2_supervisorStartsAJobAndSeesIt() {
        open("login.xhtml");
        logIn(TestRun.id("BV", RUN), PASSWORD);
        open("officer/supervisor/jobs.xhtml");
        assertEquals("バッチ処理の実行状況", heading());
        assertAccessible("batch jobs");
        clickAndWait(By.xpath("//input[@type='submit' and contains(@value, '期限通知メール')]"));
        assertTrue(messages().contains("expiry-reminders"), messages());
        for (int i = 0; i < 120 && !driver.findElement(By.id("jobs:executions")).getText().contains("COMPLETED"); i++) {
            sleep(500);
            clickAndWait(By.id("jobs:refresh"));
        }
        String table = driver.findElement(By.id("jobs:executions")).getText();
        assertTrue(table.contains("期限通知メール（定期報告・パスワード）"), table);
        assertAccessible("batch jobs, with an execution");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
