package jp.ras.batch.interfaces.reminders;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.ras.application.ExpiryReminders;

/** AC5: ids of active accounts whose password expires within 30 days. */
@Named("passwordReminderReader")
@Dependent
public class PasswordReminderReader extends ReminderReader {

    @Inject
    ExpiryReminders reminders;

    @Override
    protected List<Long> page(long after, int max) {
        return reminders.passwordCandidates(day, after, max);
    }
}
