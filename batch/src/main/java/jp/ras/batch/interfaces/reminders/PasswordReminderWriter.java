package jp.ras.batch.interfaces.reminders;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.ras.application.ExpiryReminders;

/** AC5: one service call (one transaction) per chunk of accounts. */
@Named("passwordReminderWriter")
@Dependent
public class PasswordReminderWriter extends AbstractItemWriter {

    @Inject
    ExpiryReminders reminders;

    @Inject
    StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        reminders.remindPasswords(items.stream().map(Long.class::cast).toList(), ReminderReader.dayOf(step));
    }
}
