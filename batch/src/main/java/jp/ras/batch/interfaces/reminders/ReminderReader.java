package jp.ras.batch.interfaces.reminders;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import jp.ras.batch.interfaces.BusinessDate;
import jp.ras.batch.interfaces.IdPageReader;

/**
 * A reminder step's reader: fixes the business date once when the step opens (the {@code date} job parameter, else
 * today in Japan) and hands it to the step's writer, so reader and writer never disagree across midnight.
 */
abstract class ReminderReader extends IdPageReader {

    @Inject
    @BatchProperty(name = BusinessDate.PARAMETER)
    String date;

    @Inject
    Clock clock;

    @Inject
    StepContext step;

    LocalDate day;

    @Override
    public void open(Serializable checkpoint) {
        day = BusinessDate.of(date, clock);
        step.setTransientUserData(day);
        super.open(checkpoint);
    }

    @Override
    protected long start() {
        return Long.MIN_VALUE;
    }

    /** The business date the step's reader fixed. */
    static LocalDate dayOf(StepContext step) {
        return (LocalDate) step.getTransientUserData();
    }
}
