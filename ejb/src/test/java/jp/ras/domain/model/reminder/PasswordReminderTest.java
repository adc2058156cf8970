package jp.ras.domain.model.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordReminderTest {

    private static final LocalDate EXPIRY = LocalDate.of(2027, 3, 31);

    @Test
    @DisplayName("AC5: nothing before 30 days ahead; the 30-day reminder from 30 days before")
    void ac5_thirtyDays() {
        assertTrue(PasswordReminder.due(EXPIRY, EXPIRY.minusDays(31)).isEmpty());
        PasswordReminder due = PasswordReminder.due(EXPIRY, EXPIRY.minusDays(30)).orElseThrow();
        assertEquals(ReminderKind.PASSWORD_30, due.send());
        assertEquals(Set.of(ReminderKind.PASSWORD_30), due.marks());
        assertEquals(30, due.daysLeft());
        assertEquals(EXPIRY, due.expiry());
        assertEquals(ReminderKind.PASSWORD_30,
                PasswordReminder.due(EXPIRY, EXPIRY.minusDays(8)).orElseThrow().send(), "missed days caught up");
    }

    @Test
    @DisplayName("AC5: the 7-day reminder from 7 days before until the day before expiry; none from the expiry on")
    void ac5_sevenDays() {
        assertEquals(ReminderKind.PASSWORD_7, PasswordReminder.due(EXPIRY, EXPIRY.minusDays(7)).orElseThrow().send());
        assertEquals(1, PasswordReminder.due(EXPIRY, EXPIRY.minusDays(1)).orElseThrow().daysLeft());
        assertTrue(PasswordReminder.due(EXPIRY, EXPIRY).isEmpty());
        assertTrue(PasswordReminder.due(EXPIRY, EXPIRY.plusDays(3)).isEmpty());
        assertTrue(PasswordReminder.due(null, EXPIRY).isEmpty(), "no password, no reminder");
    }

    @Test
    @DisplayName("AC5: when both milestones are due (days missed), only the 7-day mail goes out and both are marked")
    void ac5_bothDue() {
        PasswordReminder due = PasswordReminder.due(EXPIRY, EXPIRY.minusDays(5)).orElseThrow();
        assertEquals(ReminderKind.PASSWORD_7, due.send());
        assertEquals(Set.of(ReminderKind.PASSWORD_30, ReminderKind.PASSWORD_7), due.marks());
    }
}
