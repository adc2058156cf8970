package jp.ras.interfaces.web.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import jp.ras.domain.model.application.FilingWindow;
import jp.ras.domain.model.application.PeriodOfStay;
import jp.ras.interfaces.web.application.FilingWindowHint.State;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The filing window the file page shows beside the person agrees with the rules the service applies. */
class FilingWindowHintTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 12, 31);

    @Test
    @DisplayName("AP4: from three months before expiry to the day before it")
    void ap4_window() {
        FilingWindowHint hint = FilingWindowHint.of(EXPIRY, "1年", LocalDate.of(2026, 11, 1));
        assertEquals(LocalDate.of(2026, 9, 30), hint.opens());
        assertEquals(LocalDate.of(2026, 12, 30), hint.closes());
        assertEquals(State.OPEN, hint.state());
        assertEquals(State.NOT_OPEN, FilingWindowHint.of(EXPIRY, "1年", LocalDate.of(2026, 9, 29)).state());
        assertEquals(State.OPEN, FilingWindowHint.of(EXPIRY, "1年", LocalDate.of(2026, 12, 30)).state());
    }

    @Test
    @DisplayName("AP6: on the expiry day and after, it cannot be filed online")
    void ap6_expired() {
        assertEquals(State.EXPIRED, FilingWindowHint.of(EXPIRY, "1年", EXPIRY).state());
        assertEquals(State.EXPIRED, FilingWindowHint.of(EXPIRY, "1年", EXPIRY.plusDays(1)).state());
    }

    @Test
    @DisplayName("AP5: a period of three months or less opens once half of it has passed, the day the rule allows")
    void ap5_halfOfAShortPeriod() {
        LocalDate expiry = LocalDate.of(2026, 6, 30);
        FilingWindowHint hint = FilingWindowHint.of(expiry, "3月", LocalDate.of(2026, 5, 1));
        assertEquals(LocalDate.of(2026, 5, 16), hint.opens(), "the period began on 2026-03-31: 92 days");
        assertEquals(State.NOT_OPEN, hint.state());
        PeriodOfStay period = PeriodOfStay.parse("3月").orElseThrow();
        assertTrue(period.halfElapsed(expiry, hint.opens()), "the service accepts the first day shown");
        assertTrue(!period.halfElapsed(expiry, hint.opens().minusDays(1)), "and refuses the day before");
        assertTrue(FilingWindow.check(expiry, period, hint.opens()).isEmpty());
        for (String shortPeriod : new String[] {"15日", "90日", "1月", "2月"}) {
            PeriodOfStay p = PeriodOfStay.parse(shortPeriod).orElseThrow();
            LocalDate opens = FilingWindowHint.of(expiry, shortPeriod, expiry.minusMonths(4)).opens();
            assertTrue(FilingWindow.check(expiry, p, opens).isEmpty(), shortPeriod + " opens on " + opens);
            assertTrue(FilingWindow.check(expiry, p, opens.minusDays(1)).isPresent(), shortPeriod + " before " + opens);
        }
    }
}
