package jp.ras.domain.model.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The first and last days of the filing window, which the filing form shows, agree with what filing checks. */
class FilingWindowTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 12, 31);

    private static final PeriodOfStay ONE_YEAR = PeriodOfStay.parse("1年").orElseThrow();

    @Test
    @DisplayName("AP4: from three months before expiry to the day before it")
    void ap4_window() {
        assertEquals(LocalDate.of(2026, 9, 30), FilingWindow.opens(EXPIRY, ONE_YEAR));
        assertEquals(LocalDate.of(2026, 12, 30), FilingWindow.closes(EXPIRY));
        assertTrue(FilingWindow.check(EXPIRY, ONE_YEAR, LocalDate.of(2026, 9, 30)).isEmpty());
        assertEquals("AP4", FilingWindow.check(EXPIRY, ONE_YEAR, LocalDate.of(2026, 9, 29)).orElseThrow().rule());
        assertTrue(FilingWindow.check(EXPIRY, ONE_YEAR, LocalDate.of(2026, 12, 30)).isEmpty());
    }

    @Test
    @DisplayName("AP6: on the expiry day and after, it cannot be filed online")
    void ap6_expired() {
        assertEquals("AP6", FilingWindow.check(EXPIRY, ONE_YEAR, EXPIRY).orElseThrow().rule());
        assertEquals("AP6", FilingWindow.check(EXPIRY, ONE_YEAR, EXPIRY.plusDays(1)).orElseThrow().rule());
    }

    @Test
    @DisplayName("AP5: a period of three months or less opens once half of it has passed, the day filing allows")
    void ap5_halfOfAShortPeriod() {
        LocalDate expiry = LocalDate.of(2026, 6, 30);
        PeriodOfStay period = PeriodOfStay.parse("3月").orElseThrow();
        LocalDate opens = FilingWindow.opens(expiry, period);
        assertEquals(LocalDate.of(2026, 5, 16), opens, "the period began on 2026-03-31: 92 days");
        assertTrue(period.halfElapsed(expiry, opens), "filing accepts the first day shown");
        assertTrue(!period.halfElapsed(expiry, opens.minusDays(1)), "and refuses the day before");
        assertEquals("AP5", FilingWindow.check(expiry, period, opens.minusDays(1)).orElseThrow().rule());
        for (String shortPeriod : new String[] {"15日", "90日", "1月", "2月", "3月"}) {
            PeriodOfStay p = PeriodOfStay.parse(shortPeriod).orElseThrow();
            LocalDate first = FilingWindow.opens(expiry, p);
            assertTrue(FilingWindow.check(expiry, p, first).isEmpty(), shortPeriod + " opens on " + first);
            assertTrue(FilingWindow.check(expiry, p, first.minusDays(1)).isPresent(), shortPeriod + " before " + first);
        }
    }
}
