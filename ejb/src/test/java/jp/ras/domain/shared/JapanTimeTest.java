package jp.ras.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JapanTimeTest {

    @Test
    @DisplayName("AP3: the business date is Japan's date, whatever the clock's or server's zone")
    void ap3_japanDate() {
        // 2026-11-26 16:30 UTC is already 2026-11-27 01:30 in Tokyo.
        Clock utc = Clock.fixed(Instant.parse("2026-11-26T16:30:00Z"), ZoneId.of("UTC"));
        Clock newYork = utc.withZone(ZoneId.of("America/New_York"));
        assertEquals(LocalDate.of(2026, 11, 27), JapanTime.today(utc));
        assertEquals(LocalDate.of(2026, 11, 27), JapanTime.today(newYork));
    }
}
