package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * The account and public-tier screens in headless Chromium: forgotten password (AC2), the expired-password and
 * terms-of-use gates (AC5, SE2), my account (AC1), my organisation and the periodic report (PR1, PR3, PR6), and the
 * "API tokens" section of the account page: a named token is made, used by the API and revoked (the accounts of
 * those tests are {@link ApiTestData}'s). Mails are caught by a GreenMail SMTP server on the port RAS sends to.
 * axe-core checks every page visited.
 */
class AccountScreensIT extends BrowserTest {

    private static final String NAME = "account-screens-it";

    /** The test database outlives a run; this run's accounts end in this id (see AccountScreensTestData). */
    private static final String RUN = TestRun.newId();

    private static final String PASSWORD = AccountScreensTestData.PASSWORD;

    private static Mailbox mailbox;

    @Override
    String deploymentName() {
        return NAME;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ras(NAME).addClasses(TestRun.class, TestAccounts.class, AccountScreensTestData.class,
                        ApiTestData.class)
                .addAsResource(new StringAsset(RUN), AccountScreensTestData.RUN_RESOURCE);
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

    @Test
    @DisplayName("AC2: forgot password → reset link from the mail → new password → login with it")
    void ac2_forgotPasswordResetByMailedLink() throws Exception {
        String id = TestRun.id("AR", RUN);
        String mail = TestRun.mail("AR", RUN);
        String newPassword = "reset-by-mail-" + RUN.toLowerCase() + "-pw";
        open("login.xhtml");
        clickAndWait(By.id("forgot"));
        assertTrue(driver.getCurrentUrl().endsWith("/forgot-password.xhtml"), driver.getCurrentUrl());
        assertEquals("パスワードを忘れた場合", heading());
        assertAccessible("forgot password");

        // AC4: an ID that does not exist gets exactly the answer a real one gets.
        requestReset("NOSUCH" + RUN, mail);
        String neutral = messages();
        assertTrue(neutral.contains("リンクの有効期間は1時間です"), neutral);
        assertAccessible("forgot password, sent");
        requestReset(id, "someone.else@example.jp");
        assertEquals(neutral, messages(), "a wrong mail address gets the same answer");
        requestReset(id, mail.toUpperCase());
        assertEquals(neutral, messages(), "the right pair gets the same answer");
        assertEquals("", driver.findElement(By.id("forgot:authId")).getAttribute("value"));

        String link = mailbox.newestMatch(mail, "set-password\\.xhtml\\?reset=true&token=[A-Za-z0-9_-]+");
        open(link);
        assertEquals("パスワードの再設定", heading());
        assertEquals(id, driver.findElement(By.id("setpw:authId")).getAttribute("value"));
        assertEquals("new-password", driver.findElement(By.id("setpw:newPassword")).getAttribute("autocomplete"));
        assertAccessible("set password by link");

        type("setpw:newPassword", newPassword);
        type("setpw:repeatPassword", newPassword + "x");
        clickAndWait(By.id("setpw:submit"));
        assertTrue(fieldError("setpw:repeatPassword").contains("一致しません"), fieldError("setpw:repeatPassword"));
        assertFalse(driver.getCurrentUrl().contains("token="), "the token is not in the address after the link");
        assertAccessible("set password, mismatch");
        type("setpw:newPassword", "short");
        type("setpw:repeatPassword", "short");
        clickAndWait(By.id("setpw:submit"));
        assertTrue(fieldError("setpw:newPassword").contains("12文字以上"), fieldError("setpw:newPassword"));
        type("setpw:newPassword", newPassword);
        type("setpw:repeatPassword", newPassword);
        clickAndWait(By.id("setpw:submit"));
        assertTrue(driver.findElement(By.id("done")).getText().contains("新しいパスワードでログインできます"));
        assertAccessible("set password, done");

        open(link);
        assertTrue(driver.findElement(By.id("invalid")).getText().contains("このリンクは使えません"),
                "a link works once");
        assertAccessible("set password, used link");
        clickAndWait(By.id("forgot"));
        assertTrue(driver.getCurrentUrl().endsWith("/forgot-password.xhtml"));

        open("login.xhtml");
        logIn(id, PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml"), "the old password no longer works");
        logIn(id, newPassword);
        assertTrue(driver.getCurrentUrl().endsWith("/app/home.xhtml"), driver.getCurrentUrl());
    }

    @Test
    @DisplayName("AC5: a user whose password is over a year old must set a new one before anything else")
    void ac5_expiredPasswordComesFirst() {
        String id = TestRun.id("AX", RUN);
        String newPassword = "after-expiry-" + RUN.toLowerCase() + "-pw";
        open("login.xhtml");
        logIn(id, PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/account/password.xhtml"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("why")).getText().contains("有効期間（1年）が過ぎました"));
        assertTrue(driver.findElements(By.id("nav:home")).isEmpty(), "no way elsewhere but logging out");
        assertAccessible("expired password");
        for (String page : List.of("app/home.xhtml", "app/report.xhtml", "account/account.xhtml", "")) {
            open(page);
            assertTrue(driver.getCurrentUrl().endsWith("/account/password.xhtml"), page + ": " + driver.getCurrentUrl());
        }

        type("password:currentPassword", "not-the-password-at-all");
        type("password:newPassword", newPassword);
        type("password:repeatPassword", newPassword);
        clickAndWait(By.id("password:submit"));
        assertTrue(fieldError("password:currentPassword").contains("現在のパスワードが正しくありません"));
        assertAccessible("expired password, wrong current");
        type("password:currentPassword", PASSWORD);
        type("password:newPassword", newPassword);
        type("password:repeatPassword", newPassword);
        clickAndWait(By.id("password:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/app/home.xhtml"), driver.getCurrentUrl());
        assertTrue(messages().contains("パスワードを変更しました"), messages());
        assertTrue(driver.findElement(By.id("previousLogin")).getText().matches("前回のログイン：.+|初めてのログインです。"));
        open("app/organisation.xhtml");
        assertEquals("所属機関情報", heading(), "free to go anywhere once the password is new");
    }

    @Test
    @DisplayName("SE2: first login asks for the terms of use, then shows home with the previous-login line")
    void se2_termsOfUseAtFirstLogin() {
        String id = TestRun.id("AT", RUN);
        open("login.xhtml");
        logIn(id, PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/account/terms.xhtml"), driver.getCurrentUrl());
        assertEquals("利用規約", heading());
        assertTrue(driver.findElement(By.id("version")).getText().startsWith("第"), "the version is shown");
        assertTrue(driver.findElement(By.id("termsText")).getText().contains("認証IDは利用者本人だけのもの"));
        assertAccessible("terms of use");
        open("app/home.xhtml");
        assertTrue(driver.getCurrentUrl().endsWith("/account/terms.xhtml"), "home waits for the agreement");
        clickAndWait(By.id("lang:en"));
        assertEquals("Terms of use", heading());
        assertTrue(driver.findElement(By.id("termsText")).getText().contains("belongs to its user alone"));
        assertAccessible("terms of use, English");
        clickAndWait(By.id("lang:ja"));

        clickAndWait(By.id("terms:agree"));
        assertTrue(driver.getCurrentUrl().endsWith("/app/home.xhtml"), driver.getCurrentUrl());
        assertTrue(messages().contains("利用規約"), messages());
        assertEquals("初めてのログインです。", driver.findElement(By.id("previousLogin")).getText());
        assertAccessible("home after the terms");
        clickAndWait(By.id("nav:logout"));

        logIn(id, PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/app/home.xhtml"), "agreed once: " + driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("previousLogin")).getText().matches("前回のログイン：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"),
                driver.findElement(By.id("previousLogin")).getText());
    }

    @Test
    @DisplayName("PR1, PR3: a user files a periodic report with one removal and one addition; a second filing of the same cycle is refused")
    void pr1_fileThePeriodicReportOncePerCycle() {
        String id = TestRun.id("AP", RUN);
        open("login.xhtml");
        logIn(id, PASSWORD);
        clickAndWait(By.id("toOrganisation"));
        assertEquals("所属機関情報", heading());
        assertTrue(driver.findElement(By.id("state")).getText().contains("利用中"));
        assertEquals("TA********XY", driver.findElement(By.id("roster")).findElements(By.tagName("tr")).get(1)
                .findElements(By.tagName("td")).get(6).getText(), "card numbers are masked");
        assertTrue(driver.findElement(By.id("reportsEmpty")).isDisplayed());
        assertAccessible("my organisation");

        clickAndWait(By.id("nav:report"));
        assertEquals("定期報告", heading());
        assertTrue(driver.findElement(By.id("due")).getText().contains("1か月前"), driver.findElement(By.id("due")).getText());
        assertAccessible("periodic report");
        String firstTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        open("app/report.xhtml");
        String secondTab = driver.getWindowHandle();
        driver.switchTo().window(firstTab);

        driver.findElement(By.id("report:removals:0:remove")).click();
        clickAndWait(By.id("report:addPerson"));
        assertTrue(driver.findElement(By.id("report:removals:0:remove")).isSelected(), "the tick survives adding a row");
        type("report:additions:0:nameRoman", "nguyen thi new");
        type("report:additions:0:nationality", "VNM");
        type("report:additions:0:dateOfBirth", "1999-02-03");
        new Select(driver.findElement(By.id("report:additions:0:sex")))
                .selectByValue("FEMALE");
        type("report:additions:0:cardNumber", "AB1234CD");
        type("report:additions:0:statusOfResidence", "技能実習");
        type("report:additions:0:periodOfStay", "1年");
        type("report:additions:0:stayExpiry", "2027-13-01");
        type("report:additions:0:address", "東京都港区港南5-5-30");
        clickAndWait(By.id("report:submit"));
        assertTrue(fieldError("report:additions:0:stayExpiry").contains("yyyy-mm-dd"), "a date that is no date");
        assertAccessible("periodic report with a wrong date");
        type("report:additions:0:stayExpiry", "2027-03-31");
        clickAndWait(By.id("report:submit"));
        assertTrue(fieldError("report:additions:0:cardNumber").contains("在留カード番号は"),
                "AP9: the service's error is on the field of its row");
        assertEquals("NGUYEN THI NEW".toLowerCase(),
                driver.findElement(By.id("report:additions:0:nameRoman")).getAttribute("value"), "input is kept");
        assertTrue(driver.findElement(By.id("report:removals:0:remove")).isSelected());
        assertAccessible("periodic report with a wrong card number");
        type("report:additions:0:cardNumber", "CD87654321EF");
        type("report:note", "one left, one joined");
        clickAndWait(By.id("report:submit"));
        assertTrue(driver.findElement(By.id("filedOnTime")).getText().contains("定期報告を受け付けました"),
                driver.findElement(By.id("main")).getText());
        assertTrue(driver.findElements(By.id("report")).isEmpty(), "the form is gone");
        assertAccessible("periodic report filed");

        // The same organisation's report, filed again from a page opened before the first was filed.
        driver.switchTo().window(secondTab);
        clickAndWait(By.id("report:submit"));
        assertTrue(messages().contains("この期間の定期報告は既に行われています"), messages());
        assertTrue(driver.findElement(By.id("alreadyFiled")).isDisplayed());
        assertAccessible("periodic report refused");
        driver.close();
        driver.switchTo().window(firstTab);

        open("app/report.xhtml");
        assertTrue(driver.findElement(By.id("alreadyFiled")).isDisplayed());
        assertTrue(driver.findElements(By.id("report")).isEmpty(), "no form while the report is open");
        open("app/organisation.xhtml");
        assertTrue(driver.findElement(By.id("reportOpen")).isDisplayed());
        String reports = driver.findElement(By.id("reports")).getText();
        assertTrue(reports.contains("審査中") && reports.contains("追加 1人・削除 1人"), reports);
        assertFalse(reports.contains("期限後"), reports);
        assertAccessible("my organisation with a report");
    }

    @Test
    @DisplayName("PR3: a report after the due date is taken, with the warning that it may not be decided in time")
    void pr3_lateReportIsTakenWithAWarning() {
        open("login.xhtml");
        logIn(TestRun.id("AL", RUN), PASSWORD);
        open("app/organisation.xhtml");
        assertTrue(driver.findElement(By.id("pastDue")).getText().contains("期限を過ぎています"));
        open("app/report.xhtml");
        assertTrue(driver.findElement(By.id("pastDue")).isDisplayed());
        clickAndWait(By.id("report:submit"));
        assertTrue(driver.findElement(By.id("filedLate")).getText().contains("利用が停止されることがあります"),
                driver.findElement(By.id("main")).getText());
        assertAccessible("late periodic report");
    }

    @Test
    @DisplayName("AC1, AC6: my account changes the password and, through the mailed link, the mail address")
    void ac1_myAccountChangesPasswordAndMail() throws Exception {
        String id = TestRun.id("AM", RUN);
        String newPassword = "changed-on-account-" + RUN.toLowerCase();
        String newMail = "am-new-" + RUN.toLowerCase() + "@example.jp";
        open("login.xhtml");
        logIn(id, PASSWORD);
        clickAndWait(By.id("nav:account"));
        assertEquals("利用者情報", heading());
        assertEquals(id, driver.findElement(By.id("authId")).getText());
        assertEquals(TestRun.mail("AM", RUN), driver.findElement(By.id("mail")).getText());
        assertTrue(driver.findElement(By.id("passwordExpiry")).getText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
        assertAccessible("my account");

        type("password:currentPassword", PASSWORD);
        type("password:newPassword", newPassword);
        type("password:repeatPassword", "something else entirely");
        clickAndWait(By.id("password:submit"));
        assertTrue(fieldError("password:repeatPassword").contains("一致しません"));
        type("password:currentPassword", PASSWORD);
        type("password:newPassword", id.toLowerCase() + "-with-my-id");
        type("password:repeatPassword", id.toLowerCase() + "-with-my-id");
        clickAndWait(By.id("password:submit"));
        assertTrue(fieldError("password:newPassword").contains("認証IDを含めないで"), fieldError("password:newPassword"));
        assertAccessible("my account, password errors");
        type("password:currentPassword", PASSWORD);
        type("password:newPassword", newPassword);
        type("password:repeatPassword", newPassword);
        clickAndWait(By.id("password:submit"));
        assertTrue(messages().contains("パスワードを変更しました"), messages());

        type("mail:newMail", newMail);
        clickAndWait(By.id("mail:submit"));
        assertTrue(messages().contains(newMail), messages());
        assertEquals(TestRun.mail("AM", RUN), driver.findElement(By.id("mail")).getText(),
                "nothing changes before the link is opened");
        assertAccessible("my account, mail requested");

        String link = mailbox.newestMatch(newMail, "confirm-mail\\.xhtml\\?token=[A-Za-z0-9_-]+");
        clickAndWait(By.id("nav:logout"));
        open(link);
        assertEquals("メールアドレスの確認", heading());
        assertTrue(driver.findElement(By.id("confirm")).getText().contains(id));
        assertAccessible("confirm mail");
        clickAndWait(By.id("confirm:submit"));
        assertTrue(driver.findElement(By.id("done")).isDisplayed());
        assertAccessible("confirm mail, done");
        open(link);
        assertTrue(driver.findElement(By.id("invalid")).isDisplayed(), "a link works once");

        open("login.xhtml");
        logIn(id, newPassword);
        open("account/account.xhtml");
        assertEquals(newMail, driver.findElement(By.id("mail")).getText());
    }

    @Test
    @DisplayName("AC1: an officer's own account page is in the intranet frame")
    void ac1_officerAccountPage() {
        open("login.xhtml");
        logIn(TestRun.id("AO", RUN), PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/officer/home.xhtml"), "officers agree to no terms");
        open("account/account.xhtml");
        assertEquals("利用者情報", heading());
        assertTrue(driver.findElement(By.tagName("body")).getAttribute("class").contains("tier-intranet"));
        assertTrue(driver.findElements(By.id("terms")).isEmpty());
        assertAccessible("officer account");
        clickAndWait(By.id("lang:en"));
        assertEquals("My account", heading());
        assertTrue(driver.findElement(By.id("password")).getText().contains("12 to 128 characters"));
        assertAccessible("officer account, English");
        clickAndWait(By.id("lang:ja"));
    }

    @Test
    @DisplayName("SE1: signed-in sessions of several users, two each, answering at once are never refused (Payara #6145)")
    void concurrentSessionsStaySignedIn() throws Exception {
        String base = deploymentUrl.toString().endsWith("/") ? deploymentUrl.toString() : deploymentUrl + "/";
        List<HttpClient> sessions = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (String kind : List.of("AS", "AS", "AQ", "AQ")) {
            sessions.add(signedIn(base, TestRun.id(kind, RUN)));
            pages.add(kind.equals("AS") ? "app/home.xhtml" : "officer/home.xhtml");
        }
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<List<Integer>>> answers = new ArrayList<>();
            for (int s = 0; s < sessions.size(); s++) {
                HttpClient session = sessions.get(s);
                URI page = URI.create(base + pages.get(s));
                answers.add(pool.submit(() -> {
                    List<Integer> codes = new ArrayList<>();
                    for (int i = 0; i < 60; i++) {
                        codes.add(session.send(HttpRequest.newBuilder(page).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode());
                    }
                    return codes;
                }));
            }
            for (Future<List<Integer>> answer : answers) {
                List<Integer> codes = answer.get(5, TimeUnit.MINUTES);
                assertEquals(List.of(200), codes.stream().distinct().toList(), "every answer 200: " + codes);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The answer of {@code GET api/v1/roster} with this bearer token. */
    private int rosterStatus(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.base() + "api/v1/roster"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    @DisplayName("A user makes a named token for a system on the account page, shown once; the API takes it until"
            + " the user revokes it there; the page passes axe")
    void namedTokenMadeUsedAndRevoked() throws Exception {
        open("login.xhtml");
        logIn(ApiTestData.SCREEN_USER, ApiTestData.PASSWORD);
        open("account/account.xhtml");
        assertEquals("APIトークン", driver.findElement(By.id("tokensHeading")).getText());
        assertAccessible("account page with API tokens");

        clickAndWait(By.id("tokens:create"));
        assertTrue(driver.findElement(By.id("main")).getText().contains("入力してください"),
                "a token needs a name (AP9)");

        type("tokens:tokenName", "人事システム");
        new Select(driver.findElement(By.id("tokens:days"))).selectByValue("365");
        clickAndWait(By.id("tokens:create"));
        String token = driver.findElement(By.id("newTokenValue")).getText();
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertTrue(driver.findElement(By.id("newToken")).getText().contains("人事システム"));
        assertTrue(driver.findElement(By.id("tokens:list")).getText().contains("有効"));
        assertAccessible("account page with a new token");
        assertEquals(200, rosterStatus(token), "the API takes the named token");

        open("account/account.xhtml");
        assertTrue(driver.findElements(By.id("newTokenValue")).isEmpty(), "the secret is shown only once");
        clickAndWait(By.id("tokens:list:0:revoke"));
        assertTrue(driver.findElement(By.id("tokens:list")).getText().contains("失効済み"));
        assertEquals(401, rosterStatus(token), "a revoked token is refused at once");
    }

    @Test
    @DisplayName("Officers have no API token section (named tokens are for organisations' systems)")
    void officerHasNoTokenSection() {
        open("login.xhtml");
        logIn(ApiTestData.OFFICER, ApiTestData.PASSWORD);
        open("account/account.xhtml");
        assertTrue(driver.findElements(By.id("tokensHeading")).isEmpty());
    }

    /** A cookie-keeping client signed in on the login page as {@code authId}. */
    private static HttpClient signedIn(String base, String authId) throws Exception {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = session.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(viewState.find(), page);
        String form = "login=login&login%3AauthId=" + authId + "&login%3Apassword=" + PASSWORD
                + "&login%3Asubmit=x&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1),
                        StandardCharsets.UTF_8);
        HttpResponse<Void> login = session.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, login.statusCode(), authId + " signs in");
        return session;
    }

    private void requestReset(String authId, String mail) {
        type("forgot:authId", authId);
        type("forgot:mail", mail);
        clickAndWait(By.id("forgot:submit"));
    }
}
