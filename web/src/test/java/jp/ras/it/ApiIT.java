package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The REST API v1 over HTTP, as an organisation's HR system uses it. */
class ApiIT extends ApiTest {

    private static final String NAME = "api-it";

    @Override
    String deploymentName() {
        return NAME;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ras(NAME).addClasses(TestAccounts.class, ApiTestData.class);
    }

    // ---- helpers ----

    private String token(String authId) throws IOException, InterruptedException {
        return token(authId, ApiTestData.PASSWORD);
    }

    /** The roster entry id of the (most recently added) person of that name. */
    private long rosterEntry(String token, String name) throws IOException, InterruptedException {
        HttpResponse<String> response = get("roster", token);
        assertStatus(200, response);
        return StreamSupport.stream(json(response).get("persons").spliterator(), false)
                .filter(p -> p.get("nameRoman").asText().equals(name))
                .mapToLong(p -> p.get("rosterEntryId").asLong()).max().orElseThrow();
    }

    private static ObjectNode filing(long rosterEntryId, String receiptMethod, String reEntry) {
        ObjectNode body = JSON.createObjectNode();
        body.put("rosterEntryId", rosterEntryId);
        body.put("reEntry", reEntry);
        body.put("activityPermission", false);
        body.put("desiredPeriod", "3年");
        body.put("reason", "引き続き同じ会社で働くため");
        body.put("presenceConfirmed", true);
        body.put("receiptMethod", receiptMethod);
        body.put("kanjiRequested", false);
        body.put("applicantMail", "applicant.api@example.com");
        body.put("applicantLanguage", "en");
        body.put("photo", Base64.getEncoder().encodeToString(TestApplications.photo(600)));
        return body;
    }

    private static JsonNode firstError(JsonNode error) {
        assertTrue(error.get("errors").size() >= 1, error.toString());
        return error.get("errors").get(0);
    }

    // ---- tests ----

    @Test
    @DisplayName("SE1: HTTP Basic gives a bearer token (200, no-store) that lapses 30 minutes after the last call")
    void se1_tokenWithBasic() throws Exception {
        Instant before = Instant.now();
        HttpResponse<String> response = tokenRequest(ApiTestData.ORG_USER, ApiTestData.PASSWORD);
        assertStatus(200, response);
        JsonNode body = json(response);
        String token = body.get("token").asText();
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), "256 bits base64url: " + token);
        Instant expiresAt = Instant.parse(body.get("expiresAt").asText());
        assertTrue(!expiresAt.isBefore(before.plus(Duration.ofMinutes(29)))
                && expiresAt.isBefore(Instant.now().plus(Duration.ofMinutes(31))), expiresAt.toString());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no session: "
                + response.headers().allValues("Set-Cookie"));
        assertStatus(200, get("roster", token));

        HttpResponse<String> noBasic = send(HttpRequest.newBuilder(URI.create(api + "tokens"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertStatus(401, noBasic);
        assertTrue(noBasic.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals("basicRequired", json(noBasic).get("error").asText());
    }

    @Test
    @DisplayName("AC4: a wrong password is 401; the fifth failure in a row locks the account, and then even the"
            + " right password is refused, with the same answer")
    void ac4_wrongPasswordAndLock() throws Exception {
        HttpResponse<String> wrong = tokenRequest(ApiTestData.LOCKOUT, "not the password");
        assertStatus(401, wrong);
        JsonNode error = json(wrong);
        assertEquals("loginFailed", error.get("error").asText());
        assertTrue(error.get("message").asText().contains("24時間"), error.toString());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(json(wrong).toString(), json(tokenRequest("NOSUCHUSER", "not the password")).toString(),
                "an unknown ID gets the same answer");
        for (int i = 2; i <= 4; i++) {
            assertStatus(401, tokenRequest(ApiTestData.LOCKOUT, "not the password " + i));
        }
        assertStatus(200, tokenRequest(ApiTestData.LOCKOUT, ApiTestData.PASSWORD));
        for (int i = 1; i <= 5; i++) {
            assertStatus(401, tokenRequest(ApiTestData.LOCKOUT, "not the password " + i));
        }
        HttpResponse<String> locked = tokenRequest(ApiTestData.LOCKOUT, ApiTestData.PASSWORD);
        assertStatus(401, locked);
        assertEquals(error.toString(), json(locked).toString(), "a lock looks like a wrong password");
    }

    @Test
    @DisplayName("401 with WWW-Authenticate: Bearer without a token, with an unknown one and with a revoked one;"
            + " never the login page")
    void unauthorisedWithoutAValidToken() throws Exception {
        HttpResponse<String> none = get("roster", null);
        assertStatus(401, none);
        assertEquals("Bearer realm=\"RAS\"", none.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals("unauthorized", json(none).get("error").asText());
        assertTrue(none.headers().firstValue("Location").isEmpty(), "no redirect to the login page");

        HttpResponse<String> unknown = get("applications", "A".repeat(43));
        assertStatus(401, unknown);
        assertTrue(unknown.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
        assertStatus(401, get("applications", "not a token at all"));

        String token = token(ApiTestData.ORG_USER);
        assertStatus(200, get("applications", token));
        assertStatus(204, send(request("tokens/current", token).DELETE()));
        HttpResponse<String> revoked = get("applications", token);
        assertStatus(401, revoked);
        assertEquals("invalidToken", json(revoked).get("error").asText());
        assertStatus(401, send(request("tokens/current", token).DELETE()));
    }

    @Test
    @DisplayName("AC5, SE2: an expired password or terms not agreed to is 403, telling to log in on the web first")
    void ac5_se2_webFirst() throws Exception {
        HttpResponse<String> expired = tokenRequest(ApiTestData.EXPIRED, ApiTestData.PASSWORD);
        assertStatus(403, expired);
        assertEquals("passwordExpired", json(expired).get("error").asText());
        assertTrue(json(expired).get("message").asText().contains("画面からログイン"), expired.body());
        HttpResponse<String> terms = send(HttpRequest.newBuilder(URI.create(api + "tokens"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (ApiTestData.NO_TERMS + ":" + ApiTestData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.noBody()));
        assertStatus(403, terms);
        assertEquals("termsRequired", json(terms).get("error").asText());
        assertTrue(json(terms).get("message").asText().contains("Log in on the web"), terms.body());
    }

    @Test
    @DisplayName("UA4: the roster lists my organisation's current persons with masked card numbers")
    void ua4_roster() throws Exception {
        HttpResponse<String> response = get("roster", token(ApiTestData.ORG_USER));
        assertStatus(200, response);
        JsonNode roster = json(response);
        assertTrue(roster.get("canFile").asBoolean(), roster.toString());
        assertTrue(roster.get("persons").size() >= 4, roster.toString());
        for (JsonNode person : roster.get("persons")) {
            assertTrue(person.get("maskedCardNumber").asText().matches("[A-Z]{2}\\*{8}[A-Z]{2}"), person.toString());
            assertFalse(person.toString().contains("cardNumber\":\"AP"), "no full card number");
            assertFalse(person.get("nameRoman").asText().equals(ApiTestData.OTHERS), "not another organisation's");
        }
    }

    @Test
    @DisplayName("AP3, RN1, AP8, ST1: filing with a photo is 201 with Location and a provisional number; the list"
            + " and the detail with its history show it")
    void rn1_fileListAndDetail() throws Exception {
        String token = token(ApiTestData.ORG_USER);
        HttpResponse<String> filed = post("applications", token,
                filing(rosterEntry(token, ApiTestData.VALID), "POST", "NONE"));
        assertStatus(201, filed);
        JsonNode application = json(filed);
        long id = application.get("id").asLong();
        assertEquals("FILED", application.get("status").asText());
        assertTrue(application.get("provisionalReceiptNumber").asText().matches("\\d{8}-\\d{7}"),
                application.toString());
        assertTrue(filed.headers().firstValue("Location").orElse("").endsWith("/api/v1/applications/" + id),
                filed.headers().map().toString());

        HttpResponse<String> list = get("applications?status=FILED&page=1&size=100", token);
        assertStatus(200, list);
        JsonNode page = json(list);
        assertTrue(page.get("total").asLong() >= 1);
        assertTrue(StreamSupport.stream(page.get("items").spliterator(), false)
                .anyMatch(i -> i.get("id").asLong() == id), page.toString());

        HttpResponse<String> detail = send(HttpRequest.newBuilder(URI.create(
                filed.headers().firstValue("Location").orElseThrow().replace("localhost", "127.0.0.1")))
                .header("Authorization", "Bearer " + token).GET());
        assertStatus(200, detail);
        JsonNode one = json(detail);
        assertEquals(ApiTestData.VALID, one.get("nameRoman").asText());
        assertEquals("POST", one.get("receiptMethod").asText());
        assertEquals("FILED", one.get("history").get(0).get("status").asText());
        assertEquals(ApiTestData.ORG_USER, one.get("history").get(0).get("actor").asText());
        assertTrue(one.has("receiptNumber") && one.get("receiptNumber").isNull(), "not numbered yet (RN2)");

        assertStatus(422, get("applications?status=NOPE", token));
        assertStatus(422, get("applications?size=1000", token));
    }

    @Test
    @DisplayName("AP9, AP6: filing for a person whose stay expires today is 422 with the rule on its field, in"
            + " Japanese by default and in English with Accept-Language: en")
    void ap6_expiryDayRefused() throws Exception {
        String token = token(ApiTestData.ORG_USER);
        ObjectNode body = filing(rosterEntry(token, ApiTestData.EXPIRES_TODAY), "POST", "NONE");
        HttpResponse<String> ja = post("applications", token, body);
        assertStatus(422, ja);
        JsonNode error = firstError(json(ja));
        assertEquals("AP6", error.get("rule").asText(), ja.body());
        assertEquals("rosterEntryId", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("地方出入国在留管理官署")
                || error.get("message").asText().matches(".*[\\u3040-\\u30ff\\u4e00-\\u9fff].*"), ja.body());
        assertEquals("validation", json(ja).get("error").asText());

        HttpResponse<String> en = post("applications", token, body, "Accept-Language", "en-GB,en;q=0.9");
        assertStatus(422, en);
        JsonNode english = firstError(json(en));
        assertEquals("AP6", english.get("rule").asText());
        assertTrue(english.get("message").asText().contains("regional immigration office"), en.body());

        ObjectNode broken = filing(rosterEntry(token, ApiTestData.VALID), "BY_PIGEON", "NONE");
        broken.put("presenceConfirmed", false);
        broken.put("photo", "%%% not base64 %%%");
        HttpResponse<String> many = post("applications", token, broken, "Accept-Language", "en");
        assertStatus(422, many);
        String fields = json(many).get("errors").toString();
        assertTrue(fields.contains("\"receiptMethod\"") && fields.contains("\"photo\""), fields);
    }

    @Test
    @DisplayName("ST1: another organisation's application is 404, never 403")
    void st1_otherOrganisationIsNotFound() throws Exception {
        String other = token(ApiTestData.OTHER_ORG_USER);
        HttpResponse<String> filed = post("applications", other, filing(rosterEntry(other, ApiTestData.OTHERS),
                "COUNTER", "NONE"));
        assertStatus(201, filed);
        long id = json(filed).get("id").asLong();
        assertStatus(200, get("applications/" + id, other));

        String mine = token(ApiTestData.ORG_USER);
        HttpResponse<String> notMine = get("applications/" + id, mine);
        assertStatus(404, notMine);
        assertEquals("notFound", json(notMine).get("error").asText());
        assertStatus(404, put("applications/" + id + "/card-receipt", mine, JSON.createObjectNode()
                .put("method", "POST")));
        assertStatus(404, get("applications/999999999999", mine));
        assertStatus(404, get("applications/abc", mine));
        assertStatus(422, post("applications", mine, filing(rosterEntry(other, ApiTestData.OTHERS), "COUNTER",
                "NONE")), "AP2: not on my roster");
    }

    @Test
    @DisplayName("RC3: the card receipt method changes while FILED (204) but not once decided (409, RC3); RC2: post"
            + " is refused with a re-entry permit (422)")
    void rc3_changeCardReceipt() throws Exception {
        String token = token(ApiTestData.ORG_USER);
        HttpResponse<String> filed = post("applications", token,
                filing(rosterEntry(token, ApiTestData.RECEIPT), "COUNTER", "SINGLE"));
        assertStatus(201, filed);
        long id = json(filed).get("id").asLong();

        HttpResponse<String> post = put("applications/" + id + "/card-receipt", token,
                JSON.createObjectNode().put("method", "POST"));
        assertStatus(422, post);
        assertEquals("RC2", firstError(json(post)).get("rule").asText());

        HttpResponse<String> filedPost = post("applications", token,
                filing(rosterEntry(token, ApiTestData.RECEIPT), "POST", "NONE"));
        assertStatus(201, filedPost);
        long postId = json(filedPost).get("id").asLong();
        assertStatus(204, put("applications/" + postId + "/card-receipt", token,
                JSON.createObjectNode().put("method", "COUNTER")));
        assertEquals("COUNTER", json(get("applications/" + postId, token)).get("receiptMethod").asText());

        HttpResponse<String> decided = get("applications?status=DECIDED", token);
        assertStatus(200, decided);
        long decidedId = json(decided).get("items").get(0).get("id").asLong();
        HttpResponse<String> locked = put("applications/" + decidedId + "/card-receipt", token,
                JSON.createObjectNode().put("method", "POST"));
        assertStatus(409, locked);
        assertEquals("RC3", firstError(json(locked)).get("rule").asText());
        assertEquals("conflict", json(locked).get("error").asText());
        assertStatus(422, put("applications/" + postId + "/card-receipt", token, JSON.createObjectNode()));
    }

    @Test
    @DisplayName("PR6: an officer adds a person to an organisation's roster; an organisation user may not (403)")
    void pr6_officerAddsToRoster() throws Exception {
        String user = token(ApiTestData.ORG_USER);
        long organisation = json(get("roster", user)).get("organisationId").asLong();
        ObjectNode person = JSON.createObjectNode();
        person.put("nameRoman", "API OFFICER ADDED");
        person.put("nationality", "PHL");
        person.put("dateOfBirth", "1990-01-02");
        person.put("sex", "MALE");
        person.put("cardNumber", "AQ" + String.format("%08d", System.currentTimeMillis() % 100_000_000L) + "ZZ");
        person.put("statusOfResidence", "技術・人文知識・国際業務");
        person.put("periodOfStay", "1年");
        person.put("stayExpiry", "2027-12-31");
        person.put("address", "東京都港区港南1-1-1");
        String path = "officer/organisations/" + organisation + "/roster";

        HttpResponse<String> forbidden = post(path, user, person);
        assertStatus(403, forbidden);
        assertEquals("forbidden", json(forbidden).get("error").asText());

        String officer = token(ApiTestData.OFFICER);
        HttpResponse<String> added = post(path, officer, person);
        assertStatus(201, added);
        long entry = json(added).get("rosterEntryId").asLong();
        assertEquals(entry, rosterEntry(user, "API OFFICER ADDED"));

        assertStatus(404, post("officer/organisations/999999999999/roster", officer, person));
        person.put("cardNumber", "12345");
        person.put("dateOfBirth", "02/01/1990");
        HttpResponse<String> bad = post(path, officer, person, "Accept-Language", "en");
        assertStatus(422, bad);
        assertTrue(bad.body().contains("\"dateOfBirth\""), bad.body());
        assertStatus(403, get("roster", officer), "the public tier's roster is not an officer's");
    }

    @Test
    @DisplayName("A logged-in browser session counts for nothing on /api (no cross-site use of the API), and API"
            + " calls leave that session as it was")
    void sessionCookieIsNoCredential() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String web = api.substring(0, api.length() - "api/v1/".length());
        String page = browser.send(HttpRequest.newBuilder(URI.create(web + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher viewState = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(viewState.find(), page);
        String form = "login=login&login%3AauthId=" + ApiTestData.ORG_USER + "&login%3Apassword="
                + java.net.URLEncoder.encode(ApiTestData.PASSWORD, StandardCharsets.UTF_8) + "&login%3Asubmit=x"
                + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(web + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), "logged in: " + login.body());
        assertEquals(200, browser.send(HttpRequest.newBuilder(URI.create(web + "app/home.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());

        HttpResponse<String> call = browser.send(HttpRequest.newBuilder(URI.create(api + "roster")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertStatus(401, call, "the session cookie is no API credential");
        assertEquals(200, browser.send(HttpRequest.newBuilder(URI.create(web + "app/home.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "the web session is still there");
    }

    @Test
    @DisplayName("API errors are JSON, also for unknown paths, wrong methods and unreadable bodies")
    void errorsAreJson() throws Exception {
        String token = token(ApiTestData.ORG_USER);
        HttpResponse<String> missing = get("no-such-thing", token);
        assertStatus(404, missing);
        assertEquals("notFound", json(missing).get("error").asText());
        HttpResponse<String> method = send(request("roster", token).DELETE());
        assertStatus(405, method);
        assertEquals("methodNotAllowed", json(method).get("error").asText());
        HttpResponse<String> unreadable = send(request("applications", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{not json")));
        assertStatus(400, unreadable);
        assertEquals("badRequest", json(unreadable).get("error").asText());
    }

    @Test
    @DisplayName("/openapi documents the API: tokens, roster, applications, the bearer scheme")
    void openApi() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(root + "openapi"))
                .header("Accept", "application/json").GET());
        assertStatus(200, response);
        JsonNode document = JSON.readTree(response.body());
        JsonNode paths = document.get("paths");
        assertNotNull(paths, response.body());
        String all = paths.toString();
        for (String path : new String[] {"/api/v1/applications\"", "/api/v1/applications/{id}\"",
                "/api/v1/applications/{id}/card-receipt\"", "/api/v1/tokens\"", "/api/v1/roster\"",
                "/api/v1/officer/organisations/{id}/roster\""}) {
            assertTrue(all.contains(path), path + " in " + paths.fieldNames());
        }
        assertNotNull(document.at("/components/securitySchemes/bearer"), document.toString());
        assertEquals("bearer", document.at("/components/securitySchemes/bearer/scheme").asText());
        assertFalse(document.toString().contains("\"maxProperties\":0"), "OpenApiFilter drops Payara's defaults");
        assertEquals("date", document.at("/components/schemas/Filed/properties/acceptanceDate/format").asText());
        assertEquals("string", document.at("/components/schemas/Filed/properties/acceptanceDate/type").asText());
        assertEquals("string", document.at("/components/schemas/Filed/properties/status/type").asText());
    }
}
