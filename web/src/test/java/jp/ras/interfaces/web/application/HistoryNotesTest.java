package jp.ras.interfaces.web.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.ras.application.ResidenceApplicationService.Event;
import jp.ras.domain.model.application.ApplicationStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The notes RAS writes into the history reach the user's page in its language; an officer's words as typed. */
class HistoryNotesTest {

    /** Shows which text a note became: the key and its arguments. */
    private static final HistoryNotes.Texts TEXTS = (key, args) -> key + Arrays.stream(args).map(String::valueOf)
            .collect(Collectors.joining(", ", "(", ")"));

    private static final Instant AT = Instant.parse("2026-11-26T01:00:00Z");

    private static Event event(ApplicationStatus status, String note) {
        return new Event(AT, status, "someone", note);
    }

    private static List<String> notes(Event... history) {
        return HistoryNotes.of(List.of(history), TEXTS, Locale.JAPANESE).stream().map(HistoryNotes.Line::note).toList();
    }

    @Test
    @DisplayName("AP11, ST1: every phrase RAS writes on the way from filing to the card delivered becomes a text")
    void ap11_theWholePath() {
        assertEquals(List.of("", "app.historyReceiptMethod(receiptMethod.COUNTER())", "",
                        "在職証明書を提出してください。", "app.historyDocument(x: y.pdf)", "受領",
                        "app.historyGranted(1年, 2028-01-31)", "", "app.historyByPost(2026-11-27)"),
                notes(event(ApplicationStatus.FILED, null), event(ApplicationStatus.FILED, "receipt method: COUNTER"),
                        event(ApplicationStatus.UNDER_REVIEW, null),
                        event(ApplicationStatus.DOCUMENTS_REQUESTED, "在職証明書を提出してください。"),
                        event(ApplicationStatus.DOCUMENTS_REQUESTED, "document: x: y.pdf"),
                        event(ApplicationStatus.UNDER_REVIEW, "受領"),
                        event(ApplicationStatus.DECIDED, "granted 1年 until 2028-01-31"),
                        event(ApplicationStatus.CARD_READY, null),
                        event(ApplicationStatus.COMPLETED, "by post, delivered 2026-11-27")));
    }

    @Test
    @DisplayName("AP11, ST3, RC4: denied, at the counter, withdrawn in part and in whole")
    void ap11_otherEnds() {
        assertEquals(List.of("", "app.historyDenied()"), notes(event(ApplicationStatus.UNDER_REVIEW, null),
                event(ApplicationStatus.DECIDED, "denied")));
        assertEquals(List.of("", "app.historyAtCounter(receiver.USER())"), notes(event(ApplicationStatus.CARD_READY,
                null), event(ApplicationStatus.COMPLETED, "at the counter to USER")));
        assertEquals(List.of("", "app.historyWithdrawn(withdrawnPart.RE_ENTRY(), 電話で申出)",
                "app.historyWithdrawn(withdrawnPart.WHOLE(), 書面で申出)"),
                notes(event(ApplicationStatus.FILED, null), event(ApplicationStatus.FILED, "RE_ENTRY: 電話で申出"),
                        event(ApplicationStatus.WITHDRAWN, "WHOLE: 書面で申出")));
    }

    @Test
    @DisplayName("AP11: an officer's words that look like RAS's phrases are shown as typed")
    void ap11_officersWordsAsTyped() {
        assertEquals(List.of("", "", "document: 在職証明書", "granted 3年 until 2030-01-01"),
                notes(event(ApplicationStatus.FILED, null), event(ApplicationStatus.UNDER_REVIEW, null),
                        event(ApplicationStatus.DOCUMENTS_REQUESTED, "document: 在職証明書"),
                        event(ApplicationStatus.UNDER_REVIEW, "granted 3年 until 2030-01-01")));
    }

    @Test
    @DisplayName("AP11: the period of a grant in the history is in the page's language; the API's bundle texts too")
    void ap11_grantedPeriodInTheLanguage() {
        Event granted = event(ApplicationStatus.DECIDED, "granted 1年3月 until 2028-01-31");
        assertEquals("app.historyGranted(1 year 3 months, 2028-01-31)", HistoryNotes.of(List.of(
                event(ApplicationStatus.UNDER_REVIEW, null), granted), TEXTS, Locale.ENGLISH).get(1).note());
        assertEquals("Granted: 1 year 3 months, until 2028-01-31", HistoryNotes.of(List.of(
                event(ApplicationStatus.UNDER_REVIEW, null), granted), HistoryNotes.texts(Locale.ENGLISH),
                Locale.ENGLISH).get(1).note());
        assertEquals("許可（在留期間：1年3月、満了日：2028-01-31）", HistoryNotes.of(List.of(
                event(ApplicationStatus.UNDER_REVIEW, null), granted), HistoryNotes.texts(Locale.JAPANESE),
                Locale.JAPANESE).get(1).note());
    }
}
