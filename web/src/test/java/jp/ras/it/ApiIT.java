package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import jp.ras.domain.model.application.ApplicationStatus;
import jp.ras.domain.model.organisation.ResidenceTerms;
import jp.ras.domain.shared.TextLimits;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The REST API v1 over HTTP: as an organisation's HR system uses it (the accounts of {@link ApiTestData}), and the
 * officers' API, the queue and one application, review, decision, withdrawal and the card, as an agency system on
 * the intranet (here: loopback, inside RAS_INTRANET_CIDRS) uses it (the accounts of {@link OfficerApiTestData}; the
 * applications are filed through the organisations' API first).
 */
class ApiIT extends ApiTest {

    private static final String NAME = "api-it";
    private static final String QUEUE = "officer/applications";

    @Override
    String deploymentName() {
        return NAME;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ras(NAME).addClasses(TestAccounts.class, ApiTestData.class, OfficerApiTestData.class,
                AuditProbe.class);
    }

    // ---- helpers ----

    /** A login token of one of {@link ApiTestData}'s accounts. */
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
        return filing(rosterEntryId, receiptMethod, reEntry, "applicant.api@example.com");
    }

    private static ObjectNode filing(long rosterEntryId, String receiptMethod, String reEntry, String applicantMail) {
        ObjectNode body = JSON.createObjectNode();
        body.put("rosterEntryId", rosterEntryId);
        body.put("reEntry", reEntry);
        body.put("activityPermission", false);
        body.put("desiredPeriod", "3年");
        body.put("reason", "引き続き同じ会社で働くため");
        body.put("presenceConfirmed", true);
        body.put("receiptMethod", receiptMethod);
        body.put("kanjiRequested", false);
        body.put("applicantMail", applicantMail);
        body.put("applicantLanguage", "en");
        body.put("photo", Base64.getEncoder().encodeToString(TestApplications.photo(600)));
        return body;
    }

    private static JsonNode firstError(JsonNode error) {
        assertTrue(error.get("errors").size() >= 1, error.toString());
        return error.get("errors").get(0);
    }

    // ---- helpers of the officers' API ----

    /** A login token of one of {@link OfficerApiTestData}'s accounts. */
    private String officerApiToken(String authId) throws IOException, InterruptedException {
        return token(authId, OfficerApiTestData.PASSWORD);
    }

    /** The answer's only field error, as {@code field/rule/error}; the rule "null" when there is none. */
    private static String error(HttpResponse<String> response) throws IOException {
        JsonNode body = json(response);
        assertEquals(1, body.get("errors").size(), body.toString());
        JsonNode error = body.get("errors").get(0);
        assertFalse(error.get("message").asText().isBlank(), body.toString());
        return error.get("field").asText() + "/" + error.get("rule").asText() + "/" + body.get("error").asText();
    }

    /** A step of an application: 200 with its new state. */
    private JsonNode step(long id, String what, String token, ObjectNode body) throws IOException,
            InterruptedException {
        HttpResponse<String> response = post(QUEUE + "/" + id + "/" + what, token, body);
        assertStatus(200, response, what + " " + body);
        JsonNode state = json(response);
        assertEquals(id, state.get("id").asLong(), state.toString());
        return state;
    }

    private static ObjectNode body(String... pairs) {
        ObjectNode body = JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put(pairs[i], pairs[i + 1]);
        }
        return body;
    }

    /**
     * Files an application for the (most recently added) {@link OfficerApiTestData} person of that name through the
     * organisations' API.
     */
    private long fileForOfficers(String name, String receiptMethod, String reEntry)
            throws IOException, InterruptedException {
        String token = officerApiToken(OfficerApiTestData.ORG_USER);
        ObjectNode filing = filing(rosterEntry(token, name), receiptMethod, reEntry, "applicant.ofa@example.com");
        HttpResponse<String> filed = post("applications", token, filing);
        assertStatus(201, filed);
        return json(filed).get("id").asLong();
    }

    private static LocalDate japanToday() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
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
            String nationality = person.get("nationality").asText();
            assertEquals(ResidenceTerms.nationality(nationality, Locale.JAPANESE), person.get("nationalityText").asText());
            assertTrue(person.get("nationalityText").asText().matches(".+（" + nationality + "）"),
                    "AP11: the nationality by name, Japanese by default: " + person);
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
        JsonNode item = StreamSupport.stream(page.get("items").spliterator(), false)
                .filter(i -> i.get("id").asLong() == id).findFirst().orElseThrow(() -> new AssertionError(page));
        assertTrue(item.get("maskedCardNumber").asText().matches("AP\\*{8}ZZ"), item.toString());

        HttpResponse<String> again = post("applications", token,
                filing(rosterEntry(token, ApiTestData.VALID), "COUNTER", "NONE"), "Accept-Language", "en");
        assertStatus(422, again);
        assertEquals("AP13", firstError(json(again)).get("rule").asText(), again.body());
        assertEquals("rosterEntryId", firstError(json(again)).get("field").asText());
        assertTrue(firstError(json(again)).get("message").asText()
                .contains(application.get("provisionalReceiptNumber").asText()), again.body());

        HttpResponse<String> detail = send(HttpRequest.newBuilder(URI.create(
                filed.headers().firstValue("Location").orElseThrow().replace("localhost", "127.0.0.1")))
                .header("Authorization", "Bearer " + token).GET());
        assertStatus(200, detail);
        JsonNode one = json(detail);
        assertEquals(ApiTestData.VALID, one.get("nameRoman").asText());
        assertTrue(one.get("stayExpiry").asText().matches("\\d{4}-\\d{2}-\\d{2}"), one.toString());
        assertEquals(one.get("stayExpiry").asText(), item.get("stayExpiry").asText(),
                "issue 19: the list tells namesakes apart by masked card and expiry");
        assertEquals(item.get("maskedCardNumber").asText(), one.get("maskedCardNumber").asText());
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
                filing(rosterEntry(token, ApiTestData.RECEIPT_POST), "POST", "NONE"));
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
        JsonNode document = openApiDocument();
        JsonNode paths = document.get("paths");
        assertNotNull(paths, document.toString());
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
        // Issue 16: the status lists are ApplicationStatus's constants, which OpenApiFilter takes from the enum.
        List<String> statuses = Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList();
        assertEquals(statuses, texts(document.at("/components/schemas/Filed/properties/status/enum")));
        assertTrue(document.at("/components/schemas/Filed/properties/status/format").isMissingNode(),
                "the marker format is dropped");
        JsonNode status = null;
        for (var path = document.get("paths").fields(); path.hasNext();) {
            var entry = path.next();
            if (entry.getKey().endsWith("/api/v1/applications")) {
                for (JsonNode parameter : entry.getValue().path("get").path("parameters")) {
                    status = "status".equals(parameter.path("name").asText()) ? parameter : status;
                }
            }
        }
        assertNotNull(status, "the status parameter of GET /api/v1/applications");
        assertEquals(statuses, texts(status.at("/schema/enum")));
        assertEquals(List.of("NONE", "SINGLE", "MULTIPLE"),
                texts(document.at("/components/schemas/Filing/properties/reEntry/enum")));
        assertEquals(List.of("POST", "COUNTER"),
                texts(document.at("/components/schemas/ApplicationSummary/properties/receiptMethod/enum")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** The API's OpenAPI document, as JSON. */
    private JsonNode openApiDocument() throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(root + "openapi"))
                .header("Accept", "application/json").GET());
        assertStatus(200, response);
        return JSON.readTree(response.body());
    }

    // ---- the officers' API ----


    @Test
    @DisplayName("ST1, ST2, AP8, RC5–RC7: a filed application is in its office's queue; review started, documents"
            + " requested and resumed, granted by a supervisor (an officer gets 403), card made and delivered by"
            + " post: COMPLETED, with the whole history")
    void st1_fromQueueToCardByPost() throws Exception {
        long id = fileForOfficers(OfficerApiTestData.BY_POST, "POST", "NONE");
        String officer = officerApiToken(OfficerApiTestData.OFFICER);
        String supervisor = officerApiToken(OfficerApiTestData.SUPERVISOR);

        HttpResponse<String> count = get(QUEUE + "?office=" + OfficerApiTestData.OFFICE + "&status=FILED&size=1",
                officer);
        assertStatus(200, count);
        long total = json(count).get("total").asLong();
        assertTrue(total >= 1, count.body());
        long first = Math.max(0, total - 20);
        HttpResponse<String> last = get(QUEUE + "?office=" + OfficerApiTestData.OFFICE + "&status=FILED&first="
                + first + "&size=20", officer);
        assertStatus(200, last);
        JsonNode page = json(last);
        assertEquals(first, page.get("first").asLong());
        assertEquals(20, page.get("size").asInt());
        JsonNode row = StreamSupport.stream(page.get("items").spliterator(), false)
                .filter(r -> r.get("id").asLong() == id).findFirst()
                .orElseThrow(() -> new AssertionError("the newest FILED application is on the last page: " + page));
        assertEquals(OfficerApiTestData.BY_POST, row.get("nameRoman").asText());
        assertEquals("FILED", row.get("status").asText());
        assertEquals(0, row.get("daysSinceFiling").asInt(), "ST2: filed today");
        assertFalse(row.get("overStandard").asBoolean());
        assertTrue(row.get("assignedTo").isNull(), row.toString());

        HttpResponse<String> opened = get(QUEUE + "/" + id, officer);
        assertStatus(200, opened);
        JsonNode detail = json(opened);
        assertEquals(OfficerApiTestData.OFFICE, detail.get("office").asText());
        assertEquals("POST", detail.get("receiptMethod").asText());
        assertEquals(OfficerApiTestData.BY_POST, detail.at("/person/nameRoman").asText());
        assertTrue(detail.at("/person/cardNumber").asText().matches("OF\\d{8}ZZ"), "officers see the card number");
        assertEquals(OfficerApiTestData.ORG_USER, detail.get("filedBy").asText());
        assertEquals("FILED", detail.at("/history/0/status").asText());
        int fee = detail.get("feeYen").asInt();
        LocalDate stayExpiry = LocalDate.parse(detail.at("/person/stayExpiry").asText());

        JsonNode started = step(id, "review", officer, body("action", "start"));
        assertEquals("UNDER_REVIEW", started.get("status").asText());
        assertEquals(OfficerApiTestData.OFFICER, started.get("assignedTo").asText(), "taken by the officer");
        HttpResponse<String> again = post(QUEUE + "/" + id + "/review", officer, body("action", "start"));
        assertStatus(409, again, "ST1: already under review");
        assertEquals("status/ST1/conflict", error(again));

        assertEquals(OfficerApiTestData.SUPERVISOR, step(id, "review", officer,
                body("action", "assign", "officer", OfficerApiTestData.SUPERVISOR)).get("assignedTo").asText());
        JsonNode requested = step(id, "review", officer, body("action", "requestDocuments",
                "message", "在職証明書を提出してください", "due", japanToday().plusDays(14).toString()));
        assertEquals("DOCUMENTS_REQUESTED", requested.get("status").asText());
        assertEquals("UNDER_REVIEW", step(id, "review", officer, body("action", "resume", "note", "郵送で受領"))
                .get("status").asText());

        ObjectNode grant = body("outcome", "GRANTED", "period", "1年",
                "newExpiry", stayExpiry.plusYears(1).toString());
        HttpResponse<String> notSupervisor = post(QUEUE + "/" + id + "/decision", officer, grant);
        assertStatus(403, notSupervisor, "supervisors decide");
        assertEquals("forbidden", json(notSupervisor).get("error").asText());
        assertEquals("DECIDED", step(id, "decision", supervisor, grant).get("status").asText());

        ObjectNode byPost = JSON.createObjectNode().put("action", "post").put("itemsAtThisOffice", true)
                .put("feeFormSigned", true).put("stampsYen", fee).put("dispatchedTo", "東京都港区港南5-5-30")
                .put("deliveredOn", japanToday().toString()).put("oldCardPunched", true);
        HttpResponse<String> notMade = post(QUEUE + "/" + id + "/card", officer, byPost);
        assertStatus(409, notMade, "RC6: the card is not made yet");
        assertEquals("status/RC6/conflict", error(notMade));
        assertEquals("CARD_READY", step(id, "card", officer, body("action", "ready")).get("status").asText());
        HttpResponse<String> shortStamps = post(QUEUE + "/" + id + "/card", officer,
                byPost.deepCopy().put("stampsYen", fee - 1000), "Accept-Language", "en");
        assertStatus(422, shortStamps);
        assertEquals("stampsYen/RC5/validation", error(shortStamps));
        assertTrue(shortStamps.body().contains("revenue stamps"), shortStamps.body());
        assertEquals("COMPLETED", step(id, "card", officer, byPost).get("status").asText());

        JsonNode done = json(get(QUEUE + "/" + id, officer));
        assertTrue(done.get("granted").asBoolean(), done.toString());
        assertEquals("1年", done.get("grantedPeriod").asText());
        assertEquals(japanToday().toString(), done.get("effectiveDate").asText(), "RC6: effective on delivery");
        assertEquals(List.of("FILED", "UNDER_REVIEW", "DOCUMENTS_REQUESTED", "UNDER_REVIEW", "DECIDED", "CARD_READY",
                "COMPLETED"), StreamSupport.stream(done.get("history").spliterator(), false)
                        .map(e -> e.get("status").asText()).toList());
        assertEquals(OfficerApiTestData.SUPERVISOR, done.at("/history/4/actor").asText());
        String granted = "granted 1年 until " + stayExpiry.plusYears(1);
        assertEquals(granted, done.at("/history/4/note").asText(), "the note as recorded");
        assertEquals("許可（在留期間：1年、満了日：" + stayExpiry.plusYears(1) + "）", done.at("/history/4/noteText").asText(),
                "AP11: the note in Japanese by default");
        JsonNode english = json(send(request(QUEUE + "/" + id, officer).header("Accept-Language", "en").GET()));
        assertEquals("Granted: 1 year, until " + stayExpiry.plusYears(1), english.at("/history/4/noteText").asText());
        assertEquals("郵送で受領", english.at("/history/3/noteText").asText(), "an officer's words as typed");
        assertEquals("交付済み", done.get("statusText").asText(), "issue 15: the screens' words for the status");
        assertEquals("資料提出待ち", done.at("/history/2/statusText").asText());
        assertEquals("Card handed over", english.get("statusText").asText());
        assertEquals("Review completed", english.at("/history/4/statusText").asText());
        String status = done.at("/person/statusOfResidence").asText();
        String period = done.at("/person/periodOfStay").asText();
        assertEquals(status, done.at("/person/statusOfResidenceText").asText(), "issue 15: Japanese by default");
        assertEquals(ResidenceTerms.status(status, Locale.ENGLISH), english.at("/person/statusOfResidenceText").asText());
        assertNotEquals(status, english.at("/person/statusOfResidenceText").asText(),
                "issue 15: the agency's English name of the status of residence in the API");
        assertEquals(ResidenceTerms.period(period, Locale.ENGLISH), english.at("/person/periodOfStayText").asText());
        assertTrue(english.at("/person/periodOfStayText").asText().matches("\\d+ (year|month|day).*"),
                english.at("/person/periodOfStayText").asText());
        String nationality = done.at("/person/nationality").asText();
        assertEquals(ResidenceTerms.nationality(nationality, Locale.ENGLISH),
                english.at("/person/nationalityText").asText());
        assertTrue(english.at("/person/nationalityText").asText().endsWith(" (" + nationality + ")"),
                "AP11: the nationality by name in English, with the code");
    }

    @Test
    @DisplayName("ST3: the re-entry part is withdrawn and the extension goes on; a part not applied for and a"
            + " withdrawal without the request are 422 with the rule; then the whole; afterwards a decision, a"
            + " review and another withdrawal are 409")
    void st3_withdrawal() throws Exception {
        long id = fileForOfficers(OfficerApiTestData.WITHDRAWN, "COUNTER", "SINGLE");
        String officer = officerApiToken(OfficerApiTestData.OFFICER);
        String path = QUEUE + "/" + id + "/withdrawal";

        JsonNode partly = step(id, "withdrawal", officer, body("part", "RE_ENTRY", "request", "申請人から電話で依頼"));
        assertEquals("FILED", partly.get("status").asText());
        assertEquals("NONE", partly.get("reEntry").asText());
        HttpResponse<String> noPart = post(path, officer, body("part", "ACTIVITY", "request", "依頼"));
        assertStatus(422, noPart);
        assertEquals("part/ST3/validation", error(noPart));
        HttpResponse<String> noRequest = post(path, officer, body("part", "WHOLE"));
        assertStatus(422, noRequest);
        assertEquals("request/ST3/validation", error(noRequest));
        HttpResponse<String> badPart = post(path, officer, body("part", "REENTRY", "request", "依頼"));
        assertStatus(422, badPart);
        assertEquals("part/null/validation", error(badPart));

        assertEquals("WITHDRAWN", step(id, "withdrawal", officer, body("part", "WHOLE", "request", "取下げ依頼書"))
                .get("status").asText());

        HttpResponse<String> decision = post(QUEUE + "/" + id + "/decision", officerApiToken(OfficerApiTestData.SUPERVISOR),
                body("outcome", "GRANTED", "period", "1年", "newExpiry", japanToday().plusYears(2).toString()));
        assertStatus(409, decision, "no decision on a withdrawn application");
        assertEquals("status/ST1/conflict", error(decision));
        HttpResponse<String> review = post(QUEUE + "/" + id + "/review", officer, body("action", "start"));
        assertStatus(409, review);
        assertEquals("status/ST1/conflict", error(review));
        HttpResponse<String> twice = post(path, officer, body("part", "WHOLE", "request", "もう一度"));
        assertStatus(409, twice);
        assertEquals("status/ST3/conflict", error(twice));

        List<String> history = StreamSupport.stream(json(get(QUEUE + "/" + id, officer)).get("history")
                .spliterator(), false).map(e -> e.get("status").asText()).toList();
        assertEquals(List.of("FILED", "FILED", "WITHDRAWN"), history);
    }

    @Test
    @DisplayName("ST1, RC6: a denial needs the reasons (422 on reasons); a denied application gets no card (409)")
    void rc6_deniedGetsNoCard() throws Exception {
        long id = fileForOfficers(OfficerApiTestData.DENIED, "COUNTER", "NONE");
        String officer = officerApiToken(OfficerApiTestData.OFFICER);
        String supervisor = officerApiToken(OfficerApiTestData.SUPERVISOR);
        step(id, "review", supervisor, body("action", "start"));

        HttpResponse<String> noReasons = post(QUEUE + "/" + id + "/decision", supervisor, body("outcome", "DENIED"));
        assertStatus(422, noReasons);
        assertEquals("reasons/ST1/validation", error(noReasons));
        HttpResponse<String> badPeriod = post(QUEUE + "/" + id + "/decision", supervisor,
                body("outcome", "GRANTED", "period", "forever", "newExpiry", japanToday().plusYears(3).toString()));
        assertStatus(422, badPeriod);
        assertEquals("period/null/validation", error(badPeriod));
        JsonNode denied = step(id, "decision", supervisor, body("outcome", "DENIED", "reasons", "活動実績が確認できない"));
        assertEquals("DECIDED", denied.get("status").asText());

        HttpResponse<String> ready = post(QUEUE + "/" + id + "/card", officer, body("action", "ready"));
        assertStatus(409, ready);
        assertEquals("status/RC6/conflict", error(ready));
        ObjectNode counter = body("action", "counter", "receiver", "APPLICANT", "documentsSeen", "旅券、在留カード");
        counter.put("stampsYen", json(get(QUEUE + "/" + id, officer)).get("feeYen").asInt())
                .put("oldCardPunched", true);
        HttpResponse<String> handOver = post(QUEUE + "/" + id + "/card", officer, counter);
        assertStatus(409, handOver);
        assertEquals("status/RC6/conflict", error(handOver));
        JsonNode detail = json(get(QUEUE + "/" + id, officer));
        assertFalse(detail.get("granted").asBoolean());
        assertEquals("活動実績が確認できない", detail.get("denialReason").asText());
        assertEquals("DECIDED", detail.get("status").asText());
    }

    @Test
    @DisplayName("AP9: bad input is 422 with each field (and its rule), in Japanese or English; an unknown"
            + " application is 404")
    void ap9_badInput() throws Exception {
        long id = fileForOfficers(OfficerApiTestData.REFUSALS, "COUNTER", "NONE");
        String officer = officerApiToken(OfficerApiTestData.OFFICER);
        String review = QUEUE + "/" + id + "/review";

        HttpResponse<String> action = post(review, officer, body("action", "approve"), "Accept-Language", "en");
        assertStatus(422, action);
        assertEquals("action/null/validation", error(action));
        assertTrue(action.body().contains("requestDocuments"), action.body());
        assertEquals("action/null/validation", error(post(review, officer, JSON.createObjectNode())));
        assertEquals("officer/null/validation", error(post(review, officer, body("action", "assign"))));
        HttpResponse<String> nobody = post(review, officer, body("action", "assign", "officer", "NOSUCH9999"));
        assertStatus(422, nobody, "an unknown officer is input, not a credential");
        assertEquals("officer/null/validation", error(nobody));

        step(id, "review", officer, body("action", "start"));
        HttpResponse<String> due = post(review, officer, body("action", "requestDocuments", "message", "書類",
                "due", "31/12/2026"));
        assertStatus(422, due);
        assertEquals("due/null/validation", error(due));
        HttpResponse<String> past = post(review, officer, body("action", "requestDocuments", "message", "書類",
                "due", japanToday().toString()));
        assertStatus(422, past);
        assertEquals("due/null/validation", error(past));
        assertTrue(json(past).at("/errors/0/message").asText().matches(".*[\\u3040-\\u30ff\\u4e00-\\u9fff].*"),
                "Japanese by default: " + past.body());
        HttpResponse<String> receiver = post(QUEUE + "/" + id + "/card", officer,
                body("action", "counter", "receiver", "NEIGHBOUR"));
        assertStatus(422, receiver);
        assertEquals("receiver/null/validation", error(receiver));
        HttpResponse<String> nothing = post(QUEUE + "/" + id + "/withdrawal", officer, JSON.nullNode());
        assertStatus(422, nothing);
        assertEquals("body/null/validation", error(nothing));

        HttpResponse<String> office = get(QUEUE + "?office=atlantis", officer);
        assertStatus(422, office);
        assertEquals("office/null/validation", error(office));
        assertStatus(422, get(QUEUE + "?status=NOPE", officer));
        assertStatus(422, get(QUEUE + "?size=1000", officer));
        assertStatus(422, get(QUEUE + "?first=-1", officer));
        assertStatus(200, get(QUEUE, officer), "every office, every status");

        HttpResponse<String> unknown = get(QUEUE + "/999999999999", officer);
        assertStatus(404, unknown);
        assertEquals("notFound", json(unknown).get("error").asText());
        assertStatus(404, get(QUEUE + "/abc", officer));
        assertStatus(404, post(QUEUE + "/999999999999/review", officer, body("action", "start")));
        assertStatus(404, post(QUEUE + "/999999999999/card", officer, body("action", "ready")));
    }

    /** 422 whose errors include {@code field} with the rule maxLength and the limit in its message. */
    private static void assertTooLong(HttpResponse<String> response, String field, int limit) throws IOException {
        assertStatus(422, response, field);
        JsonNode body = json(response);
        assertEquals("validation", body.get("error").asText());
        boolean found = false;
        for (JsonNode error : body.get("errors")) {
            if (error.get("field").asText().equals(field) && TextLimits.RULE.equals(error.get("rule").asText())) {
                assertTrue(error.get("message").asText().contains(String.format(Locale.ENGLISH, "%,d", limit)),
                        body.toString());
                found = true;
            }
        }
        assertTrue(found, field + " in " + body);
    }

    @Test
    @DisplayName("Security 3: an authentication ID over its limit at POST /api/v1/tokens is 401 like a wrong"
            + " password, and the attempt is audited with the ID cut to its column")
    void security3_longAuthenticationId() throws Exception {
        String base = "LONGID" + System.nanoTime();
        for (int length : List.of(TextLimits.AUTH_ID + 1, 65, 2000)) {
            String id = (base + "X".repeat(length)).substring(0, length);
            HttpResponse<String> response = tokenRequest(id, "not the password");
            assertStatus(401, response, length + " characters");
            assertEquals(json(tokenRequest("NOSUCHUSER", "not the password")).toString(), json(response).toString(),
                    "the same answer as an unknown ID");
        }
        HttpResponse<String> audit = send(HttpRequest.newBuilder(URI.create(api.replace("api/v1/", "")
                + "it/audit?target=" + (base + "X".repeat(40)).substring(0, TextLimits.AUTH_ID))).GET());
        assertStatus(200, audit);
        assertEquals(3, audit.body().lines().filter(l -> l.startsWith("LOGIN_FAILURE ")).count(), audit.body());
    }

    @Test
    @DisplayName("Security 3, AP9: every text of a filing, of the officers' steps and of a roster person one"
            + " character over its limit is 422 with its field and the rule maxLength, and nothing is stored")
    void security3_textsOverTheirLimits() throws Exception {
        String user = officerApiToken(OfficerApiTestData.ORG_USER);
        long person = rosterEntry(user, OfficerApiTestData.LENGTHS);
        long filedBefore = json(get("applications", user)).get("total").asLong();
        String kanji = "漢";
        ObjectNode filing = filing(person, "COUNTER", "NONE", "applicant.len@example.com");
        assertTooLong(post("applications", user, filing.deepCopy().put("desiredPeriod",
                kanji.repeat(TextLimits.PERIOD + 1)), "Accept-Language", "en"), "desiredPeriod", TextLimits.PERIOD);
        assertTooLong(post("applications", user, filing.deepCopy().put("reason",
                kanji.repeat(TextLimits.LONG_TEXT + 1)), "Accept-Language", "en"), "reason", TextLimits.LONG_TEXT);
        assertTooLong(post("applications", user, filing.deepCopy().put("kanjiRequested", true).put("kanjiName",
                kanji.repeat(TextLimits.NAME + 1)), "Accept-Language", "en"), "kanjiName", TextLimits.NAME);
        assertTooLong(post("applications", user, filing.deepCopy().put("applicantMail",
                "a".repeat(TextLimits.MAIL) + "@example.com"), "Accept-Language", "en"), "applicantMail",
                TextLimits.MAIL);
        HttpResponse<String> japanese = post("applications", user, filing.deepCopy().put("reason",
                kanji.repeat(TextLimits.LONG_TEXT + 1)));
        assertStatus(422, japanese);
        assertTrue(json(japanese).at("/errors/0/message").asText().contains("1,000文字以内"), japanese.body());
        assertEquals(filedBefore, json(get("applications", user)).get("total").asLong(), "nothing filed");

        HttpResponse<String> filed = post("applications", user, filing);
        assertStatus(201, filed);
        long id = json(filed).get("id").asLong();
        String officer = officerApiToken(OfficerApiTestData.OFFICER);
        String supervisor = officerApiToken(OfficerApiTestData.SUPERVISOR);
        String path = QUEUE + "/" + id + "/";
        step(id, "review", officer, body("action", "start"));
        int history = json(get(QUEUE + "/" + id, officer)).get("history").size();
        String longText = kanji.repeat(TextLimits.LONG_TEXT + 1);
        assertTooLong(post(path + "review", officer, body("action", "requestDocuments", "message", longText,
                "due", japanToday().plusDays(14).toString()), "Accept-Language", "en"), "message", TextLimits.LONG_TEXT);
        assertTooLong(post(path + "decision", supervisor, body("outcome", "DENIED", "reasons", longText),
                "Accept-Language", "en"), "reasons", TextLimits.LONG_TEXT);
        assertTooLong(post(path + "decision", supervisor, body("outcome", "GRANTED", "period",
                kanji.repeat(TextLimits.PERIOD + 1), "newExpiry", japanToday().plusYears(3).toString()),
                "Accept-Language", "en"), "period", TextLimits.PERIOD);
        assertTooLong(post(path + "withdrawal", officer, body("part", "WHOLE", "request", longText),
                "Accept-Language", "en"), "request", TextLimits.LONG_TEXT);
        step(id, "review", officer, body("action", "requestDocuments", "message", "在職証明書",
                "due", japanToday().plusDays(14).toString()));
        assertTooLong(post(path + "review", officer, body("action", "resume", "note", longText),
                "Accept-Language", "en"), "note", TextLimits.LONG_TEXT);
        step(id, "review", officer, body("action", "resume", "note", kanji.repeat(TextLimits.LONG_TEXT)));
        step(id, "decision", supervisor, body("outcome", "GRANTED", "period", "3年",
                "newExpiry", japanToday().plusYears(3).toString()));
        step(id, "card", officer, body("action", "ready"));
        int fee = json(get(QUEUE + "/" + id, officer)).get("feeYen").asInt();
        ObjectNode counter = body("action", "counter", "receiver", "APPLICANT", "documentsSeen",
                kanji.repeat(TextLimits.ADDRESS + 1));
        counter.put("stampsYen", fee).put("oldCardPunched", true);
        assertTooLong(post(path + "card", officer, counter, "Accept-Language", "en"), "documentsSeen",
                TextLimits.ADDRESS);
        JsonNode detail = json(get(QUEUE + "/" + id, officer));
        assertEquals("CARD_READY", detail.get("status").asText(), "refused steps changed nothing");
        assertEquals(history + 4, detail.get("history").size(), "only the accepted steps are in the history");

        long organisation = json(get("roster", user)).get("organisationId").asLong();
        String roster = "officer/organisations/" + organisation + "/roster";
        long persons = json(get("roster", user)).get("persons").size();
        ObjectNode added = JSON.createObjectNode();
        added.put("nameRoman", "API LENGTHS ADDED");
        added.put("nationality", "PHL");
        added.put("dateOfBirth", "1990-01-02");
        added.put("sex", "MALE");
        added.put("cardNumber", "AL" + String.format("%08d", System.currentTimeMillis() % 100_000_000L) + "ZZ");
        added.put("statusOfResidence", "技術・人文知識・国際業務");
        added.put("periodOfStay", "1年");
        added.put("stayExpiry", "2027-12-31");
        added.put("address", "東京都港区港南1-1-1");
        assertTooLong(post(roster, officer, added.deepCopy().put("nameRoman", "A".repeat(TextLimits.NAME + 1)),
                "Accept-Language", "en"), "nameRoman", TextLimits.NAME);
        assertTooLong(post(roster, officer, added.deepCopy().put("nameKanji", kanji.repeat(TextLimits.NAME + 1)),
                "Accept-Language", "en"), "nameKanji", TextLimits.NAME);
        assertTooLong(post(roster, officer, added.deepCopy().put("statusOfResidence",
                kanji.repeat(TextLimits.STATUS_OF_RESIDENCE + 1)), "Accept-Language", "en"), "statusOfResidence",
                TextLimits.STATUS_OF_RESIDENCE);
        assertTooLong(post(roster, officer, added.deepCopy().put("periodOfStay", kanji.repeat(TextLimits.PERIOD + 1)),
                "Accept-Language", "en"), "periodOfStay", TextLimits.PERIOD);
        assertTooLong(post(roster, officer, added.deepCopy().put("address", kanji.repeat(TextLimits.ADDRESS + 1)),
                "Accept-Language", "en"), "address", TextLimits.ADDRESS);
        assertEquals(persons, json(get("roster", user)).get("persons").size(), "nobody added");
    }

    @Test
    @DisplayName("SE1: without a token the officers' API is 401 with the Bearer challenge; an organisation user's"
            + " or an agent's token is 403 on every officer endpoint")
    void se1_onlyOfficers() throws Exception {
        HttpResponse<String> anonymous = get(QUEUE, null);
        assertStatus(401, anonymous);
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                anonymous.headers().map().toString());
        assertStatus(401, post(QUEUE + "/1/review", null, body("action", "start")));

        for (String authId : new String[] {OfficerApiTestData.ORG_USER, OfficerApiTestData.AGENT}) {
            String token = officerApiToken(authId);
            HttpResponse<String> queue = get(QUEUE, token);
            assertStatus(403, queue, authId);
            assertEquals("forbidden", json(queue).get("error").asText());
            assertStatus(403, get(QUEUE + "/1", token), authId);
            assertStatus(403, post(QUEUE + "/1/review", token, body("action", "start")), authId);
            assertStatus(403, post(QUEUE + "/1/decision", token, body("outcome", "DENIED", "reasons", "x")), authId);
            assertStatus(403, post(QUEUE + "/1/withdrawal", token, body("part", "WHOLE", "request", "x")), authId);
            assertStatus(403, post(QUEUE + "/1/card", token, body("action", "ready")), authId);
        }
    }

    @Test
    @DisplayName("/openapi documents the officers' application endpoints and their bodies")
    void openApiOfficerEndpoints() throws Exception {
        JsonNode document = openApiDocument();
        String paths = document.get("paths").toString();
        for (String path : new String[] {"/api/v1/officer/applications\"", "/api/v1/officer/applications/{id}\"",
                "/api/v1/officer/applications/{id}/review\"", "/api/v1/officer/applications/{id}/decision\"",
                "/api/v1/officer/applications/{id}/withdrawal\"", "/api/v1/officer/applications/{id}/card\""}) {
            assertTrue(paths.contains(path), path + " in " + document.get("paths").fieldNames());
        }
        for (String schema : new String[] {"ReviewStep", "Decision", "Withdrawal", "CardStep", "ApplicationState",
                "OfficerApplication", "OfficerApplicationPage"}) {
            assertFalse(document.at("/components/schemas/" + schema).isMissingNode(), schema);
        }
        assertEquals("string", document.at("/components/schemas/ApplicationState/properties/status/type").asText());
        assertEquals("date", document.at("/components/schemas/OfficerApplication/properties/newExpiry/format")
                .asText());
    }
}
