package jp.ras.domain.model.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * AC5: which password reminder is due on a Japan business date. A password expiring on {@code expiry} is reminded
 * 30 days before (from {@code expiry - 30} on) and 7 days before (from {@code expiry - 7} on) until it expires, so a
 * day missed is caught up by the next run. When both are due at once (days missed), only the 7-day mail goes out
 * and both milestones are marked as done.
 *
 * @param expiry the Japan date the password expires
 * @param send the one reminder to mail
 * @param marks every reminder this run settles, {@code send} included
 * @param daysLeft days from the business date to the expiry
 */
public record PasswordReminder(LocalDate expiry, ReminderKind send, Set<ReminderKind> marks, long daysLeft) {

    public static final int FIRST_DAYS_BEFORE = 30;
    public static final int LAST_DAYS_BEFORE = 7;

    public PasswordReminder {
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(send, "send");
        marks = Set.copyOf(marks);
    }

    /**
     * The reminder due on {@code today} for a password expiring on {@code expiry}, before looking at what was
     * already sent; empty before the first milestone and from the expiry date on.
     */
    public static Optional<PasswordReminder> due(LocalDate expiry, LocalDate today) {
        if (expiry == null || !today.isBefore(expiry)) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, expiry);
        if (daysLeft <= LAST_DAYS_BEFORE) {
            return Optional.of(new PasswordReminder(expiry, ReminderKind.PASSWORD_7,
                    Set.of(ReminderKind.PASSWORD_30, ReminderKind.PASSWORD_7), daysLeft));
        }
        if (daysLeft <= FIRST_DAYS_BEFORE) {
            return Optional.of(new PasswordReminder(expiry, ReminderKind.PASSWORD_30,
                    Set.of(ReminderKind.PASSWORD_30), daysLeft));
        }
        return Optional.empty();
    }
}
