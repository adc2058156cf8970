package jp.ras.batch.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
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
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jp.ras.application.BatchJobAudit;
import jp.ras.application.BulkFilingService;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.bulk.BulkFilingState;
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

    /** An active execution unchanged this long is taken for one whose server died (see {@link #abandoned}). */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofHours(2);

    /** The audit trail, through a session bean of ras-ejb.jar, where the persistence unit is. */
    @Inject
    private BatchJobAudit audit;

    /** RAS's own tables, for the bulk filings beside their executions. */
    @Inject
    private BulkFilingService bulkFilings;

    /**
     * One execution as the supervisors' screen shows it. {@code restartable} only for the latest execution of its
     * job instance, failed or stopped (and, for a bulk filing, the filing's own, interrupted). {@code bulk}: for a
     * bulk filing, its organisation, file and progress from RAS's tables (the job repository's counts of a
     * partitioned step come only at its end); null for the other jobs or a filing no longer known.
     */
    public record Execution(long id, long instanceId, String job, Instant start, Instant end, BatchStatus status,
            String exitStatus, long read, long written, long skipped, boolean restartable,
            BulkFilingService.Progress bulk) implements Serializable {
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

    /**
     * A supervisor restarts a failed or stopped execution from its last checkpoint: the latest of its job instance
     * (an earlier one was restarted already), and for a bulk filing the filing's own execution while it is
     * interrupted (else it is running, completed, or being restarted by RAS itself).
     *
     * @throws RuleViolationException {@code jobNotRestartable} on field {@code job} for any other execution
     */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution;
        try {
            execution = operator.getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw RuleViolationException.of("job", "jobNotRestartable", null);
        }
        if (BULK_FILING.equals(execution.getJobName())) {
            BulkFilingService.Progress bulk = bulkFilingOf(execution)
                    .map(b -> bulkFilings.progress(List.of(b)).get(b)).orElse(null);
            if (bulk == null || bulk.state() != BulkFilingState.INTERRUPTED
                    || !Long.valueOf(executionId).equals(bulk.jobExecutionId())) {
                throw RuleViolationException.of("job", "jobNotRestartable", null);
            }
        }
        long id = restartIfIdle(executionId);
        audit.record(AuditAction.BATCH_JOB_RESTARTED, "job-execution:" + executionId, "execution " + id);
        return id;
    }

    /** The latest executions of every RAS job, newest first. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Lock(LockType.READ)
    public List<Execution> latest(int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        record Found(JobInstance instance, JobExecution execution, boolean latest) {
        }
        List<Found> found = new ArrayList<>();
        for (String job : List.of(SWEEP, REMINDERS, BULK_FILING)) {
            List<JobInstance> instances;
            try {
                instances = operator.getJobInstances(job, 0, max);
            } catch (NoSuchJobException e) {
                continue;
            }
            for (JobInstance instance : instances) {
                List<JobExecution> executions = operator.getJobExecutions(instance);
                long latest = executions.stream().mapToLong(JobExecution::getExecutionId).max().orElse(-1);
                for (JobExecution execution : executions) {
                    found.add(new Found(instance, execution, execution.getExecutionId() == latest));
                }
            }
        }
        found.sort(Comparator.comparingLong((Found f) -> f.execution().getExecutionId()).reversed());
        List<Found> shown = found.size() > max ? found.subList(0, max) : found;
        Map<Long, BulkFilingService.Progress> bulk = bulkFilings.progress(shown.stream()
                .map(f -> bulkFilingOf(f.execution())).flatMap(Optional::stream).collect(Collectors.toSet()));
        List<Execution> all = new ArrayList<>(shown.size());
        for (Found f : shown) {
            all.add(execution(operator, f.instance(), f.execution(), f.latest(),
                    bulkFilingOf(f.execution()).map(bulk::get).orElse(null)));
        }
        return all;
    }

    /** One page of runs, newest first, and the number of runs of all pages. */
    public record RunPage(List<Execution> rows, long total) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Issue 15: the supervisors' jobs screen a page at a time: one row per run (job instance) of every RAS job,
     * newest first, with its latest execution (the one a restart starts from; earlier executions of the run are
     * history). Paged in the job repository through the {@link JobOperator}: each job's newest {@code first + size}
     * instances are read, never the whole repository.
     */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Lock(LockType.READ)
    public RunPage runs(int first, int size) {
        JobOperator operator = BatchRuntime.getJobOperator();
        int wanted = Math.max(0, first) + Math.max(1, size);
        List<JobInstance> instances = new ArrayList<>();
        long total = 0;
        for (String job : List.of(SWEEP, REMINDERS, BULK_FILING)) {
            try {
                total += operator.getJobInstanceCount(job);
                instances.addAll(operator.getJobInstances(job, 0, wanted));
            } catch (NoSuchJobException e) {
                // never run here yet
            }
        }
        instances.sort(Comparator.comparingLong(JobInstance::getInstanceId).reversed());
        List<JobInstance> page = instances.subList(Math.min(Math.max(0, first), instances.size()),
                Math.min(wanted, instances.size()));
        List<JobExecution> latest = new ArrayList<>(page.size());
        for (JobInstance instance : page) {
            operator.getJobExecutions(instance).stream().max(Comparator.comparingLong(JobExecution::getExecutionId))
                    .ifPresent(latest::add);
        }
        Map<Long, BulkFilingService.Progress> bulk = bulkFilings.progress(latest.stream()
                .map(BatchJobs::bulkFilingOf).flatMap(Optional::stream).collect(Collectors.toSet()));
        List<Execution> rows = new ArrayList<>(latest.size());
        for (JobExecution execution : latest) {
            rows.add(execution(operator, operator.getJobInstance(execution.getExecutionId()), execution, true,
                    bulkFilingOf(execution).map(bulk::get).orElse(null)));
        }
        return new RunPage(rows, total);
    }

    /** Whether an execution of any RAS job is starting or running (the jobs screen then keeps its counts fresh). */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Lock(LockType.READ)
    public boolean anyRunning() {
        JobOperator operator = BatchRuntime.getJobOperator();
        return List.of(SWEEP, REMINDERS, BULK_FILING).stream().anyMatch(job -> isRunning(operator, job));
    }

    /** The bulk filing an execution of {@link #BULK_FILING} files. */
    private static Optional<Long> bulkFilingOf(JobExecution execution) {
        if (!BULK_FILING.equals(execution.getJobName()) || execution.getJobParameters() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(execution.getJobParameters().getProperty("bulkFilingId", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts {@code job} unless an execution of it is starting or running; returns the execution id. Open: the
     * schedule starts the daily jobs on a managed executor's thread, which has no caller; supervisors go through
     * {@link #start}.
     */
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

    /**
     * B1: starts the job of a registered bulk filing (many may run at once, each for its own file). Open: called by
     * {@link BulkFilings} (which checks the uploader's role) and by {@link BulkFilingRecovery} on an executor thread
     * without a caller.
     */
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
     * Open for the same callers as {@link #startBulkFiling}.
     */
    @PermitAll
    public long restartBulkFiling(long bulkFilingId, long executionId, String kind, int chunkSize) {
        JobExecution execution;
        try {
            execution = BatchRuntime.getJobOperator().getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            return startBulkFiling(bulkFilingId, kind, chunkSize);
        }
        if (ACTIVE.contains(execution.getBatchStatus())) {
            // In a job repository shared by a cluster, the execution of an instance that died stays "started"
            // forever; the filing is interrupted (its job fell silent), so a new job files the rows not recorded.
            return startBulkFiling(bulkFilingId, kind, chunkSize);
        }
        return restartIfIdle(executionId);
    }

    /** Restarts the instance of a failed or stopped execution unless one of its executions is still active. */
    private long restartIfIdle(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = operator.getJobExecution(executionId);
        JobInstance instance = operator.getJobInstance(executionId);
        List<JobExecution> executions = operator.getJobExecutions(instance);
        boolean active = executions.stream().anyMatch(e -> ACTIVE.contains(e.getBatchStatus()));
        boolean latest = executions.stream().allMatch(e -> e.getExecutionId() <= executionId);
        if (active || !latest || (execution.getBatchStatus() != BatchStatus.FAILED
                && execution.getBatchStatus() != BatchStatus.STOPPED)) {
            throw RuleViolationException.of("job", "jobNotRestartable", null);
        }
        long id;
        try {
            id = operator.restart(executionId, execution.getJobParameters());
        } catch (JobExecutionNotMostRecentException | JobExecutionAlreadyCompleteException | JobRestartException
                | NoSuchJobExecutionException e) { // restarted or completed meanwhile, from another screen or server
            throw RuleViolationException.of("job", "jobNotRestartable", null);
        }
        LOG.info(() -> "restarted " + execution.getJobName() + " execution " + executionId + " as " + id);
        return id;
    }

    private static boolean isRunning(JobOperator operator, String job) {
        try {
            Instant staleBefore = Instant.now().minus(ABANDONED_AFTER);
            for (long id : operator.getRunningExecutions(job)) {
                if (!abandoned(operator.getJobExecution(id), staleBefore)) {
                    return true;
                }
            }
            return false;
        } catch (NoSuchJobException e) {
            return false;
        }
    }

    /**
     * Whether an execution the repository still calls active has not changed for {@link #ABANDONED_AFTER}: its
     * server died (kill -9, a lost machine) and, with the job repository shared by a cluster, nothing will end it.
     * It then no longer keeps the job from starting (a daily job takes minutes, never hours).
     */
    static boolean abandoned(JobExecution execution, Instant staleBefore) {
        Date last = execution.getLastUpdatedTime() != null ? execution.getLastUpdatedTime() : execution.getCreateTime();
        return ACTIVE.contains(execution.getBatchStatus()) && last != null && last.toInstant().isBefore(staleBefore);
    }

    private static Execution execution(JobOperator operator, JobInstance instance, JobExecution e, boolean latest,
            BulkFilingService.Progress bulk) {
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
        boolean restartable = latest && (status == BatchStatus.FAILED || status == BatchStatus.STOPPED)
                && (!BULK_FILING.equals(e.getJobName()) || bulk != null && bulk.state() == BulkFilingState.INTERRUPTED
                        && Long.valueOf(e.getExecutionId()).equals(bulk.jobExecutionId()));
        return new Execution(e.getExecutionId(), instance.getInstanceId(), e.getJobName(), instant(e.getStartTime()),
                instant(e.getEndTime()), status, e.getExitStatus(), read, written, skipped, restartable, bulk);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
