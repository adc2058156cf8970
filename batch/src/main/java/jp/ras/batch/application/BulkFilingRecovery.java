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
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.ras.application.BulkFilingRun;
import jp.ras.batch.interfaces.bulk.BulkLimitsConfig;

/**
 * B2: a bulk filing whose server was killed mid-file goes on when RAS starts again. Its job cannot be restarted
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

    @Resource
    private ManagedScheduledExecutorService executor;

    private Instant startedAt;

    private ScheduledFuture<?> start;

    @PostConstruct
    void schedule() {
        startedAt = Instant.now();
        start = executor.schedule(this::atStart, DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Undeployed within the delay: nothing is resumed. */
    @PreDestroy
    void cancel() {
        start.cancel(false);
    }

    private void atStart() {
        try {
            recover(startedAt);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "unfinished bulk filings could not be resumed", e);
        }
    }

    /** Starts a new job for every filing uploaded before {@code before} and left queued or running. */
    public int recover(Instant before) {
        int resumed = 0;
        for (BulkFilingRun.Unfinished filing : run.unfinished(before)) {
            long execution = jobs.startBulkFiling(filing.id(), filing.kind(), config.chunkSize());
            LOG.info(() -> "bulk filing " + filing.id() + " was left unfinished: resumed as execution " + execution);
            resumed++;
        }
        int count = resumed;
        LOG.info(() -> "B2: bulk filings left unfinished before " + before + ": " + count + " resumed");
        return count;
    }
}
