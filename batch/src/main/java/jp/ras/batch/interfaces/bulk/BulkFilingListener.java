package jp.ras.batch.interfaces.bulk;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.ras.application.BulkFilingRun;
import jp.ras.batch.application.BulkFilingRecovery;
import jp.ras.batch.infrastructure.files.BulkFilingFiles;
import jp.ras.domain.model.bulk.BulkFilingState;

/**
 * Keeps the bulk filing's state in step with its job, deletes the uploaded files once it completed, and has a
 * failed job restarted by RAS itself, a few times (issue 19, {@link BulkFilingRecovery#restartSoon}).
 */
@Named
@Dependent
public class BulkFilingListener implements JobListener {

    @Inject
    @BatchProperty
    private String bulkFilingId;

    @Inject
    private JobContext job;

    @Inject
    private BulkFilingRun service;

    @Inject
    private BulkFilingFiles files;

    @Inject
    private BulkFilingRecovery recovery;

    @Override
    public void beforeJob() {
        service.jobStarted(Long.parseLong(bulkFilingId), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        long id = Long.parseLong(bulkFilingId);
        BatchStatus status = job.getBatchStatus();
        BulkFilingRun.Ended ended = service.jobEnded(id,
                status == BatchStatus.STOPPING || status == BatchStatus.STOPPED);
        if (ended.state() == BulkFilingState.COMPLETED) {
            files.delete(id);
            return;
        }
        job.setExitStatus("INTERRUPTED");
        if (ended.restartAutomatically()) {
            recovery.restartSoon(id, job.getExecutionId(), ended.kind(), ended.automaticRestarts());
        }
    }
}
