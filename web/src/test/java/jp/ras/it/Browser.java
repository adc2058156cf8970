package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driving a test deployment, with the helpers every browser test needs. */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    private String base;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    static Browser start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("ras-chromium").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Issue 15: a visitor's pages follow Accept-Language; the tests' browser asks for Japanese, as the agency's
        // users' browsers do (a test that needs English asks for it itself).
        options.addArguments("--lang=ja");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ja"));
        // Security 5: the console shows what the Content-Security-Policy refused (see assertAccessible).
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver);
    }

    /**
     * Points the browser at a deployment with no cookies. The server may announce a host name; the browser always
     * talks to the loopback address. Without test servlets the connector reports the root path; the WAR is named
     * after the deployment.
     */
    void freshSession(URL deploymentUrl, String deploymentName) {
        String path = deploymentUrl.getPath().length() <= 1 ? "/" + deploymentName + "/" : deploymentUrl.getPath();
        base = "http://127.0.0.1:" + deploymentUrl.getPort() + (path.endsWith("/") ? path : path + "/");
        driver.get(base + "login.xhtml");
        driver.manage().deleteAllCookies();
    }

    String base() {
        return base;
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    void logIn(String authId, String password) {
        type("login:authId", authId);
        type("login:password", password);
        clickAndWait(By.id("login:submit"));
    }

    /** Clicks a button that submits a form and waits until the next page has replaced this one. */
    void clickAndWait(By button) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.rasOldPage = true;");
        driver.findElement(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(d -> Boolean.TRUE
                .equals(js.executeScript(
                        "return window.rasOldPage === undefined && document.readyState === 'complete';")));
    }

    void clickAndWait(String id) {
        clickAndWait(By.id(id));
    }

    /** axe-core with the WCAG 2.1 A and AA rules: any violation fails the test. */
    void assertAccessible(String page) {
        assertNoScriptRefused(page);
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), page + ": " + violations.stream()
                .map(v -> v.getId() + " (" + v.getHelp() + ") at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }

    /**
     * Security 5: nothing the pages loaded since the last look was refused by the Content-Security-Policy (an inline
     * script without the nonce, an inline event handler, eval): such a script would silently not run.
     */
    void assertNoScriptRefused(String page) {
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        assertTrue(refused.isEmpty(), page + ": " + refused);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
