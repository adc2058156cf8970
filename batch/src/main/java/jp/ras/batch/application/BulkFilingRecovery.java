package jp.ras.batch.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.ras.application.BulkFilingRun;
import jp.ras.application.ClusterClaims;
import jp.ras.batch.infrastructure.config.BulkLimitsConfig;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.shared.RuleViolationException;

/**
 * B2: a bulk filing whose server was killed mid-file goes on when RAS starts again, or, in a cluster, on another
 * instance (issue 13): a filing left queued or running whose job has shown no sign of life for
 * {@link #SILENCE} is resumed, checked at start and every minute, by the one instance that claims it
 * ({@link ClusterClaims}). Its job cannot be restarted
 * through the batch runtime (Payara Micro's job repository does not outlive the server, and a full server's still
 * shows the dead execution as started), so a new job is started for it: it reads the file from the top and skips
 * every row already recorded, so each good row is filed exactly once. The delayed start is a task of the managed
 * scheduled executor, not an EJB timer (see {@link JobSchedule} for why).
 *
 * <p>Issue 19: a job that failed (not stopped on purpose, its files readable) is restarted here by RAS itself,
 * from its checkpoints, after {@link #RESTART_DELAYS} ({@link #restartSoon}); after
 * {@link jp.ras.domain.model.bulk.BulkFiling#MAX_AUTOMATIC_RESTARTS} such restarts in a row it waits, interrupted
 * with its reason, for a person's restart.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkFilingRecovery {

    private static final Logger LOG = Logger.getLogger(BulkFilingRecovery.class.getName());

    @Inject
    private BulkFilingRun run;

    @Inject
    private BatchJobs jobs;

    @Inject
    private BulkLimitsConfig config;

    /** Once the application is up (the schema migrated), not during its own start. */
    private static final long DELAY_MILLIS = 5_000;

    /** How often a running filing's job is looked for. */
    private static final long EVERY_MILLIS = 60_000;

    /** A job silent this long (a chunk beats in seconds) died with its instance. */
    static final Duration SILENCE = Duration.ofMinutes(2);

    /** Issue 19: the waits before RAS's first, second and third restart of a failed filing by itself. */
    static final List<Duration> RESTART_DELAYS = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofSeconds(60)); // with the tries below, within the recovery's 2 minutes of silence

    /** How often, a second apart, a restart is tried while the failed execution is still ending. */
    private static final int RESTART_TRIES = 20;

    @Inject
    private ClusterClaims claims;

    @Resource
    private ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> start;

    /** The first look, a few seconds after start, reports even when it resumes nothing (ops checks read it). */
    private volatile boolean first = true;

    @PostConstruct
    void schedule() {
        start = executor.scheduleWithFixedDelay(this::atStart, DELAY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Undeployed within the delay: nothing is resumed. */
    @PreDestroy
    void cancel() {
        start.cancel(false);
    }

    private void atStart() {
        try {
            Instant now = Instant.now();
            int count = recover(now, now.minus(SILENCE));
            if (first && count == 0) {
                LOG.info(() -> "B2: bulk filings left unfinished before " + now + " with a silent job: none");
            }
            first = false;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "unfinished bulk filings could not be resumed", e);
        }
    }

    /**
     * Issue 19: restarts the failed execution {@code executionId} of filing {@code id} (queued again by its job's
     * end) after the {@code attempt}-th of {@link #RESTART_DELAYS}. Should this instance go down before, the filing
     * is queued and silent, so {@link #recover} resumes it.
     * <p>
     * Open: the bulk-filing job's listener calls it on a batch thread, which has no caller (or the uploader's); it
     * restarts only an execution that failed and whose filing RAS itself restarts (no screen or API reaches it).
     */
    @PermitAll
    public void restartSoon(long id, long executionId, String kind, int attempt) {
        Duration delay = RESTART_DELAYS.get(Math.min(Math.max(attempt, 1), RESTART_DELAYS.size()) - 1);
        LOG.warning(() -> "bulk filing " + id + ": execution " + executionId + " failed; RAS restarts it in "
                + delay.toSeconds() + " s (automatic restart " + attempt + ")");
        executor.schedule(() -> restart(id, executionId, kind, RESTART_TRIES), delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void restart(long id, long executionId, String kind, int tries) {
        try {
            long execution = jobs.restartBulkFiling(id, executionId, kind, config.chunkSize());
            LOG.info(() -> "bulk filing " + id + ": restarted by itself as execution " + execution);
        } catch (RuleViolationException e) { // its execution is still ending (its listener ran, its status not set)
            if (tries > 1) {
                executor.schedule(() -> restart(id, executionId, kind, tries - 1), 1, TimeUnit.SECONDS);
            } else {
                LOG.warning(() -> "bulk filing " + id + ": execution " + executionId
                        + " could not be restarted; it is resumed once silent");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "bulk filing " + id + ": execution " + executionId
                    + " could not be restarted; it is resumed once silent", e);
        }
    }

    /**
     * Starts a new job for every filing uploaded before {@code before}, left queued or running, whose job has been
     * silent since {@code silentSince}, and that this instance claims (one instance resumes a filing, once per
     * silence). The schedule calls it on this bean itself (no caller); through the bean only a supervisor may.
     */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public int recover(Instant before, Instant silentSince) {
        int resumed = 0;
        for (BulkFilingRun.Unfinished filing : run.unfinished(before, silentSince)) {
            if (!claims.claim("bulk-resume:" + filing.id() + "@" + filing.lastSign().toEpochMilli())) {
                continue;
            }
            long execution = jobs.startBulkFiling(filing.id(), filing.kind(), config.chunkSize());
            LOG.info(() -> "bulk filing " + filing.id() + " was left unfinished: resumed as execution " + execution);
            resumed++;
        }
        int count = resumed;
        if (count > 0) {
            LOG.info(() -> "B2: bulk filings left unfinished before " + before + " with a job silent since "
                    + silentSince + ": " + count + " resumed");
        }
        return count;
    }
}
