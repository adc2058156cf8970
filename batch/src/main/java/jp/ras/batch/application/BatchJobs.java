package jp.ras.batch.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import jp.ras.application.BatchJobAudit;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.shared.RuleViolationException;

/**
 * Starts, restarts and lists the executions of RAS's Jakarta Batch jobs. A job never runs twice at once: every
 * start and restart passes through this singleton, which refuses while an execution of the same job (or, for a
 * restart, of the same instance) is starting or running. Supervisors use it from the jobs screen; the schedule
 * ({@link JobSchedule}) and the bulk-filing upload use it too.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

    private static final Logger LOG = Logger.getLogger(BatchJobs.class.getName());

    /** PR5, PR7: the daily periodic-report sweep. */
    public static final String SWEEP = "periodic-report-sweep";
    /** PR2, AC5: the daily reminders. */
    public static final String REMINDERS = "expiry-reminders";
    /** B1, B2: one uploaded workbook (started by its uploader, never by hand). */
    public static final String BULK_FILING = "bulk-filing";

    /** The jobs a supervisor may start by hand (they need no parameter). */
    public static final List<String> STARTABLE = List.of(SWEEP, REMINDERS);

    private static final Set<BatchStatus> ACTIVE = Set.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    /** The audit trail, through a session bean of ras-ejb.jar, where the persistence unit is. */
    @Inject
    private BatchJobAudit audit;

    /** One execution as the supervisors' screen shows it. */
    public record Execution(long id, long instanceId, String job, Instant start, Instant end, BatchStatus status,
            String exitStatus, long read, long written, long skipped, boolean restartable)
            implements Serializable {
    }

    /** A supervisor starts a scheduled job now. Refused while it runs. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long start(String job) {
        if (!STARTABLE.contains(job)) {
            throw RuleViolationException.of("job", "jobUnknown", null);
        }
        long id = startIfIdle(job, new Properties());
        audit.record(AuditAction.BATCH_JOB_STARTED, "job:" + job, "execution " + id);
        return id;
    }

    /** A supervisor restarts a failed or stopped execution from its last checkpoint. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long restart(long executionId) {
        long id = restartIfIdle(executionId);
        audit.record(AuditAction.BATCH_JOB_RESTARTED, "job-execution:" + executionId, "execution " + id);
        return id;
    }

    /** The latest executions of every RAS job, newest first. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Lock(LockType.READ)
    public List<Execution> latest(int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<Execution> all = new ArrayList<>();
        for (String job : List.of(SWEEP, REMINDERS, BULK_FILING)) {
            List<JobInstance> instances;
            try {
                instances = operator.getJobInstances(job, 0, max);
            } catch (NoSuchJobException e) {
                continue;
            }
            for (JobInstance instance : instances) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    all.add(execution(operator, instance, execution));
                }
            }
        }
        all.sort(Comparator.comparingLong(Execution::id).reversed());
        return all.size() > max ? List.copyOf(all.subList(0, max)) : all;
    }

    /** Starts {@code job} unless an execution of it is starting or running; returns the execution id. */
    @PermitAll
    public long startIfIdle(String job, Properties parameters) {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (isRunning(operator, job)) {
            throw RuleViolationException.of("job", "jobRunning", null);
        }
        long id = operator.start(job, parameters);
        LOG.info(() -> "started " + job + " as execution " + id);
        return id;
    }

    /** B1: starts the job of a registered bulk filing (many may run at once, each for its own file). */
    @PermitAll
    public long startBulkFiling(long bulkFilingId, String kind, int chunkSize) {
        Properties parameters = new Properties();
        parameters.setProperty("bulkFilingId", Long.toString(bulkFilingId));
        parameters.setProperty("kind", kind);
        parameters.setProperty("chunkSize", Integer.toString(chunkSize));
        long id = BatchRuntime.getJobOperator().start(BULK_FILING, parameters);
        LOG.info(() -> "started bulk filing " + bulkFilingId + " as execution " + id);
        return id;
    }

    /**
     * B2: restarts an interrupted bulk filing's execution from its checkpoint, or, when the batch runtime no longer
     * knows it (a job repository that did not outlive the server), starts a new job that skips the rows recorded.
     */
    @PermitAll
    public long restartBulkFiling(long bulkFilingId, long executionId, String kind, int chunkSize) {
        try {
            BatchRuntime.getJobOperator().getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            return startBulkFiling(bulkFilingId, kind, chunkSize);
        }
        return restartIfIdle(executionId);
    }

    /** Restarts the instance of a failed or stopped execution unless one of its executions is still active. */
    @PermitAll
    public long restartIfIdle(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = operator.getJobExecution(executionId);
        JobInstance instance = operator.getJobInstance(executionId);
        boolean active = operator.getJobExecutions(instance).stream().anyMatch(e -> ACTIVE.contains(e.getBatchStatus()));
        if (active || (execution.getBatchStatus() != BatchStatus.FAILED
                && execution.getBatchStatus() != BatchStatus.STOPPED)) {
            throw RuleViolationException.of("job", "jobNotRestartable", null);
        }
        long id = operator.restart(executionId, execution.getJobParameters());
        LOG.info(() -> "restarted " + execution.getJobName() + " execution " + executionId + " as " + id);
        return id;
    }

    private static boolean isRunning(JobOperator operator, String job) {
        try {
            return !operator.getRunningExecutions(job).isEmpty();
        } catch (NoSuchJobException e) {
            return false;
        }
    }

    private static Execution execution(JobOperator operator, JobInstance instance, JobExecution e) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        for (StepExecution step : operator.getStepExecutions(e.getExecutionId())) {
            for (Metric m : step.getMetrics()) {
                switch (m.getType()) {
                    case READ_COUNT -> read += m.getValue();
                    case WRITE_COUNT -> written += m.getValue();
                    case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT, FILTER_COUNT -> skipped += m.getValue();
                    default -> { }
                }
            }
        }
        BatchStatus status = e.getBatchStatus();
        return new Execution(e.getExecutionId(), instance.getInstanceId(), e.getJobName(), instant(e.getStartTime()),
                instant(e.getEndTime()), status, e.getExitStatus(), read, written, skipped,
                status == BatchStatus.FAILED || status == BatchStatus.STOPPED);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
