package jp.ras.batch.interfaces.sweep;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import jp.ras.application.OrganisationSweep;
import jp.ras.batch.interfaces.BusinessDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PR5: splits the organisation ids into {@code ras.batch.sweep.partitions} contiguous ranges (default 4), swept in
 * parallel. Every partition gets the same business date, fixed here once for the whole run.
 */
@Named("periodicReportSweepMapper")
@Dependent
public class SweepPartitionMapper implements PartitionMapper {

    @Inject
    @BatchProperty(name = BusinessDate.PARAMETER)
    String date;

    @Inject
    @ConfigProperty(name = "ras.batch.sweep.partitions", defaultValue = "4")
    int partitions;

    @Inject
    OrganisationSweep sweep;

    @Inject
    Clock clock;

    @Override
    public PartitionPlan mapPartitions() {
        LocalDate day = BusinessDate.of(date, clock);
        OrganisationSweep.IdRange range = sweep.idRange();
        Properties[] plan = split(range.min(), range.max(), partitions).stream().map(bounds -> {
            Properties properties = new Properties();
            properties.setProperty("after", Long.toString(bounds[0]));
            properties.setProperty("upTo", Long.toString(bounds[1]));
            properties.setProperty(BusinessDate.PARAMETER, day.toString());
            return properties;
        }).toArray(Properties[]::new);
        PartitionPlanImpl partitionPlan = new PartitionPlanImpl();
        partitionPlan.setPartitions(plan.length);
        partitionPlan.setThreads(plan.length);
        partitionPlan.setPartitionProperties(plan);
        return partitionPlan;
    }

    /**
     * The ranges {@code (after, upTo]} that cover {@code [min, max]} in at most {@code count} nearly equal parts (one
     * empty range when there is no id).
     */
    static List<long[]> split(long min, long max, int count) {
        if (max < min || (min == 0 && max == 0)) {
            return List.of(new long[] {0, 0});
        }
        long size = max - min + 1;
        int parts = (int) Math.max(1, Math.min(Math.max(1, count), size));
        List<long[]> ranges = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            long from = min + size * i / parts;
            long to = min + size * (i + 1) / parts - 1;
            ranges.add(new long[] {from - 1, to});
        }
        return ranges;
    }
}
