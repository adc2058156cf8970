package jp.ras.batch.interfaces.sweep;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import jp.ras.application.OrganisationSweep;
import jp.ras.batch.interfaces.IdPageReader;

/** PR5: the ids of one partition's range that the sweep would change, ascending, checkpointed by the last id. */
@Named("periodicReportSweepReader")
@Dependent
public class SweepReader extends IdPageReader {

    @Inject
    @BatchProperty
    String after;

    @Inject
    @BatchProperty
    String upTo;

    @Inject
    @BatchProperty(name = "date")
    String date;

    @Inject
    OrganisationSweep sweep;

    @Override
    protected long start() {
        return Long.parseLong(after);
    }

    @Override
    protected List<Long> page(long afterId, int max) {
        return sweep.candidates(LocalDate.parse(date), afterId, Long.parseLong(upTo), max);
    }
}
