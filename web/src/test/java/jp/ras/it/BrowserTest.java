package jp.ras.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A browser test class: one headless Chromium for the class, a fresh cookie-less session before each test, and
 * the page helpers of {@link Browser}. Subclasses declare their {@code @Deployment(testable = false)} and its name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

    static Browser browser;

    static WebDriver driver;

    @ArquillianResource
    URL deploymentUrl;

    /** The name the subclass gave its deployment (the WAR's name). */
    abstract String deploymentName();

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
        driver = browser.driver;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshSession() {
        browser.freshSession(deploymentUrl, deploymentName());
    }

    void open(String path) {
        browser.open(path);
    }

    void type(String id, String text) {
        browser.type(id, text);
    }

    void logIn(String authId, String password) {
        browser.logIn(authId, password);
    }

    void clickAndWait(By target) {
        browser.clickAndWait(target);
    }

    void assertAccessible(String page) {
        browser.assertAccessible(page);
    }
}
