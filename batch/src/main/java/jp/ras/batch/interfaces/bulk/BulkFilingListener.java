package jp.ras.batch.interfaces.bulk;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.ras.application.BulkFilingRun;
import jp.ras.batch.infrastructure.files.BulkFilingFiles;
import jp.ras.domain.model.bulk.BulkFilingState;

/** Keeps the bulk filing's state in step with its job, and deletes the uploaded files once it completed. */
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

    @Override
    public void beforeJob() {
        service.jobStarted(Long.parseLong(bulkFilingId), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        long id = Long.parseLong(bulkFilingId);
        BulkFilingState state = service.jobEnded(id);
        if (state == BulkFilingState.COMPLETED) {
            files.delete(id);
        } else {
            job.setExitStatus("INTERRUPTED");
        }
    }
}
