package jp.ras.batch.interfaces.sweep;

import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.logging.Logger;
import jp.ras.application.OrganisationSweep;

/** Adds up the partitions' counts; the step's exit status says them ({@code SUSPENDED=n RESUMED=m}). */
@Named("periodicReportSweepAnalyzer")
@Dependent
public class SweepAnalyzer extends AbstractPartitionAnalyzer {

    private static final Logger LOG = Logger.getLogger(SweepAnalyzer.class.getName());

    @Inject
    StepContext step;

    private int suspended;
    private int resumed;

    @Override
    public void analyzeCollectorData(Serializable data) {
        if (data instanceof OrganisationSweep.Swept swept) {
            suspended += swept.suspended();
            resumed += swept.resumed();
            step.setExitStatus("SUSPENDED=" + suspended + " RESUMED=" + resumed);
        }
    }

    @Override
    public void analyzeStatus(BatchStatus batchStatus, String exitStatus) {
        if (batchStatus == BatchStatus.FAILED) {
            LOG.warning(() -> "PR5 sweep: a partition failed; committed chunks stay (suspended " + suspended
                    + ", resumed " + resumed + " so far) and a restart goes on from each partition's checkpoint");
        }
        if (step.getExitStatus() == null) {
            step.setExitStatus("SUSPENDED=" + suspended + " RESUMED=" + resumed);
        }
    }
}
