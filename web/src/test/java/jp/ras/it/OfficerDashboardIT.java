package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import jp.ras.domain.model.account.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 18 item 3: the officers' dashboard in headless Chromium, on the applications {@link DashboardTestData} dated
 * into a year of their own, with the application's clock moved to its 15 June: the figures per month and per office
 * (received, decided, mean and 90th percentile of the days from acceptance to decision) and the backlog by age, in
 * Japanese and English; the charts drawn under the Content-Security-Policy; wrong months on their fields; axe-core on
 * every state; phone widths.
 */
class OfficerDashboardIT extends BrowserTest {

    private static final String NAME = "officer-dashboard-it";

    private static final String RUN = TestRun.newId();

    @Override
    String deploymentName() {
        return NAME;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ras(NAME).addClasses(TestRun.class, TestAccounts.class, BrowserTestData.class,
                        TestOrganisations.class, DashboardTestData.class, MovableClock.class, ClockServlet.class,
                        DashboardClockServlet.class)
                .addAsResource(new StringAsset(RUN), DashboardTestData.RUN_RESOURCE);
    }

    @AfterEach
    void clockBack() throws IOException, InterruptedException {
        post("it-clock");
    }

    /** Logs in (with the real clock: passwords age by it), then moves the clock to the seeded year's 15 June. */
    private int logInAndMoveTheClock(Role role) throws IOException, InterruptedException {
        open("login.xhtml");
        logIn(BrowserTestData.idFor(role), BrowserTestData.PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/officer/home.xhtml"), driver.getCurrentUrl());
        return Integer.parseInt(post("it-dashboard-clock").strip());
    }

    @Test
    @DisplayName("ST2, Issue18-3: per month and per office the received and decided applications, the mean and 90th"
            + " percentile of days from acceptance to decision, and the backlog by age against the standard, in"
            + " Japanese and English, the charts drawn under the CSP, axe-clean")
    void figuresPerMonthAndOfficeAndTheBacklog() throws Exception {
        int year = logInAndMoveTheClock(Role.OFFICER);
        String may = year + "-05";
        clickAndWait(By.id("nav:dashboard"));
        assertEquals("処理状況ダッシュボード", heading());
        // the officer's own office and the last 12 Japan months of the clock
        assertEquals(BrowserTestData.OFFICER_OFFICE, new Select(driver.findElement(By.id("filter:office")))
                .getFirstSelectedOption().getAttribute("value"), "the officer's own office first");
        assertEquals((year - 1) + "-07", driver.findElement(By.id("filter:from")).getAttribute("value"));
        assertEquals(year + "-06", driver.findElement(By.id("filter:to")).getAttribute("value"));
        List<List<String>> months = rows("months");
        assertEquals(12, months.size(), "every month of the range, also without applications");
        assertEquals(List.of((year - 1) + "-07", "0", "0", "なし", "なし"), months.get(0));
        assertAccessible("dashboard, the officer's office");

        new Select(driver.findElement(By.id("filter:office"))).selectByValue("naha");
        clickAndWait(By.id("filter:show"));
        months = rows("months");
        assertEquals(List.of(year + "-01", "1", "0", "なし", "なし"), month(months, year + "-01"));
        assertEquals(List.of(year + "-03", "1", "1", "19.0", "19.0"), month(months, year + "-03"));
        assertEquals(List.of(year + "-04", "5", "0", "なし", "なし"), month(months, year + "-04"));
        assertEquals(List.of(may, "5", "4", "25.0", "37.0"), month(months, may),
                "10, 20, 30 and 40 days: mean 25, 90th percentile 30 + 0.7 × 10");
        assertEquals(List.of(year + "-06", "2", "0", "なし", "なし"), month(months, year + "-06"),
                "the withdrawn one is received, not decided");
        assertEquals(List.of((year - 1) + "-07", "0", "0", "なし", "なし"), months.get(0),
                "decided in June of the year before: outside the range");
        assertEquals(List.of(List.of("福岡出入国在留管理局那覇支局", "14", "5", "23.8", "36.0")), rows("offices"),
                "over the range: 10, 19, 20, 30, 40 days");
        assertEquals(List.of(List.of("福岡出入国在留管理局那覇支局", "2", "2", "2", "2", "8")), rows("backlog"),
                "ST2: 5 and 30 days within, 31 and 45 up to 1.5 times, 46 and 60 up to twice, 61 and 156 beyond");
        assertEquals(List.of("標準処理期間内（0～30日）", "1.5倍まで（31～45日）", "2倍まで（46～60日）", "2倍超（61日以上）"),
                driver.findElements(By.cssSelector("[id='backlog'] thead th")).stream().map(WebElement::getText)
                        .toList().subList(1, 5));
        assertTrue(text("backlogHeading").contains(year + "-06-15"), text("backlogHeading"));
        assertChartsDrawn(List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 5.0, 5.0, 2.0));
        assertAccessible("dashboard, Naha");

        new Select(driver.findElement(By.id("filter:office"))).selectByValue("");
        clickAndWait(By.id("filter:show"));
        assertEquals(List.of(may, "6", "5", "26.0", "36.0"), month(rows("months"), may),
                "all offices: Takamatsu's 30 days join Naha's May");
        List<List<String>> offices = rows("offices");
        assertTrue(offices.size() >= 11, "every office that takes applications: " + offices);
        assertTrue(offices.contains(List.of("福岡出入国在留管理局那覇支局", "14", "5", "23.8", "36.0")), offices.toString());
        assertTrue(offices.contains(List.of("高松出入国在留管理局", "2", "1", "30.0", "30.0")), offices.toString());
        assertTrue(offices.contains(List.of("東京出入国在留管理局", "0", "0", "なし", "なし")),
                "today's applications of other tests are not in this year: " + offices);
        List<List<String>> backlog = rows("backlog");
        assertTrue(backlog.contains(List.of("福岡出入国在留管理局那覇支局", "2", "2", "2", "2", "8")), backlog.toString());
        assertTrue(backlog.contains(List.of("高松出入国在留管理局", "1", "0", "0", "0", "1")), backlog.toString());
        assertAccessible("dashboard, all offices");

        clickAndWait(By.id("lang:en"));
        try {
            assertEquals("Processing dashboard", heading());
            assertEquals(List.of(may, "6", "5", "26.0", "36.0"), month(rows("months"), may));
            assertEquals(List.of(year + "-04", "5", "0", "None", "None"), month(rows("months"), year + "-04"));
            assertTrue(rows("backlog").contains(List.of("Naha District Immigration Services Office", "2", "2", "2", "2", "8")),
                    rows("backlog").toString());
            assertEquals(List.of("Within the standard (0–30 days)", "Up to 1.5 times (31–45 days)",
                    "Up to twice (46–60 days)", "Over twice (61 days or more)"), driver.findElements(
                            By.cssSelector("[id='backlog'] thead th")).stream().map(WebElement::getText).toList()
                            .subList(1, 5));
            assertAccessible("dashboard in English");
        } finally {
            clickAndWait(By.id("lang:ja")); // the account keeps the choice (issue 15)
        }
    }

    @Test
    @DisplayName("Issue18-3, AP9: a month that is no month, or a last month before the first, is said on its field"
            + " and no figures change; the page works from 360 to 414 px in Japanese and English")
    void wrongMonthsOnTheirFieldsAndPhoneWidths() throws Exception {
        int year = logInAndMoveTheClock(Role.SUPERVISOR);
        clickAndWait(By.id("nav:dashboard"));
        type("filter:from", "2026/04");
        clickAndWait(By.id("filter:show"));
        assertEquals("月は 2026-04 のように「年-月」の形で入力してください。", fieldError("filter:from"));
        type("filter:from", year + "-07");
        type("filter:to", year + "-06");
        clickAndWait(By.id("filter:show"));
        assertEquals("", fieldError("filter:from"));
        assertEquals("終了月は開始月と同じか後の月にしてください。", fieldError("filter:to"));
        type("filter:from", (year - 4) + "-01");
        clickAndWait(By.id("filter:show"));
        assertEquals("期間は36か月以内にしてください。", fieldError("filter:to"));
        assertEquals(12, rows("months").size(), "the figures shown before stay");
        assertAccessible("dashboard with field errors");
        assertFitsPhones("officer/dashboard.xhtml");
        clickAndWait(By.id("lang:en"));
        try {
            assertFitsPhones("officer/dashboard.xhtml");
        } finally {
            clickAndWait(By.id("lang:ja")); // the account keeps the choice (issue 15)
        }
    }

    /** Chart.js drew the month chart from the same figures as the table: the nonce let PrimeFaces' script run. */
    private void assertChartsDrawn(List<Double> received) {
        browser.assertNoScriptRefused("dashboard");
        for (String chart : List.of("monthCounts", "monthDays", "backlogChart")) {
            Object drawn = ((JavascriptExecutor) driver).executeScript("const c = document.querySelector("
                    + "\"[id='" + chart + "'] canvas\"); return !!(c && window.Chart && Chart.getChart(c));");
            assertEquals(Boolean.TRUE, drawn, chart + " is drawn");
        }
        @SuppressWarnings("unchecked")
        List<Number> data = (List<Number>) ((JavascriptExecutor) driver).executeScript("return Chart.getChart("
                + "document.querySelector(\"[id='monthCounts'] canvas\")).data.datasets[0].data;");
        assertEquals(received, data.stream().map(Number::doubleValue).toList());
    }

    private static List<String> month(List<List<String>> months, String month) {
        return months.stream().filter(r -> r.get(0).equals(month)).findFirst().orElseThrow(() ->
                new AssertionError(month + " not in " + months));
    }

    /** The cells of each body row of a table, as shown. */
    private List<List<String>> rows(String table) {
        return driver.findElements(By.cssSelector("[id='" + table + "'] tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).stream().map(c -> c.getText().strip()).toList())
                .toList();
    }

    /** A POST to a test-only servlet of the deployment. */
    private String post(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(browser.base() + path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(2, response.statusCode() / 100, path + ": " + response.statusCode() + " " + response.body());
        return response.body();
    }
}
