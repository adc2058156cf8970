package jp.ras.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BacklogAgeTest {

    @Test
    @DisplayName("ST2, Issue18-3: the backlog's buckets are the standard's 30 days, up to 1.5 times (45), up to twice"
            + " (60) and beyond, each day in exactly one")
    void bucketsAgainstTheStandard() {
        assertEquals(30, OfficerApplicationService.STANDARD_MAX_DAYS);
        assertEquals(List.of(0L, 31L, 46L, 61L), List.of(BacklogAge.values()).stream().map(BacklogAge::minDays)
                .toList());
        assertEquals(List.of(30L, 45L, 60L, Long.MAX_VALUE), List.of(BacklogAge.values()).stream()
                .map(BacklogAge::maxDays).toList());
        assertEquals(BacklogAge.WITHIN_STANDARD, BacklogAge.of(0));
        assertEquals(BacklogAge.WITHIN_STANDARD, BacklogAge.of(30));
        assertEquals(BacklogAge.UP_TO_ONE_AND_A_HALF, BacklogAge.of(31));
        assertEquals(BacklogAge.UP_TO_ONE_AND_A_HALF, BacklogAge.of(45));
        assertEquals(BacklogAge.UP_TO_TWICE, BacklogAge.of(46));
        assertEquals(BacklogAge.UP_TO_TWICE, BacklogAge.of(60));
        assertEquals(BacklogAge.OVER_TWICE, BacklogAge.of(61));
        assertEquals(BacklogAge.OVER_TWICE, BacklogAge.of(10_000));
    }

    @Test
    @DisplayName("ST2, Issue18-3: the dates the database compares acceptance dates with: accepted on or after the"
            + " first is within the standard, and so on")
    void sinceDates() {
        LocalDate today = LocalDate.of(2026, 6, 15);
        assertEquals(List.of(LocalDate.of(2026, 5, 16), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 16)),
                BacklogAge.since(today));
        for (LocalDate accepted = LocalDate.of(2026, 1, 1); !accepted.isAfter(today); accepted = accepted.plusDays(1)) {
            List<LocalDate> since = BacklogAge.since(today);
            int bucket = since.size();
            for (int i = since.size() - 1; i >= 0; i--) {
                if (!accepted.isBefore(since.get(i))) {
                    bucket = i;
                }
            }
            assertEquals(BacklogAge.of(java.time.temporal.ChronoUnit.DAYS.between(accepted, today)).ordinal(), bucket,
                    "accepted " + accepted);
        }
    }
}
