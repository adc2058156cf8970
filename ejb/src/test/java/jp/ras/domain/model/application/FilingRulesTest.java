package jp.ras.domain.model.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import jp.ras.domain.shared.JapanTime;
import jp.ras.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FilingRulesTest {

    private static final LocalDate EXPIRY = LocalDate.of(2027, 3, 31);
    private static final PeriodOfStay THREE_YEARS = PeriodOfStay.parse("3年").orElseThrow();

    private static String rule(Optional<Violation> violation) {
        return violation.map(Violation::rule).orElse(null);
    }

    @Test
    @DisplayName("AP4: the window opens three months before expiry: not the day before, but on that day")
    void ap4_firstDay() {
        assertEquals("AP4", rule(FilingWindow.check(EXPIRY, THREE_YEARS, LocalDate.of(2026, 12, 30))));
        assertEquals(null, rule(FilingWindow.check(EXPIRY, THREE_YEARS, LocalDate.of(2026, 12, 31))));
    }

    @Test
    @DisplayName("AP4, AP6: the last day is the day before expiry; the expiry day and later go to the office")
    void ap4_ap6_lastDayAndExpiry() {
        assertEquals(null, rule(FilingWindow.check(EXPIRY, THREE_YEARS, LocalDate.of(2027, 3, 30))));
        assertEquals("AP6", rule(FilingWindow.check(EXPIRY, THREE_YEARS, EXPIRY)));
        assertEquals("windowExpired", FilingWindow.check(EXPIRY, THREE_YEARS, EXPIRY.plusDays(1)).orElseThrow().key());
    }

    @Test
    @DisplayName("AP3, AP4, AP6: on a server in UTC, 23:59 Japan time is still the last day, 00:30 is the expiry day")
    void ap4_japanDateOnUtcServer() {
        Clock lastMinute = Clock.fixed(Instant.parse("2027-03-30T14:59:00Z"), ZoneOffset.UTC);
        Clock afterMidnight = Clock.fixed(Instant.parse("2027-03-30T15:30:00Z"), ZoneOffset.UTC);
        assertEquals(null, rule(FilingWindow.check(EXPIRY, THREE_YEARS, JapanTime.today(lastMinute))));
        assertEquals("AP6", rule(FilingWindow.check(EXPIRY, THREE_YEARS, JapanTime.today(afterMidnight))));
    }

    @Test
    @DisplayName("AP5: a period of three months or less needs half of it passed (90 days to 2027-03-31: from 02-15)")
    void ap5_shortStayHalf() {
        PeriodOfStay ninetyDays = PeriodOfStay.parse("90日").orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 1), ninetyDays.startFor(EXPIRY));
        assertEquals("AP5", rule(FilingWindow.check(EXPIRY, ninetyDays, LocalDate.of(2027, 2, 14))));
        assertEquals(null, rule(FilingWindow.check(EXPIRY, ninetyDays, LocalDate.of(2027, 2, 15))));
        PeriodOfStay sixMonths = PeriodOfStay.parse("6月").orElseThrow();
        assertEquals(null, rule(FilingWindow.check(EXPIRY, sixMonths, LocalDate.of(2027, 1, 1))), "longer: no half");
    }

    @Test
    @DisplayName("AP5, RC2: periods as the card writes them; three months or less")
    void periodOfStayShapes() {
        assertEquals(new PeriodOfStay(1, 3, 0), PeriodOfStay.parse("1年3月").orElseThrow());
        assertTrue(PeriodOfStay.parse("3月").orElseThrow().isThreeMonthsOrLess());
        assertTrue(PeriodOfStay.parse("15日").orElseThrow().isThreeMonthsOrLess());
        assertFalse(PeriodOfStay.parse("4月").orElseThrow().isThreeMonthsOrLess());
        assertFalse(PeriodOfStay.parse("1年").orElseThrow().isThreeMonthsOrLess());
        assertTrue(PeriodOfStay.parse("無期限").isEmpty());
    }

    @Test
    @DisplayName("AP2: eligible statuses by the 2019 table; 特定技能, 外交 and 短期滞在 are not; 永住者 has nothing to extend")
    void ap2_eligibility() {
        List<EligibleStatus> table = EligibleStatus.defaults();
        assertEquals(null, rule(EligibleStatus.check("技術・人文知識・国際業務", table)));
        assertEquals(null, rule(EligibleStatus.check("技能実習2号ロ", table)), "the roster's sub-kind");
        assertEquals("statusNotEligible", EligibleStatus.check("特定技能1号", table).orElseThrow().key());
        assertEquals("statusNotEligible", EligibleStatus.check("短期滞在", table).orElseThrow().key());
        assertEquals("statusNotEligible", EligibleStatus.check("外交", table).orElseThrow().key());
        assertEquals("statusNoPeriod", EligibleStatus.check("永住者", table).orElseThrow().key());
        assertEquals(null, rule(EligibleStatus.check("永住者の配偶者等", table)), "not taken for 永住者");
        assertEquals("AP2", rule(EligibleStatus.check("宇宙飛行士", table)));
    }

    @Test
    @DisplayName("AP2: a supervisor may open a status to online filing, never one without a period of stay")
    void ap2_tableIsEditable() {
        EligibleStatus skilled = EligibleStatus.entryFor("特定技能1号", EligibleStatus.defaults()).orElseThrow();
        skilled.setEligible(true);
        assertTrue(skilled.isEligible());
        EligibleStatus permanent = EligibleStatus.entryFor("永住者", EligibleStatus.defaults()).orElseThrow();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> permanent.setEligible(true));
    }

    @Test
    @DisplayName("RN2: receipt numbers are the office character, オン, E and 8 digits")
    void rn2_receiptNumberShape() {
        assertEquals("東オンE26000123", ReceiptNumber.of("東", 2026, 123).value());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ReceiptNumber("東オンE2600012"), "always well formed");
        assertTrue(ReceiptNumber.isValid("大オンE27999999"));
        assertFalse(ReceiptNumber.isValid("東オンE2600012"));
    }

    @Test
    @DisplayName("ST1, ST3: withdrawal only before the decision; RC3: the receipt method only while 申請完了 or 審査中")
    void st1_statusMachine() {
        assertTrue(ApplicationStatus.FILED.canMoveTo(ApplicationStatus.WITHDRAWN));
        assertTrue(ApplicationStatus.DOCUMENTS_REQUESTED.canMoveTo(ApplicationStatus.WITHDRAWN));
        assertFalse(ApplicationStatus.DECIDED.canMoveTo(ApplicationStatus.WITHDRAWN));
        assertTrue(ApplicationStatus.UNDER_REVIEW.canMoveTo(ApplicationStatus.DOCUMENTS_REQUESTED));
        assertTrue(ApplicationStatus.DOCUMENTS_REQUESTED.canMoveTo(ApplicationStatus.UNDER_REVIEW));
        assertFalse(ApplicationStatus.FILED.canMoveTo(ApplicationStatus.DECIDED));
        assertTrue(ApplicationStatus.UNDER_REVIEW.allowsReceiptMethodChange());
        assertFalse(ApplicationStatus.DOCUMENTS_REQUESTED.allowsReceiptMethodChange());
    }
}
