package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import jp.ras.domain.model.account.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The real pages in headless Chromium: login per role, errors, language, access control, accessibility. */
class BrowserIT extends BrowserTest {

    private static final String NAME = "browser-it";

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
            assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml"), "after logout: " + driver.getCurrentUrl()
                    + " " + driver.findElement(By.tagName("h1")).getText());
        }
    }

    @Test
    @DisplayName("AC4: a wrong password shows one error that does not say whether the ID exists")
    void wrongPasswordShowsTheError() {
        open("login.xhtml");
        logIn("BRBAD00001", "not the password");
        String known = driver.findElement(By.id("messages")).getText();
        assertTrue(known.contains("認証IDまたはパスワードが正しくない"), known);
        assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml"));
        assertAccessible("login with error");
        open("login.xhtml");
        logIn("NOSUCHUSER", "not the password");
        assertEquals(known, driver.findElement(By.id("messages")).getText(), "unknown IDs get the same message");
    }

    @Test
    @DisplayName("An ORG_USER cannot open an officer page: it answers 404, like a page that does not exist")
    void orgUserCannotOpenAnOfficerPage() throws Exception {
        open("login.xhtml");
        logIn(BrowserTestData.idFor(Role.ORG_USER), BrowserTestData.PASSWORD);
        open("officer/home.xhtml");
        assertEquals("ページが見つかりません", driver.findElement(By.tagName("h1")).getText());
        assertAccessible("not found");
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(browser.base() + "officer/home.xhtml")).header("Cookie", "JSESSIONID=" + session.getValue()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode(), "403 is shown as 404");
        HttpResponse<String> missing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(browser.base() + "no-such-page.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
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
    @DisplayName("The login form works from the keyboard alone, and the session id changes at login")
    void keyboardLogin() {
        open("login.xhtml");
        String before = driver.manage().getCookieNamed("JSESSIONID").getValue();
        driver.findElement(By.id("login:authId")).sendKeys(BrowserTestData.idFor(Role.AGENT) + "\t" + BrowserTestData.PASSWORD + "\n");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/app/home.xhtml"));
        assertTrue(driver.findElement(By.id("welcome")).getText().contains(BrowserTestData.idFor(Role.AGENT)));
        assertNotEquals(before, driver.manage().getCookieNamed("JSESSIONID").getValue(), "no session fixation");
    }

}
