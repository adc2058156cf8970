package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import jp.ras.domain.model.account.SecondFactor;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 18: the second factor in headless Chromium. An officer enrols by QR code and confirmation code and gets ten
 * recovery codes; the login then needs a TOTP code (computed here with the same library) or a recovery code, which
 * works once; no session and no API token before the code; wrong codes count towards the lock with wrong passwords
 * (AC4); a supervisor resets a user's second factor, audited and mailed. axe-core checks every page visited.
 */
class SecondFactorIT extends BrowserTest {

    private static final String NAME = "second-factor-it";

    private static final String RUN = TestRun.newId();

    private static final String PASSWORD = SecondFactorTestData.PASSWORD;

    private static Mailbox mailbox;

    @Override
    String deploymentName() {
        return NAME;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ras(NAME).addClasses(TestRun.class, TestAccounts.class, SecondFactorTestData.class,
                        AuditProbe.class, RequireSecondFactorConfig.class)
                .addAsServiceProvider(ConfigSource.class, RequireSecondFactorConfig.class)
                .addAsResource(new StringAsset(RUN), SecondFactorTestData.RUN_RESOURCE);
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

    /** A code the server accepts now and has not accepted before: the next step's (one step ahead is allowed). */
    private static String nextCode(String secret) {
        return SecondFactor.codeAt(secret, Instant.now().plusSeconds(SecondFactor.PERIOD_SECONDS));
    }

    private static String wrongCode(String secret) {
        Instant now = Instant.now();
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", 123456 + i);
            boolean valid = false;
            for (int step = -2; step <= 2; step++) {
                valid |= SecondFactor.codeAt(secret, now.plusSeconds(30L * step)).equals(candidate);
            }
            if (!valid) {
                return candidate;
            }
        }
    }

    private void enterCode(String code) {
        type("verify:code", code);
        clickAndWait(By.id("verify:submit"));
    }

    private void logOut() {
        clickAndWait(By.id("nav:logout"));
    }

    private int tokenLogin(String authId, String code) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.base() + "api/v1/tokens"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (authId + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (code != null) {
            request.header("X-RAS-Second-Factor", code);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private String audit(String target) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.base() + "it/audit?target="
                + target)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    @DisplayName("Issue 18: an officer must enrol (QR code and code), then logs in with a TOTP code, and a recovery code once")
    void enrolThenLogInWithCodeAndRecoveryCode() throws Exception {
        String id = TestRun.id("FE", RUN);
        // An officer without a second factor gets no API token and, on the web, only the enrolment page.
        assertEquals(403, tokenLogin(id, null));
        open("login.xhtml");
        logIn(id, PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/account/second-factor.xhtml"), driver.getCurrentUrl());
        assertEquals("2段階認証", heading());
        assertTrue(text("why").contains("登録が必要"), text("why"));
        assertAccessible("second factor, not enrolled");
        open("officer/home.xhtml");
        assertTrue(driver.getCurrentUrl().endsWith("/account/second-factor.xhtml"), driver.getCurrentUrl());
        open("account/account.xhtml");
        assertTrue(driver.getCurrentUrl().endsWith("/account/second-factor.xhtml"), driver.getCurrentUrl());
        clickAndWait(By.id("start:start"));
        WebElement qr = driver.findElement(By.id("qr"));
        assertTrue(qr.getAttribute("src").startsWith("data:image/png;base64,"), qr.getAttribute("src"));
        assertTrue(((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return arguments[0].naturalWidth;", qr)).intValue() > 0, "the PNG shows");
        String secret = text("secret").replace(" ", "");
        assertEquals(32, secret.length(), secret);
        assertAccessible("second factor, QR code");
        clickAndWait(By.id("lang:en"));
        try {
            assertEquals("Second factor", heading());
            assertTrue(text("why").contains("must enrol a second factor"), text("why"));
            assertEquals(secret, text("secret").replace(" ", ""), "the same enrolment after the language switch");
            type("enrol:code", "12ab");
            clickAndWait(By.id("enrol:confirm"));
            assertFalse(fieldError("enrol:code").isBlank(), "a field error in English too");
            assertFalse(fieldError("enrol:code").matches(".*[\\u3040-\\u30ff\\u4e00-\\u9fff].*"),
                    fieldError("enrol:code"));
            assertAccessible("second factor, QR code, English");
        } finally {
            clickAndWait(By.id("lang:ja")); // the account keeps the choice (issue 15): the rest reads Japanese
        }

        type("enrol:code", wrongCode(secret));
        clickAndWait(By.id("enrol:confirm"));
        assertTrue(fieldError("enrol:code").contains("正しくありません"), fieldError("enrol:code"));
        type("enrol:code", "12ab");
        clickAndWait(By.id("enrol:confirm"));
        assertTrue(fieldError("enrol:code").contains("6桁"), fieldError("enrol:code"));
        type("enrol:code", SecondFactor.codeAt(secret, Instant.now()));
        clickAndWait(By.id("enrol:confirm"));
        List<String> codes = driver.findElements(By.cssSelector("#recoveryCodes code")).stream()
                .map(WebElement::getText).toList();
        assertEquals(10, codes.size(), codes.toString());
        assertTrue(messages().contains("登録しました"), messages());
        assertAccessible("second factor, recovery codes");
        clickAndWait(By.id("done:continue"));
        assertTrue(driver.getCurrentUrl().endsWith("/officer/home.xhtml"), driver.getCurrentUrl());
        open("account/account.xhtml");
        clickAndWait(By.id("secondFactorLink"));
        assertTrue(text("enrolled").contains("10"), text("enrolled"));
        assertTrue(driver.findElements(By.id("recoveryCodes")).isEmpty(), "the codes are shown only once");
        logOut();

        // The password alone gives no session and no API token.
        assertEquals(401, tokenLogin(id, null));
        open("login.xhtml");
        logIn(id, PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/login-code.xhtml"), driver.getCurrentUrl());
        assertEquals("確認コードの入力", heading());
        assertAccessible("login code");
        // Not signed in before the code: protected pages send the visitor to the login page (before, the login
        // waiting for its code left Soteria's caller-initiated mark in the session and they answered an empty 200).
        for (String page : List.of("officer/home.xhtml", "account/account.xhtml")) {
            HttpResponse<byte[]> answer = getWithSession(page);
            assertEquals(302, answer.statusCode(), page + ": " + new String(answer.body(), StandardCharsets.UTF_8));
            assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"),
                    answer.headers().toString());
        }
        enterCode(wrongCode(secret));
        assertTrue(fieldError("verify:code").contains("正しくありません"), fieldError("verify:code"));
        assertAccessible("login code, wrong");
        clickAndWait(By.id("lang:en"));
        try {
            assertEquals("Enter your code", heading());
            assertTrue(text("why").contains("authenticator app"), text("why"));
            enterCode(wrongCode(secret));
            assertTrue(fieldError("verify:code").startsWith("The code is wrong"), fieldError("verify:code"));
            assertAccessible("login code, wrong, English");
        } finally {
            clickAndWait(By.id("lang:ja"));
        }
        enterCode(nextCode(secret));
        assertTrue(driver.getCurrentUrl().endsWith("/officer/home.xhtml"), driver.getCurrentUrl());
        logOut();

        // A recovery code instead of the code: once.
        open("login.xhtml");
        logIn(id, PASSWORD);
        enterCode(codes.get(0));
        assertTrue(driver.getCurrentUrl().endsWith("/officer/home.xhtml"), driver.getCurrentUrl());
        open("account/second-factor.xhtml");
        assertTrue(text("enrolled").contains("9"), text("enrolled"));
        logOut();
        open("login.xhtml");
        logIn(id, PASSWORD);
        enterCode(codes.get(0));
        assertTrue(driver.getCurrentUrl().endsWith("/login-code.xhtml"), driver.getCurrentUrl());
        assertTrue(fieldError("verify:code").contains("正しくありません"), "a used recovery code is refused");

        // The API takes the code with the password.
        assertEquals(401, tokenLogin(id, codes.get(0)), "used recovery code");
        assertEquals(200, tokenLogin(id, codes.get(1)));
        String trail = audit(id);
        assertTrue(trail.contains("SECOND_FACTOR_ENROLLED"), trail);
        assertTrue(trail.contains("LOGIN_PASSWORD_ACCEPTED"), trail);
        assertTrue(trail.contains("RECOVERY_CODE_USED"), trail);
    }

    @Test
    @DisplayName("Issue 18, AC4: wrong codes count towards the lock as wrong passwords do")
    void wrongCodesLockTheAccount() throws Exception {
        String id = TestRun.id("FL", RUN);
        String secret = SecondFactorTestData.SECRET;
        open("login.xhtml");
        logIn(id, "wrong-password-1");
        logIn(id, "wrong-password-2");
        logIn(id, PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/login-code.xhtml"), "the right password does not reset the count");
        enterCode(wrongCode(secret));
        enterCode(wrongCode(secret));
        assertTrue(driver.getCurrentUrl().endsWith("/login-code.xhtml"), driver.getCurrentUrl());
        enterCode(wrongCode(secret));
        // The fifth failure in a row locked the account: the login starts again and the right code is no use.
        assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml"), driver.getCurrentUrl());
        assertFalse(messages().isEmpty());
        logIn(id, PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml"), "locked: " + driver.getCurrentUrl());
        assertEquals(401, tokenLogin(id, nextCode(secret)));
        assertTrue(audit(id).contains("ACCOUNT_LOCKED"), audit(id));
        assertTrue(mailbox.mailTo(TestRun.mail("FL", RUN)).contains("locked"));
    }

    @Test
    @DisplayName("Issue 18: a supervisor resets a user's second factor; audited, mailed; the user enrols again")
    void supervisorResetsSecondFactor() throws Exception {
        String user = TestRun.id("FR", RUN);
        open("login.xhtml");
        logIn(TestRun.id("FS", RUN), PASSWORD);
        enterCode(nextCode(SecondFactorTestData.SECRET));
        open("officer/supervisor/unlock.xhtml");
        type("unlock:authId", TestRun.id("FE", RUN) + "X");
        clickAndWait(By.id("unlock:resetSecondFactor"));
        assertTrue(fieldError("unlock:authId").contains("有効なアカウントはありません"), fieldError("unlock:authId"));
        type("unlock:authId", user);
        clickAndWait(By.id("unlock:resetSecondFactor"));
        assertTrue(messages().contains("2段階認証をリセット"), messages());
        assertAccessible("unlock, second factor reset");
        type("unlock:authId", user);
        clickAndWait(By.id("unlock:resetSecondFactor"));
        assertTrue(fieldError("unlock:authId").contains("登録されていません"), fieldError("unlock:authId"));
        String mail = mailbox.mailTo(TestRun.mail("FR", RUN), "second factor");
        assertTrue(mail.contains(user), mail);
        assertTrue(audit(user).contains("SECOND_FACTOR_RESET"), audit(user));
        logOut();

        open("login.xhtml");
        logIn(user, PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/account/second-factor.xhtml"),
                "no code after the reset, and an officer enrols again: " + driver.getCurrentUrl());
    }
}
