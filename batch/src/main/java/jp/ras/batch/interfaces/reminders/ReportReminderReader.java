package jp.ras.batch.interfaces.reminders;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.ras.application.ExpiryReminders;

/** PR2: ids of active organisations near their expiry that have not filed this cycle's report. */
@Named("reportReminderReader")
@Dependent
public class ReportReminderReader extends ReminderReader {

    @Inject
    ExpiryReminders reminders;

    @Override
    protected List<Long> page(long after, int max) {
        return reminders.reportCandidates(day, after, max);
    }
}
