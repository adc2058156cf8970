package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The "API tokens" section of the account page: a named token is made, used by the API and revoked. */
class ApiTokensScreenIT extends BrowserTest {

    private static final String NAME = "api-tokens-it";

    @Override
    String deploymentName() {
        return NAME;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ras(NAME).addClasses(TestAccounts.class, ApiTestData.class);
    }

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
}
