package jp.ras.domain.model.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.organisation.Fixtures;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RosterEntry;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.TextLimits;
import jp.ras.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Security 3: every text a user or officer enters is refused one character over its limit, on its field, with
 * the rule {@value TextLimits#RULE} and the limit in the message, and accepted at the limit; nothing changes.
 */
class OverLongTextTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
    private static final LocalDate EXPIRY = LocalDate.of(2027, 1, 31);
    private static final String OFFICER = "OFC0000001";

    private static String text(int length) {
        return "漢".repeat(length);
    }

    private static ForeignNational person(String nameRoman, String nameKanji, String status, String period,
            String address) {
        return new ForeignNational(nameRoman, nameKanji, "VNM", LocalDate.of(1995, 1, 1), Sex.MALE,
                new ResidenceCardNumber("AB12345678CD"), null, status, period, EXPIRY, address);
    }

    private static ResidenceApplication.Form form(String period, String reason, String kanji, String mail) {
        return new ResidenceApplication.Form(ReEntryPermit.SINGLE, true, period, reason, true, ReceiptMethod.COUNTER,
                kanji != null, kanji, mail, Locale.ENGLISH);
    }

    private static ResidenceApplication file(ResidenceApplication.Form form) {
        Organisation organisation = Fixtures.organisation(TODAY.plusMonths(6));
        RosterEntry entry = new RosterEntry(organisation, person("LE VAN NAM", "黎文南", "技能", "1年", "東京都港区1-1"),
                TODAY.minusYears(1));
        return ResidenceApplication.file(organisation, entry, Fixtures.TOKYO, form, EligibleStatus.defaults(),
                List.of(), "ORG0000001", "20261126-0000001", TODAY, NOW);
    }

    private static ResidenceApplication underReview() {
        ResidenceApplication a = file(form("1年", "継続して就労するため", null, "applicant@example.com"));
        a.startReview(OFFICER, NOW);
        return a;
    }

    /** The only violation of {@code action}: field, rule and limit. */
    private static void tooLong(String field, int limit, Runnable action) {
        RuleViolationException e = assertThrows(RuleViolationException.class, action::run, field);
        Set<String> found = e.violations().stream().map(v -> v.field() + "/" + v.rule() + "/"
                + List.of(v.messageArguments())).collect(Collectors.toSet());
        assertEquals(Set.of(field + "/" + TextLimits.RULE + "/[" + limit + "]"), found);
        Violation v = e.violations().get(0);
        assertEquals(TextLimits.KEY, v.messageKey());
    }

    @Test
    @DisplayName("Security 3, AP9: a filing's desired period, reason, kanji name and applicant mail one character"
            + " over their limits are refused on their fields (rule maxLength); at the limit they are filed")
    void filingTexts() {
        tooLong("desiredPeriod", TextLimits.PERIOD,
                () -> file(form(text(TextLimits.PERIOD + 1), "理由", null, "a@example.com")));
        tooLong("reason", TextLimits.LONG_TEXT,
                () -> file(form("1年", text(TextLimits.LONG_TEXT + 1), null, "a@example.com")));
        tooLong("kanjiName", TextLimits.NAME,
                () -> file(form("1年", "理由", text(TextLimits.NAME + 1), "a@example.com")));
        String longMail = "a".repeat(TextLimits.MAIL + 1 - "@example.com".length()) + "@example.com";
        RuleViolationException mail = assertThrows(RuleViolationException.class,
                () -> file(form("1年", "理由", null, longMail)));
        assertEquals(TextLimits.RULE, mail.violations().get(0).rule());
        assertEquals("applicantMail", mail.violations().get(0).field());

        ResidenceApplication atLimit = file(form(text(TextLimits.PERIOD), text(TextLimits.LONG_TEXT),
                text(TextLimits.NAME), "a@example.com"));
        assertEquals(ApplicationStatus.FILED, atLimit.getStatus());
    }

    @Test
    @DisplayName("Security 3, ST1, ST3, AP8, RC4, RC5: the officer's texts (documents request, note, granted period,"
            + " denial reasons, withdrawal request, card address, documents seen) are refused over their limits and"
            + " change nothing")
    void officerTexts() {
        ResidenceApplication a = underReview();
        int history = a.getHistory().size();
        tooLong("message", TextLimits.LONG_TEXT,
                () -> a.requestDocuments(OFFICER, text(TextLimits.LONG_TEXT + 1), TODAY.plusDays(7), TODAY, NOW));
        tooLong("grantedPeriod", TextLimits.PERIOD,
                () -> a.grant(OFFICER, text(TextLimits.PERIOD + 1), EXPIRY.plusYears(1), TODAY, NOW));
        tooLong("reason", TextLimits.LONG_TEXT, () -> a.deny(OFFICER, text(TextLimits.LONG_TEXT + 1), TODAY, NOW));
        tooLong("request", TextLimits.LONG_TEXT,
                () -> a.withdraw(WithdrawnPart.RE_ENTRY, OFFICER, text(TextLimits.LONG_TEXT + 1), NOW));
        assertEquals(ApplicationStatus.UNDER_REVIEW, a.getStatus());
        assertEquals(history, a.getHistory().size(), "nothing recorded");
        assertEquals(ReEntryPermit.SINGLE, a.getReEntry());

        a.withdraw(WithdrawnPart.RE_ENTRY, OFFICER, text(TextLimits.LONG_TEXT), NOW);
        assertEquals("RE_ENTRY: " + text(TextLimits.LONG_TEXT), a.getHistory().get(a.getHistory().size() - 1)
                .getNote(), "the history note holds the longest request behind its label");
        a.requestDocuments(OFFICER, "在職証明書", TODAY.plusDays(7), TODAY, NOW);
        tooLong("note", TextLimits.LONG_TEXT, () -> a.resumeReview(OFFICER, text(TextLimits.LONG_TEXT + 1), NOW));
        a.resumeReview(OFFICER, text(TextLimits.LONG_TEXT), NOW);
        a.grant(OFFICER, "1年", EXPIRY.plusYears(1), TODAY, NOW);
        a.cardReady(OFFICER, NOW);
        tooLong("documentsSeen", TextLimits.ADDRESS, () -> a.handOverAtCounter(OFFICER, CardReceiver.APPLICANT,
                text(TextLimits.ADDRESS + 1), 4000, 4000, true, TODAY, NOW));
        assertEquals(ApplicationStatus.CARD_READY, a.getStatus());
    }

    @Test
    @DisplayName("Security 3, RC5: the address a card is posted to is refused over its limit")
    void postTexts() {
        ResidenceApplication a = file(new ResidenceApplication.Form(ReEntryPermit.NONE, false, "1年", "理由", true,
                ReceiptMethod.POST, false, null, "a@example.com", Locale.ENGLISH));
        a.startReview(OFFICER, NOW);
        a.grant(OFFICER, "1年", EXPIRY.plusYears(1), TODAY, NOW);
        a.cardReady(OFFICER, NOW);
        tooLong("dispatchedTo", TextLimits.ADDRESS, () -> a.handOverByPost(OFFICER, PostHandOver.builder()
                .itemsAtThisOffice(true).feeFormSigned(true).stampsYen(4000).dispatchedTo(text(TextLimits.ADDRESS + 1))
                .deliveredOn(TODAY).oldCardPunchedAndReturned(true).build(), 4000, TODAY, NOW));
        assertEquals(ApplicationStatus.CARD_READY, a.getStatus());
    }

    @Test
    @DisplayName("Security 3, UA4, PR6: a person's roman and kanji names, status of residence, period of stay and"
            + " address, and a roster removal reason, are refused over their limits")
    void personTexts() {
        Consumer<String[]> none = values -> person(values[0], values[1], values[2], values[3], values[4]);
        tooLong("nameRoman", TextLimits.NAME, () -> none.accept(new String[] {"A".repeat(TextLimits.NAME + 1), null,
                "技能", "1年", "東京"}));
        tooLong("nameKanji", TextLimits.NAME, () -> none.accept(new String[] {"LE", text(TextLimits.NAME + 1),
                "技能", "1年", "東京"}));
        tooLong("statusOfResidence", TextLimits.STATUS_OF_RESIDENCE, () -> none.accept(new String[] {"LE", null,
                text(TextLimits.STATUS_OF_RESIDENCE + 1), "1年", "東京"}));
        tooLong("periodOfStay", TextLimits.PERIOD, () -> none.accept(new String[] {"LE", null, "技能",
                text(TextLimits.PERIOD + 1), "東京"}));
        tooLong("address", TextLimits.ADDRESS, () -> none.accept(new String[] {"LE", null, "技能", "1年",
                text(TextLimits.ADDRESS + 1)}));
        person("A".repeat(TextLimits.NAME), text(TextLimits.NAME), text(TextLimits.STATUS_OF_RESIDENCE),
                text(TextLimits.PERIOD), text(TextLimits.ADDRESS));

        Organisation organisation = Fixtures.organisation(TODAY.plusMonths(6));
        RosterEntry entry = new RosterEntry(organisation, person("LE", null, "技能", "1年", "東京"), TODAY);
        tooLong("reason", TextLimits.ADDRESS, () -> entry.remove(TODAY, text(TextLimits.ADDRESS + 1)));
        assertTrue(entry.isCurrent());
    }

    @Test
    @DisplayName("Security 3, UA4, PR6: an organisation's name and address are refused over their limits")
    void organisationTexts() {
        tooLong("orgName", TextLimits.NAME, () -> Organisation.checkIdentity(text(TextLimits.NAME + 1), null, "東京都",
                "東京都港区"));
        tooLong("address", TextLimits.ADDRESS, () -> Organisation.checkIdentity("株式会社", null, "東京都",
                text(TextLimits.ADDRESS + 1)));
        Organisation.checkIdentity(text(TextLimits.NAME), null, "東京都", text(TextLimits.ADDRESS));
    }
}
