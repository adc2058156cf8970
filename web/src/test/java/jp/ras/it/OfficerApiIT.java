package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The officers' REST API over HTTP: the queue and one application, review, decision, withdrawal and the card, as an
 * agency system on the intranet (here: loopback, inside RAS_INTRANET_CIDRS) uses it. The applications are filed
 * through the organisations' API first.
 */
class OfficerApiIT extends ApiTest {

    private static final String NAME = "officer-api-it";
    private static final String QUEUE = "officer/applications";

    @Override
    String deploymentName() {
        return NAME;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ras(NAME).addClasses(TestAccounts.class, OfficerApiTestData.class);
    }

    // ---- helpers ----

    private String token(String authId) throws IOException, InterruptedException {
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

    /** Files an application for the (most recently added) person of that name through the organisations' API. */
    private long file(String name, String receiptMethod, String reEntry) throws IOException, InterruptedException {
        String token = token(OfficerApiTestData.ORG_USER);
        HttpResponse<String> roster = get("roster", token);
        assertStatus(200, roster);
        long entry = StreamSupport.stream(json(roster).get("persons").spliterator(), false)
                .filter(p -> p.get("nameRoman").asText().equals(name))
                .mapToLong(p -> p.get("rosterEntryId").asLong()).max().orElseThrow();
        ObjectNode filing = JSON.createObjectNode();
        filing.put("rosterEntryId", entry);
        filing.put("reEntry", reEntry);
        filing.put("activityPermission", false);
        filing.put("desiredPeriod", "3年");
        filing.put("reason", "引き続き同じ会社で働くため");
        filing.put("presenceConfirmed", true);
        filing.put("receiptMethod", receiptMethod);
        filing.put("kanjiRequested", false);
        filing.put("applicantMail", "applicant.ofa@example.com");
        filing.put("applicantLanguage", "en");
        filing.put("photo", Base64.getEncoder().encodeToString(TestApplications.photo(600)));
        HttpResponse<String> filed = post("applications", token, filing);
        assertStatus(201, filed);
        return json(filed).get("id").asLong();
    }

    private static LocalDate japanToday() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }

    // ---- tests ----

    @Test
    @DisplayName("ST1, ST2, AP8, RC5–RC7: a filed application is in its office's queue; review started, documents"
            + " requested and resumed, granted by a supervisor (an officer gets 403), card made and delivered by"
            + " post: COMPLETED, with the whole history")
    void st1_fromQueueToCardByPost() throws Exception {
        long id = file(OfficerApiTestData.BY_POST, "POST", "NONE");
        String officer = token(OfficerApiTestData.OFFICER);
        String supervisor = token(OfficerApiTestData.SUPERVISOR);

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
    }

    @Test
    @DisplayName("ST3: the re-entry part is withdrawn and the extension goes on; a part not applied for and a"
            + " withdrawal without the request are 422 with the rule; then the whole; afterwards a decision, a"
            + " review and another withdrawal are 409")
    void st3_withdrawal() throws Exception {
        long id = file(OfficerApiTestData.WITHDRAWN, "COUNTER", "SINGLE");
        String officer = token(OfficerApiTestData.OFFICER);
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

        HttpResponse<String> decision = post(QUEUE + "/" + id + "/decision", token(OfficerApiTestData.SUPERVISOR),
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
        long id = file(OfficerApiTestData.DENIED, "COUNTER", "NONE");
        String officer = token(OfficerApiTestData.OFFICER);
        String supervisor = token(OfficerApiTestData.SUPERVISOR);
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
        long id = file(OfficerApiTestData.REFUSALS, "COUNTER", "NONE");
        String officer = token(OfficerApiTestData.OFFICER);
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
            String token = token(authId);
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
    void openApi() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(root + "openapi"))
                .header("Accept", "application/json").GET());
        assertStatus(200, response);
        JsonNode document = JSON.readTree(response.body());
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
