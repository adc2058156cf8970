package jp.ras.batch.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.ras.application.BulkFilingRun;
import jp.ras.application.ClusterClaims;
import jp.ras.batch.interfaces.bulk.BulkLimitsConfig;

/**
 * B2: a bulk filing whose server was killed mid-file goes on when RAS starts again, or, in a cluster, on another
 * instance (issue 13): a filing left queued or running whose job has shown no sign of life for
 * {@link #SILENCE} is resumed, checked at start and every minute, by the one instance that claims it
 * ({@link ClusterClaims}). Its job cannot be restarted
 * through the batch runtime (Payara Micro's job repository does not outlive the server, and a full server's still
 * shows the dead execution as started), so a new job is started for it: it reads the file from the top and skips
 * every row already recorded, so each good row is filed exactly once. The delayed start is a task of the managed
 * scheduled executor, not an EJB timer (see {@link JobSchedule} for why).
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
     * Starts a new job for every filing uploaded before {@code before}, left queued or running, whose job has been
     * silent since {@code silentSince}, and that this instance claims (one instance resumes a filing, once per
     * silence).
     */
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
