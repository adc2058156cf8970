package jp.ras.batch.interfaces.sweep;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import jp.ras.application.OrganisationSweep;

/**
 * PR5, PR7: sweeps one chunk of organisations with a single service call (one transaction); what it did
 * goes to the partition collector.
 */
@Named("periodicReportSweepWriter")
@Dependent
public class SweepWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "date")
    String date;

    @Inject
    OrganisationSweep sweep;

    @Inject
    StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        OrganisationSweep.Swept swept = sweep.sweep(ids, LocalDate.parse(date), OrganisationSweep.ACTOR);
        OrganisationSweep.Swept before = step.getTransientUserData() instanceof OrganisationSweep.Swept s ? s
                : new OrganisationSweep.Swept(0, 0);
        step.setTransientUserData(new OrganisationSweep.Swept(before.suspended() + swept.suspended(),
                before.resumed() + swept.resumed()));
    }
}
