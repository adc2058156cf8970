package jp.ras.domain.model.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReceiptMethodPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate ADULT = LocalDate.of(1990, 1, 1);
    private static final PeriodOfStay ONE_YEAR = PeriodOfStay.parse("1年").orElseThrow();

    private static String post(boolean reEntry, boolean activity, String status, String period, boolean kanji,
            boolean cardHasKanji, LocalDate birth) {
        ReceiptMethodPolicy.Filing filing = new ReceiptMethodPolicy.Filing(
                reEntry ? ReEntryPermit.SINGLE : ReEntryPermit.NONE, activity, kanji);
        ReceiptMethodPolicy.Applicant applicant = new ReceiptMethodPolicy.Applicant(status,
                PeriodOfStay.parse(period).orElseThrow(), cardHasKanji, birth);
        return ReceiptMethodPolicy.check(ReceiptMethod.POST, filing, applicant, TODAY)
                .map(v -> v.key() + "/" + v.rule()).orElse("ok");
    }

    @Test
    @DisplayName("RC1, RC2: by post is fine for a plain extension of an adult's card")
    void rc2_plainPostIsFine() {
        assertEquals("ok", post(false, false, "技能", "1年", false, false, ADULT));
        assertEquals("ok", ReceiptMethodPolicy.check(ReceiptMethod.COUNTER,
                new ReceiptMethodPolicy.Filing(ReEntryPermit.MULTIPLE, true, true),
                new ReceiptMethodPolicy.Applicant("公用", ONE_YEAR, false, TODAY.minusYears(16).plusMonths(1)), TODAY)
                .map(v -> v.key()).orElse("ok"), "the counter always");
    }

    @Test
    @DisplayName("RC2: not by post with a re-entry or activity permission")
    void rc2_permissionAttached() {
        assertEquals("postWithPermission/RC2", post(true, false, "技能", "1年", false, false, ADULT));
        assertEquals("postWithPermission/RC2", post(false, true, "技能", "1年", false, false, ADULT));
    }

    @Test
    @DisplayName("RC2: not by post when the permission is a passport stamp: 公用, or 3 months or less")
    void rc2_passportStamp() {
        assertEquals("postPassportStamp/RC2", post(false, false, "公用", "1年", false, false, ADULT));
        assertEquals("postPassportStamp/RC2", post(false, false, "技能", "3月", false, false, ADULT));
        assertEquals("ok", post(false, false, "技能", "4月", false, false, ADULT));
    }

    @Test
    @DisplayName("RC2: not by post with a kanji notation requested for a roman-only card")
    void rc2_kanjiNotation() {
        assertEquals("postKanjiNotation/RC2", post(false, false, "技能", "1年", true, false, ADULT));
        assertEquals("ok", post(false, false, "技能", "1年", true, true, ADULT));
    }

    @Test
    @DisplayName("RC2: not by post when the applicant turns 16 within 6 months of issue")
    void rc2_turnsSixteen() {
        assertEquals("postTurnsSixteen/RC2", post(false, false, "家族滞在", "1年", false, false,
                TODAY.minusYears(16).plusMonths(6)));
        assertEquals("ok", post(false, false, "家族滞在", "1年", false, false,
                TODAY.minusYears(16).plusMonths(6).plusDays(1)));
        assertEquals("ok", post(false, false, "家族滞在", "1年", false, false, TODAY.minusYears(16)),
                "already 16 today");
    }
}
