package jp.ras.batch.interfaces.sweep;

import jakarta.batch.api.partition.PartitionCollector;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.ras.application.OrganisationSweep;

/** Hands what a partition swept since the last chunk to the analyzer. */
@Named("periodicReportSweepCollector")
@Dependent
public class SweepCollector implements PartitionCollector {

    @Inject
    StepContext step;

    @Override
    public Serializable collectPartitionData() {
        Serializable swept = step.getTransientUserData() instanceof OrganisationSweep.Swept s ? s : null;
        step.setTransientUserData(null);
        return swept;
    }
}
