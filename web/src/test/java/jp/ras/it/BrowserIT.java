package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.ras.domain.model.account.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real pages in headless Chromium: login per role, errors, language, access control, accessibility; and
 * journeys across both tiers, as users and officers live them.
 */
class BrowserIT extends BrowserTest {

    private static final String NAME = "browser-it";

    /** Makes the journeys' organisation and password unique: the test database outlives a run. */
    private static final String RUN = TestRun.newId();

    @Override
    String deploymentName() {
        return NAME;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ras(NAME).addClasses(TestAccounts.class, BrowserTestData.class);
    }

    @Test
    @DisplayName("Each role logs in and lands on its own home page, which shows the previous login")
    void eachRoleLandsOnItsHomePage() {
        for (Role role : Role.values()) {
            driver.manage().deleteAllCookies();
            open("");
            assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml"), "anonymous visitors go to the login page");
            logIn(BrowserTestData.idFor(role), BrowserTestData.PASSWORD);
            String home = role.isIntranet() ? "/officer/home.xhtml" : "/app/home.xhtml";
            assertTrue(driver.getCurrentUrl().endsWith(home), role + " landed on " + driver.getCurrentUrl());
            assertTrue(driver.findElement(By.id("welcome")).getText().contains(BrowserTestData.idFor(role)));
            assertTrue(driver.findElement(By.id("previousLogin")).getText().matches("前回のログイン：.+|初めてのログインです。"),
                    driver.findElement(By.id("previousLogin")).getText());
            assertAccessible(role + " home");
            clickAndWait(By.id("nav:logout"));
            assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), "after logout: " + driver.getCurrentUrl()
                    + " " + driver.findElement(By.tagName("h1")).getText());
            assertEquals("ログアウトしました。", driver.findElement(By.id("loggedOut")).getText(), "the page says so");
        }
    }

    @Test
    @DisplayName("AC4: a wrong password shows one error that does not say whether the ID exists; a protected page"
            + " asked for afterwards in the same session sends the visitor to the login page")
    void wrongPasswordShowsTheError() throws Exception {
        open("login.xhtml");
        logIn("BRBAD00001", "not the password");
        String known = driver.findElement(By.id("messages")).getText();
        assertTrue(known.contains("認証IDまたはパスワードが正しくない"), known);
        assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml"));
        assertAccessible("login with error");
        open("login.xhtml");
        logIn("NOSUCHUSER", "not the password");
        assertEquals(known, driver.findElement(By.id("messages")).getText(), "unknown IDs get the same message");
        // Before: after a refused login the same session got an empty 200 for a protected page.
        HttpResponse<byte[]> after = getWithSession("app/home.xhtml");
        assertEquals(302, after.statusCode(), new String(after.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(after.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"),
                after.headers().toString());
    }

    @Test
    @DisplayName("AC4: a login with an empty field names what is missing, on its field, and checks nothing; after"
            + " logging out the login page says the user is logged out")
    void emptyLoginNamesTheMissingField() {
        open("login.xhtml");
        assertTrue(driver.findElements(By.id("loggedOut")).isEmpty(), "not before a logout");
        assertEquals("true", driver.findElement(By.id("login:authId")).getAttribute("aria-required"));
        clickAndWait(By.id("login:submit"));
        assertEquals("認証IDを入力してください。", fieldError("login:authId"));
        assertEquals("パスワードを入力してください。", fieldError("login:password"));
        assertFalse(messages().contains("正しくない"), messages());
        assertAccessible("login with empty fields");
        type("login:authId", BrowserTestData.idFor(Role.ORG_USER));
        clickAndWait(By.id("login:submit"));
        assertEquals("", fieldError("login:authId"));
        assertEquals("パスワードを入力してください。", fieldError("login:password"));
        clickAndWait(By.id("lang:en"));
        clickAndWait(By.id("login:submit"));
        assertEquals("Please enter your authentication ID.", fieldError("login:authId"));
        clickAndWait(By.id("lang:ja"));
        logIn(BrowserTestData.idFor(Role.ORG_USER), BrowserTestData.PASSWORD);
        clickAndWait(By.id("nav:logout"));
        assertEquals("ログアウトしました。", driver.findElement(By.id("loggedOut")).getText());
        assertAccessible("login after logout");
    }

    @Test
    @DisplayName("An ORG_USER cannot open an officer page: it answers 404, like a page that does not exist")
    void orgUserCannotOpenAnOfficerPage() throws Exception {
        open("login.xhtml");
        logIn(BrowserTestData.idFor(Role.ORG_USER), BrowserTestData.PASSWORD);
        open("officer/home.xhtml");
        assertEquals("ページが見つかりません", driver.findElement(By.tagName("h1")).getText());
        assertAccessible("not found");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(browser.base() + "officer/home.xhtml")).header("Cookie", sessionCookies()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode(), "403 is shown as 404");
        HttpResponse<String> missing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(browser.base() + "no-such-page.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
    }

    @Test
    @DisplayName("AP11: the language switch on an error page keeps the address the user asked for; it never posts to"
            + " the error page's internal path")
    void ap11_languageSwitchOnAnErrorPage() {
        open("no-such-page.xhtml?from=test");
        assertEquals("ページが見つかりません", heading());
        clickAndWait(By.id("lang:en"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"),
                "Page not found"));
        assertTrue(driver.getCurrentUrl().endsWith("/no-such-page.xhtml?from=test"), driver.getCurrentUrl());
        assertFalse(driver.getCurrentUrl().contains("WEB-INF"), driver.getCurrentUrl());
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertAccessible("not found en");
        open("login.xhtml");
        assertEquals("Log in", heading(), "the choice holds on the next page");
        logIn(BrowserTestData.idFor(Role.ORG_USER), BrowserTestData.PASSWORD);
        open("officer/home.xhtml");
        assertEquals("Page not found", heading());
        clickAndWait(By.id("lang:ja"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"),
                "ページが見つかりません"));
        assertTrue(driver.getCurrentUrl().endsWith("/officer/home.xhtml"), driver.getCurrentUrl());
    }

    @Test
    @DisplayName("The session cookie is HttpOnly and SameSite=Strict")
    void sessionCookieFlags() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(browser.base() + "login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertEquals(1, cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).count(), cookies.toString());
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(session.contains("HttpOnly"), session);
        assertEquals(1, session.toLowerCase().split("samesite=strict", -1).length - 1, session);
    }

    @Test
    @DisplayName("AP11: the language switch turns every text of the page to English and back")
    void languageSwitch() {
        open("login.xhtml");
        assertEquals("ja", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("ログイン", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.id("banner")).getText().contains("権限のない利用は禁止"));
        assertAccessible("login ja");
        clickAndWait(By.id("lang:en"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), "Log in"));
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.findElement(By.id("banner")).getText().contains("Unauthorised use is prohibited"));
        assertAccessible("login en");
        logIn(BrowserTestData.idFor(Role.OFFICER), BrowserTestData.PASSWORD);
        assertEquals("Home", driver.findElement(By.tagName("h1")).getText(), "the choice outlives the login");
        clickAndWait(By.id("lang:ja"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), "ホーム"));
    }

    @Test
    @DisplayName("AP11, issue 15: a visitor's pages follow Accept-Language; a user's choice is kept on the account"
            + " and, in the browser, across logout")
    void languageIsRemembered() throws Exception {
        for (String[] asked : new String[][] {{"en-GB,en;q=0.9,ja;q=0.5", "en"}, {"ja,en;q=0.8", "ja"},
                {"fr", "ja"}}) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(browser.base() + "login.xhtml")).header("Accept-Language", asked[0]).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(page.body().contains("lang=\"" + asked[1] + "\""), asked[0] + " -> " + asked[1]);
        }
        open("login.xhtml");
        assertEquals("ログイン", heading(), "this browser asks for Japanese");
        logIn(BrowserTestData.LANGUAGE_ID, BrowserTestData.PASSWORD);
        if (!"ja".equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            clickAndWait(By.id("lang:ja")); // a previous run left English on the account
        }
        clickAndWait(By.id("lang:en"));
        assertEquals("Home", heading());
        clickAndWait(By.id("nav:logout"));
        assertEquals("Log in", heading(), "the login page after logout keeps the choice");
        driver.manage().deleteAllCookies();
        open("login.xhtml");
        assertEquals("ログイン", heading(), "another browser's visitor: Japanese");
        logIn(BrowserTestData.LANGUAGE_ID, BrowserTestData.PASSWORD);
        assertEquals("Home", heading(), "the account keeps the choice");
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        clickAndWait(By.id("lang:ja"));
        driver.manage().deleteAllCookies();
        open("login.xhtml");
        logIn(BrowserTestData.LANGUAGE_ID, BrowserTestData.PASSWORD);
        assertEquals("ホーム", heading(), "the account keeps the new choice");
        driver.manage().deleteAllCookies();
        open("login.xhtml");
        clickAndWait(By.id("lang:en"));
        logIn(BrowserTestData.LANGUAGE_ID, BrowserTestData.PASSWORD);
        assertEquals("Home", heading(), "a choice on the login page becomes the account's");
        clickAndWait(By.id("lang:ja"));
    }

    @Test
    @DisplayName("Payara #4734: logging in on a protected page that calls an EJB resumes that page")
    void loginResumesAProtectedPageThatCallsAnEjb() {
        open("officer/supervisor/outbox.xhtml");
        assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml"), driver.getCurrentUrl());
        logIn(BrowserTestData.idFor(Role.SUPERVISOR), BrowserTestData.PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/officer/supervisor/outbox.xhtml"), driver.getCurrentUrl());
        assertEquals("送信メール", driver.findElement(By.tagName("h1")).getText());
        assertAccessible("outbox");
        open("officer/supervisor/unlock.xhtml");
        assertEquals("アカウントのロック解除", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.id("unlock:authId")).sendKeys("NOSUCHUSER");
        clickAndWait(By.id("unlock:submit"));
        assertTrue(driver.findElement(By.id("main")).getText().contains("この認証IDの有効なアカウントはありません"));
        assertAccessible("unlock with error");
    }

    @Test
    @DisplayName("SE1 issue 18: the supervisor searches the audit trail, verifies its chain, in Japanese and English")
    void auditTrailScreen() {
        open("login.xhtml");
        logIn(BrowserTestData.idFor(Role.SUPERVISOR), BrowserTestData.PASSWORD);
        open("officer/supervisor/audit.xhtml");
        assertEquals("証跡", driver.findElement(By.tagName("h1")).getText());
        assertAccessible("audit trail");
        // the supervisor's own login is in the trail: found by who and what, from the keyboard
        driver.findElement(By.id("filter:actor")).sendKeys(BrowserTestData.idFor(Role.SUPERVISOR));
        new Select(driver.findElement(By.id("filter:action"))).selectByValue("LOGIN_SUCCESS");
        driver.findElement(By.id("filter:target")).sendKeys("\n");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("list:entries"), "LOGIN_SUCCESS"));
        assertTrue(driver.findElement(By.id("list:entries")).getText().contains(
                BrowserTestData.idFor(Role.SUPERVISOR)), driver.findElement(By.id("list:entries")).getText());
        clickAndWait(By.id("filter:verify"));
        assertTrue(driver.findElement(By.id("main")).getText().contains("証跡のチェーンは正常です"),
                driver.findElement(By.id("main")).getText());
        assertAccessible("audit trail verified");
        clickAndWait(By.id("lang:en"));
        try {
            assertEquals("Audit trail", driver.findElement(By.tagName("h1")).getText());
            assertAccessible("audit trail en");
        } finally {
            clickAndWait(By.id("lang:ja")); // the account keeps the choice (issue 15): the other tests read Japanese
        }
    }

    @Test
    @DisplayName("Issue 14: the outbox screen filters from the keyboard, shows a wrong filter on its field and sends"
            + " a pending mail again")
    void outboxFiltersAndSendsAgain() {
        open("login.xhtml");
        logIn(BrowserTestData.idFor(Role.SUPERVISOR), BrowserTestData.PASSWORD);
        // An unlock mails the account (no SMTP server listens, so it stays pending).
        open("officer/supervisor/unlock.xhtml");
        driver.findElement(By.id("unlock:authId")).sendKeys(BrowserTestData.idFor(Role.AGENT));
        clickAndWait(By.id("unlock:submit"));

        open("officer/supervisor/outbox.xhtml");
        driver.findElement(By.id("filter:from")).sendKeys("2026-13-40");
        driver.findElement(By.id("filter:recipient")).sendKeys("\n");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#main .field-error")));
        assertTrue(driver.findElement(By.id("main")).getText().contains("yyyy-mm-dd"), "the date's message");
        assertAccessible("outbox, wrong date");

        driver.findElement(By.id("filter:from")).clear();
        driver.findElement(By.id("filter:from")).sendKeys("2026-12-10");
        driver.findElement(By.id("filter:to")).clear();
        driver.findElement(By.id("filter:to")).sendKeys("2026-12-01");
        clickAndWait(By.id("filter:show"));
        assertTrue(driver.findElement(By.id("main")).getText().contains("終わりの日付は始めの日付以降"),
                driver.findElement(By.id("main")).getText());

        driver.findElement(By.id("filter:from")).clear();
        driver.findElement(By.id("filter:to")).clear();
        new Select(driver.findElement(By.id("filter:status"))).selectByValue("PENDING");
        new Select(driver.findElement(By.id("filter:template"))).selectByValue("account-unlocked");
        clickAndWait(By.id("filter:show"));
        String rows = driver.findElement(By.id("list:mails")).getText();
        assertTrue(rows.contains("アカウントのロックを解除しました") || rows.contains("unlocked"), rows);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1000, 900)); // a small laptop
        Object lines = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const td = document.querySelector(\"[id='list:mails'] tbody tr td:nth-child(2)\");"
                + " const r = document.createRange(); r.selectNodeContents(td);"
                + " const lines = new Set(Array.from(r.getClientRects()).map(x => Math.round(x.top))).size;"
                + " return lines + (td.scrollWidth > td.clientWidth ? ' clipped' : '');");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        assertEquals("1", lines, "issue 15: the date is on one line, not cut");
        clickAndWait(By.id("list:mails:0:sendAgain"));
        assertTrue(driver.findElement(By.id("main")).getText().contains("再送信の対象にしました"),
                driver.findElement(By.id("main")).getText());
        assertAccessible("outbox, sent again");
    }

    @Test
    @DisplayName("The login form works from the keyboard alone, and the session id changes at login")
    void keyboardLogin() {
        open("login.xhtml");
        String before = driver.manage().getCookieNamed("JSESSIONID").getValue();
        driver.findElement(By.id("login:authId")).sendKeys(BrowserTestData.idFor(Role.AGENT) + "\t" + BrowserTestData.PASSWORD + "\n");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/app/home.xhtml"));
        assertTrue(driver.findElement(By.id("welcome")).getText().contains(BrowserTestData.idFor(Role.AGENT)));
        assertNotEquals(before, driver.manage().getCookieNamed("JSESSIONID").getValue(), "no session fixation");
    }

    // ---- journeys across both tiers ----

    @Test
    @DisplayName("AC4: five wrong passwords lock the account, the right one is then refused too, and a supervisor"
            + " unlocks it")
    void ac4_lockoutAfterFiveFailures() {
        String user = BrowserTestData.LOCKOUT_ID;
        browser.open("login.xhtml");
        String failure = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.logIn(user, "wrong-password-" + attempt);
            String shown = browser.find("messages").getText();
            assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"), "attempt " + attempt);
            if (failure != null) {
                assertEquals(failure, shown, "every failure shows the same message");
            }
            failure = shown;
        }
        browser.logIn(user, BrowserTestData.PASSWORD);
        assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"), "locked: the right password fails");
        assertEquals(failure, browser.find("messages").getText(), "a lock looks like any failure");

        browser.logIn(BrowserTestData.idFor(Role.SUPERVISOR), BrowserTestData.PASSWORD);
        browser.open("officer/supervisor/unlock.xhtml");
        browser.type("unlock:authId", user);
        browser.clickAndWait("unlock:submit");
        assertTrue(browser.find("messages").getText().length() > 0);
        browser.assertAccessible("unlock");
        browser.driver.manage().deleteAllCookies();

        browser.open("login.xhtml");
        browser.logIn(user, BrowserTestData.PASSWORD);
        assertTrue(browser.driver.getCurrentUrl().contains("/app/home.xhtml"), browser.driver.getCurrentUrl());
    }

    @Test
    @DisplayName("UA1, UA5, UA6, AC2, SE2, PR1, PR4: an officer enters and approves a new usage application, the"
            + " user sets the password from the mail, agrees to the terms, files the periodic report, a supervisor"
            + " approves it and the user sees the validity moved by a year")
    void ua5_pr4_fromCounterToPeriodicReport() {
        String organisation = "旅程テスト株式会社" + RUN;
        String password = "journey-" + RUN.toLowerCase() + "-passphrase";
        browser.open("login.xhtml");
        browser.logIn(BrowserTestData.idFor(Role.SUPERVISOR), BrowserTestData.PASSWORD);

        // The counter: a new organisation with one foreign national (UA1, UA4), identity document checked (SE2).
        browser.open("officer/usage-entry.xhtml");
        new Select(browser.find("entry:kind")).selectByValue("NEW");
        new Select(browser.find("entry:office")).selectByValue("tokyo");
        browser.type("entry:orgName", organisation);
        new Select(browser.find("entry:prefecture")).selectByValue("東京都");
        browser.type("entry:address", "港区港南5-5-30");
        new Select(browser.find("entry:applicantKind")).selectByValue("STAFF");
        browser.type("entry:applicantName", "旅程 花子");
        browser.type("entry:applicantMail", "journey." + RUN.toLowerCase() + "@example.jp");
        browser.type("entry:applicantPhone", "03-1234-5678");
        browser.type("entry:applicantBirth", "1988-08-08");
        browser.type("entry:identityDocument", "運転免許証");
        String row = "entry:persons:0:";
        browser.type(row + "nameRoman", "SILVA ANA");
        browser.type(row + "nationality", "BRA");
        browser.type(row + "dateOfBirth", "1995-05-05");
        new Select(browser.find(row + "sex")).selectByValue("FEMALE");
        browser.type(row + "cardNumber", "JR" + String.format("%08d", System.currentTimeMillis() % 100_000_000L)
                + "NY");
        browser.type(row + "statusOfResidence", "技能");
        browser.type(row + "periodOfStay", "1年");
        browser.type(row + "stayExpiry", LocalDate.now().plusMonths(8).toString());
        browser.type(row + "address", "東京都港区港南1-2-3");
        browser.clickAndWait("entry:receive");
        browser.clickAndWait("toQueue");
        browser.clickAndWait("decide:approve");
        Matcher issued = Pattern.compile("(ORG\\d{7})").matcher(browser.find("messages").getText());
        assertTrue(issued.find(), browser.find("messages").getText());
        String authId = issued.group(1);

        // The approval mail, as the supervisor's outgoing-mail screen shows it: the ID and a single-use link.
        browser.open("officer/supervisor/outbox.xhtml");
        String mails = browser.find("list:mails").getAttribute("textContent");
        Matcher link = Pattern.compile("認証ID：" + authId + "[\\s\\S]*?(set-password\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                .matcher(mails);
        assertTrue(link.find(), "the approval mail carries the ID and the link");
        browser.clickAndWait("nav:logout");

        // The user sets the password by the link (AC2), logs in and agrees to the terms (SE2).
        browser.open(link.group(1));
        browser.type("setpw:newPassword", password);
        browser.type("setpw:repeatPassword", password);
        browser.clickAndWait("setpw:submit");
        browser.assertAccessible("set the first password");
        browser.open("login.xhtml");
        browser.logIn(authId, password);
        assertTrue(browser.driver.getCurrentUrl().endsWith("/account/terms.xhtml"), browser.driver.getCurrentUrl());
        browser.clickAndWait("terms:agree");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/app/home.xhtml"), browser.driver.getCurrentUrl());

        // UA6: valid until approval date + 1 year − 1 day; the periodic report is due a month before (PR1).
        browser.open("app/organisation.xhtml");
        LocalDate validUntil = LocalDate.parse(browser.find("validUntil").getText());
        browser.open("app/report.xhtml");
        browser.type("report:note", "変更はありません。");
        browser.clickAndWait("report:submit");
        browser.assertAccessible("periodic report filed");
        browser.clickAndWait("nav:logout");

        // A supervisor approves it in the periodic-report queue (PR4).
        browser.logIn(BrowserTestData.idFor(Role.SUPERVISOR), BrowserTestData.PASSWORD);
        browser.open("officer/reports.xhtml");
        new Select(browser.find("filter:office")).selectByValue("tokyo");
        browser.type("filter:organisation", organisation);
        browser.clickAndWait("filter:show");
        browser.clickAndWait(By.linkText(organisation));
        browser.clickAndWait("decide:approve");
        browser.assertAccessible("periodic report approved");
        browser.clickAndWait("nav:logout");

        browser.logIn(authId, password);
        browser.open("app/organisation.xhtml");
        assertEquals(validUntil.plusYears(1).toString(), browser.find("validUntil").getText(),
                "PR4: a year from the previous expiry");
    }

    @Test
    @DisplayName("AP2: the supervisor's table of statuses filed online opens and closes a status")
    void ap2_eligibilityScreen() {
        open("login.xhtml");
        logIn(BrowserTestData.idFor(Role.SUPERVISOR), BrowserTestData.PASSWORD);
        clickAndWait(By.id("nav:eligibility"));
        assertAccessible("eligibility table");
        String row = "//tr[td[normalize-space(text())='特定技能1号']]";
        browser.clickAndWait(By.xpath(row + "//input[@value='対象にする']"));
        assertTrue(browser.find("messages").getText().contains("特定技能1号"), browser.find("messages").getText());
        assertEquals("対象", browser.driver.findElement(By.xpath(row + "/td[2]")).getText().strip());
        browser.clickAndWait(By.xpath(row + "//input[@value='対象外にする']"));
        assertEquals("対象外", browser.driver.findElement(By.xpath(row + "/td[2]")).getText().strip());
    }
}
