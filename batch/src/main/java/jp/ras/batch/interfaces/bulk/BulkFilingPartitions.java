package jp.ras.batch.interfaces.bulk;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import jp.ras.application.BulkFilingRun;
import jp.ras.batch.infrastructure.config.BulkLimitsConfig;

/**
 * Splits a file's data rows into {@code ras.bulk.partitions} consecutive ranges filed side by side. Each range
 * keeps its own checkpoint; a restart goes on with the same ranges.
 */
@Named
@Dependent
public class BulkFilingPartitions implements PartitionMapper {

    @Inject
    @BatchProperty
    private String bulkFilingId;

    @Inject
    private BulkFilingRun run;

    @Inject
    private BulkLimitsConfig config;

    @Override
    public PartitionPlan mapPartitions() {
        int rows = run.rowCount(Long.parseLong(bulkFilingId));
        int partitions = Math.max(1, Math.min(config.partitions(), rows / 100));
        Properties[] ranges = new Properties[partitions];
        for (int i = 0; i < partitions; i++) {
            ranges[i] = new Properties();
            ranges[i].setProperty("first", Integer.toString((int) ((long) rows * i / partitions)));
            ranges[i].setProperty("end", Integer.toString((int) ((long) rows * (i + 1) / partitions)));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(partitions);
        plan.setThreads(partitions);
        plan.setPartitionProperties(ranges);
        plan.setPartitionsOverride(false);
        return plan;
    }
}
