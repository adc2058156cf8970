package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import jp.ras.domain.model.account.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Journeys across both tiers in headless Chromium, as users and officers live them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JourneyIT {

    private static final String NAME = "journey-it";

    private static Browser browser;

    @ArquillianResource
    private URL deploymentUrl;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ras(NAME).addClasses(TestAccounts.class, BrowserTestData.class);
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshSession() {
        browser.freshSession(deploymentUrl, NAME);
    }

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
}
