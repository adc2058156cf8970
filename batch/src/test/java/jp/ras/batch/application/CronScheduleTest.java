package jp.ras.batch.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CronScheduleTest {

    @Test
    @DisplayName("a five-field schedule becomes a timer in Japan time")
    void fiveFields() {
        ScheduleExpression e = CronSchedule.parse("k", " 5 0 * * 1-5 ").orElseThrow();
        assertEquals("0", e.getSecond());
        assertEquals("5", e.getMinute());
        assertEquals("0", e.getHour());
        assertEquals("*", e.getDayOfMonth());
        assertEquals("*", e.getMonth());
        assertEquals("1-5", e.getDayOfWeek());
        assertEquals("Asia/Tokyo", e.getTimezone());
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
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("k", "5 0 * * ;rm"));
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("k", null));
    }
}
