package jp.ras.interfaces.web.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import jp.ras.domain.model.application.Draft;
import jp.ras.domain.model.application.ReEntryPermit;
import jp.ras.domain.model.application.ReceiptMethod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** B3: the filing form's draft as JSON: what is saved comes back, and stored content can never break the page. */
class FilingDraftTest {

    private static final FilingDraft TYPED = new FilingDraft(42L, ReEntryPermit.MULTIPLE, true, "3年",
            "引き続き同じ会社で働くため。\r\n\"quotes\", \\backslash\\ and 𠮷 (a surrogate pair)", true,
            ReceiptMethod.COUNTER, true, "阮文安", "an@example.com", "en");

    @Test
    @DisplayName("B3: every typed field survives the round trip through the draft's JSON")
    void b3_roundTrip() {
        String json = TYPED.toJson();
        assertEquals(Optional.of(TYPED), FilingDraft.fromJson(json));
        assertEquals(json, FilingDraft.fromJson(json).orElseThrow().toJson(), "the same fields give the same JSON,"
                + " so an unchanged form is not written again");
        assertTrue(json.contains("\"v\":" + FilingDraft.VERSION), json);

        FilingDraft empty = new FilingDraft(null, null, false, null, null, false, null, false, null, null, null);
        assertEquals(Optional.of(empty), FilingDraft.fromJson(empty.toJson()));
        assertTrue(empty.isBlank());
        assertTrue(new FilingDraft(null, ReEntryPermit.NONE, false, " ", "", false, null, false, null, null, "ja")
                .isBlank(), "the defaults and blank text are nothing typed yet");
        assertFalse(new FilingDraft(null, ReEntryPermit.NONE, false, null, "途中", false, null, false, null, null,
                "ja").isBlank());
    }

    @DisplayName("B3: a garbled draft is ignored")
    @ParameterizedTest(name = "B3: garbled content gives no draft: {0}")
    @ValueSource(strings = {"", "   ", "not json", "{\"reason\":", "[]", "\"text\"", "42", "null", "{\"a\":[[[[",
            "{\"person\":1e99999999999999}"})
    void b3_garbledContentIsIgnored(String content) {
        assertEquals(Optional.empty(), FilingDraft.fromJson(content));
    }

    @Test
    @DisplayName("B3: no draft from missing content, content over the draft's size or nested beyond reason")
    void b3_missingOversizedOrDeepContentIsIgnored() {
        assertEquals(Optional.empty(), FilingDraft.fromJson(null));
        String big = "{\"reason\":\"" + "x".repeat(Draft.MAX_CONTENT) + "\"}";
        assertEquals(Optional.empty(), FilingDraft.fromJson(big));
        String deep = "{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertEquals(Optional.empty(), FilingDraft.fromJson(deep));
    }

    @Test
    @DisplayName("B3: unknown fields, wrong types and unknown values are left out; the rest is kept")
    void b3_unknownAndWrongFieldsAreLeftOut() {
        FilingDraft draft = FilingDraft.fromJson("{\"v\":99,\"photo\":\"AAAA\",\"person\":\"42\",\"reEntry\":\"TWICE\","
                + "\"activityPermission\":\"yes\",\"desiredPeriod\":3,\"reason\":\"途中まで\",\"presenceConfirmed\":1,"
                + "\"receiptMethod\":\"post\",\"kanjiRequested\":null,\"kanjiName\":[\"阮\"],"
                + "\"applicantMail\":{\"a\":1},\"applicantLanguage\":\"fr\"}").orElseThrow();
        assertEquals(new FilingDraft(null, null, false, null, "途中まで", false, null, false, null, null, null), draft);

        for (String person : new String[] {"-1", "0", "1.5", "1e30", "9223372036854775808", "1e999999999"}) {
            assertNull(FilingDraft.fromJson("{\"person\":" + person + "}").orElseThrow().person(), person);
        }
        assertEquals(120L, FilingDraft.fromJson("{\"person\":1.2e2}").orElseThrow().person());
        assertEquals(ReceiptMethod.POST, FilingDraft.fromJson("{\"receiptMethod\":\"POST\"}").orElseThrow()
                .receiptMethod());
    }

    @Test
    @DisplayName("B3: every text is bounded, so even the longest draft fits the draft's size with room to spare")
    void b3_sizeIsBounded() {
        // control characters are written as six-character escapes: the worst case for the JSON's length
        String worst = "\u0001".repeat(100_000);
        FilingDraft longest = new FilingDraft(Long.MAX_VALUE, ReEntryPermit.MULTIPLE, true, worst, worst, true,
                ReceiptMethod.COUNTER, true, worst, worst, "en");
        assertEquals(FilingDraft.MAX_DESIRED_PERIOD, longest.desiredPeriod().length());
        assertEquals(FilingDraft.MAX_REASON, longest.reason().length());
        assertEquals(FilingDraft.MAX_KANJI_NAME, longest.kanjiName().length());
        assertEquals(FilingDraft.MAX_MAIL, longest.applicantMail().length());
        String json = longest.toJson();
        assertTrue(json.length() <= Draft.MAX_CONTENT, json.length() + " characters");
        assertEquals(Optional.of(longest), FilingDraft.fromJson(json));

        assertTrue(FilingDraft.MAX_REASON >= 2 * jp.ras.domain.model.application.ResidenceApplication.MAX_REASON,
                "a reason at its limit with every line break sent as two characters is kept whole");
        String pairs = "𠮷".repeat(FilingDraft.MAX_REASON);
        String cut = new FilingDraft(null, null, false, null, pairs, false, null, false, null, null, null).reason();
        assertEquals(FilingDraft.MAX_REASON, cut.length());
        assertTrue(Character.isLowSurrogate(cut.charAt(cut.length() - 1)), "never cut inside a surrogate pair");
        String odd = "x" + pairs;
        String oddCut = new FilingDraft(null, null, false, null, odd, false, null, false, null, null, null).reason();
        assertEquals(FilingDraft.MAX_REASON - 1, oddCut.length());
        assertTrue(Character.isLowSurrogate(oddCut.charAt(oddCut.length() - 1)), "never cut inside a surrogate pair");
    }

    @Test
    @DisplayName("B3: the time a draft was saved is shown as Japan time, with the date when it is not today")
    void b3_shownTime() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC); // 12:00 in Japan
        assertEquals("11:05", FilingDraft.shownTime(Instant.parse("2026-11-26T02:05:00Z"), clock));
        assertEquals("08:59", FilingDraft.shownTime(Instant.parse("2026-11-25T23:59:00Z"), clock),
                "already today in Japan");
        assertEquals("2026-11-25 23:30", FilingDraft.shownTime(Instant.parse("2026-11-25T14:30:00Z"), clock));
    }

    @Test
    @DisplayName("B3, issue 15: the notice of a restored draft gives the date with the time, also today")
    void b3_restoredWithTheDate() {
        assertEquals("2026-11-26 11:05", FilingDraft.shownDateTime(Instant.parse("2026-11-26T02:05:00Z")));
        assertEquals("2026-11-26 08:59", FilingDraft.shownDateTime(Instant.parse("2026-11-25T23:59:00Z")));
    }
}
