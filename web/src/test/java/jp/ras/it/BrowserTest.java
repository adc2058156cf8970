package jp.ras.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test class: one headless Chromium for the class, a fresh cookie-less session before each test, and
 * the page helpers of {@link Browser} and those below, shared by the screens' tests. Subclasses declare their
 * {@code @Deployment(testable = false)} and its name.
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

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The page's global messages. */
    String messages() {
        return text("messages");
    }

    /** The field-level message rendered right after the input (AP9), or "" when there is none. */
    String fieldError(String inputId) {
        List<WebElement> errors = driver.findElement(By.id(inputId))
                .findElements(By.xpath("following-sibling::*[@role='alert']"));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    /** The rows of the status history table ({@code #history}) of an application's page, either tier. */
    List<WebElement> historyRows() {
        return driver.findElements(By.cssSelector("#history tbody tr"));
    }

    /** A GET in this browser's session (its JSESSIONID), to see status codes and headers the browser hides. */
    HttpResponse<byte[]> getWithSession(String page) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.base() + page))
                .header("Cookie", sessionCookies()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The browser's cookies as one {@code Cookie} header: the session's JSESSIONID and, since sessions are
     * replicated ({@code <distributable/>}), Payara's JSESSIONIDVERSION, without which the session is not resumed.
     */
    String sessionCookies() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * Issue 15: each page works on a phone: at 360 and 390 px wide (and 414) nothing makes the page scroll sideways
     * ({@code scrollWidth <= innerWidth}); the widest element that sticks out is named. No lazy table shows a column
     * filter (the tables filter in their forms; PrimeFaces adds one to each column with a {@code field}). The window
     * is put back.
     */
    void assertFitsPhones(String... pages) {
        try {
            for (int width : new int[] {360, 390, 414}) {
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 800));
                for (String page : pages) {
                    open(page);
                    Object result = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                            "const w = window.innerWidth, d = document.documentElement.scrollWidth;"
                            + " if (d <= w) return null;"
                            + " const out = Array.from(document.querySelectorAll('body *')).filter(e =>"
                            + " e.getBoundingClientRect().right > w + 0.5).map(e => e.tagName + '#' + e.id + '.'"
                            + " + e.className);"
                            + " return w + ' px wide, the page is ' + d + ': ' + out.slice(-3).join(', ');");
                    org.junit.jupiter.api.Assertions.assertNull(result, page + " at " + width + " px: " + result);
                    if (width == 390) {
                        screenshot(page, "phone");
                        // the lazy tables filter through the form above them; a column filter would do nothing
                        org.junit.jupiter.api.Assertions.assertEquals(List.of(), driver.findElements(
                                By.cssSelector(".ui-column-filter")), page + ": a column filter that filters nothing");
                    }
                }
            }
            if (SCREENS != null) {
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
                for (String page : pages) {
                    open(page);
                    screenshot(page, "desktop");
                }
            }
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    /**
     * Issue 15: where the pictures of the screens go (README, docs/screens/): the directory in the environment variable
     * RAS_SCREENS_DIR when it is set (e.g. {@code RAS_SCREENS_DIR=$PWD/docs/screens bin/test -Dit.test=...}); none
     * otherwise.
     */
    private static final java.nio.file.Path SCREENS = System.getenv("RAS_SCREENS_DIR") == null ? null
            : java.nio.file.Path.of(System.getenv("RAS_SCREENS_DIR"));

    /** Saves the page as shown, named by its path, language and width, when pictures are asked for. */
    void screenshot(String page, String width) {
        if (SCREENS == null) {
            return;
        }
        String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
        String language = driver.findElement(By.tagName("html")).getAttribute("lang");
        String name = path.replace(".xhtml", "").replace('/', '-') + "." + language + "." + width + ".png";
        try {
            java.nio.file.Files.createDirectories(SCREENS);
            java.nio.file.Files.write(SCREENS.resolve(name),
                    ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The filing page: chooses the roster person whose option starts with {@code name}; waits for the AP4 hint. */
    void choosePerson(String name) {
        new Select(driver.findElement(By.id("file:person"))).selectByValue(personOption(name));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("file:personHint"), "オンラインで申請できる期間"));
    }

    /** The filing page: the value of the person option whose text starts with {@code name}. */
    String personOption(String name) {
        return new Select(driver.findElement(By.id("file:person"))).getOptions().stream()
                .filter(o -> o.getText().startsWith(name)).findFirst().orElseThrow().getAttribute("value");
    }

    /**
     * The officers' queue ({@code officer/applications.xhtml}) is oldest first, so a test's applications are on its
     * last pages: goes to the last page, then back until {@code row} shows.
     */
    WebElement queueRow(By row) {
        turnQueuePage("ui-paginator-last");
        for (int i = 0; i < 5 && driver.findElements(row).isEmpty(); i++) {
            turnQueuePage("ui-paginator-prev");
        }
        return driver.findElement(row);
    }

    /** Presses a paginator button (ajax) from the keyboard when it is there and enabled; waits for the new page. */
    private void turnQueuePage(String buttonClass) {
        List<WebElement> buttons = driver.findElements(By.cssSelector("[id='list:rows'] ." + buttonClass));
        if (buttons.isEmpty() || buttons.get(0).getAttribute("class").contains("ui-state-disabled")) {
            return;
        }
        String before = driver.findElement(By.cssSelector("[id='list:rows'] .ui-paginator-current")).getText();
        buttons.get(0).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElement(
                By.cssSelector("[id='list:rows'] .ui-paginator-current")).getText().equals(before));
    }
}
