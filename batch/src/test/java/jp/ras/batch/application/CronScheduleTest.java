package jp.ras.batch.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.CronTrigger;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CronScheduleTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** Thursday 26 November 2026, 23:00 in Japan (14:00 UTC). */
    private static final ZonedDateTime THURSDAY_23H = ZonedDateTime.of(2026, 11, 26, 23, 0, 0, 0, TOKYO);

    /** The next start after THURSDAY_23H, asked as Payara's executor asks (an instant, no zone). */
    private static ZonedDateTime next(String text) {
        CronTrigger trigger = CronSchedule.parse("k", text).orElseThrow();
        return trigger.getNextRunTime(null, Date.from(THURSDAY_23H.toInstant())).toInstant().atZone(TOKYO);
    }

    @Test
    @DisplayName("a five-field schedule starts at the next matching minute in Japan time")
    void fiveFields() {
        assertEquals(ZonedDateTime.of(2026, 11, 27, 0, 5, 0, 0, TOKYO), next(" 5 0 * * 1-5 "));
        assertEquals(ZonedDateTime.of(2026, 11, 27, 7, 0, 0, 0, TOKYO), next("0 7 * * *"));
        assertEquals(ZonedDateTime.of(2026, 11, 30, 7, 0, 0, 0, TOKYO), next("0 7 * * MON"), "next Monday");
        assertEquals(ZonedDateTime.of(2026, 12, 1, 7, 0, 0, 0, TOKYO), next("0 7 1,15 * *"));
        assertEquals(ZonedDateTime.of(2026, 11, 26, 23, 15, 0, 0, TOKYO), next("15/15 * * * *"));
    }

    @Test
    @DisplayName("'off' means no schedule")
    void off() {
        assertTrue(CronSchedule.parse("k", "OFF").isEmpty());
    }

    @Test
    @DisplayName("a malformed schedule is refused with its key")
    void malformed() {
        IllegalArgumentException four = assertThrows(IllegalArgumentException.class,
                () -> CronSchedule.parse("ras.batch.schedule.x", "5 0 * *"));
        assertTrue(four.getMessage().startsWith("ras.batch.schedule.x"), four.getMessage());
        IllegalArgumentException hour = assertThrows(IllegalArgumentException.class,
                () -> CronSchedule.parse("ras.batch.schedule.x", "0 25 * * *"));
        assertTrue(hour.getMessage().startsWith("ras.batch.schedule.x = '0 25 * * *'"), hour.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("k", "5 0 * * ;rm"));
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("k", null));
    }
}
