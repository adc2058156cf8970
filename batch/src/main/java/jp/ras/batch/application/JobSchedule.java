package jp.ras.batch.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.ras.application.ClusterClaims;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.shared.RuleViolationException;
import org.eclipse.microprofile.config.Config;

/**
 * Starts the daily jobs on the schedules in configuration ({@code ras.batch.schedule.<job>}, see
 * {@link CronSchedule}). Nothing is persisted: a start missed while the server was down is made up by the jobs
 * themselves, which catch up on the days they missed.
 * <p>
 * The starts are tasks of the managed scheduled executor with a cron trigger, not EJB timers: on Payara Server a
 * bean with a {@code @Timeout} method (even for non-persistent timers only) starts the persistent EJB timer service,
 * which deploys the system application {@code ejb-timer-service-app}. That application stays after RAS is
 * undeployed, and Payara's {@code /health/ready} then answers UP with no check instead of DOWN ("No Application
 * deployed"), so a load balancer would keep sending users to a server without RAS.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobSchedule {

    private static final Logger LOG = Logger.getLogger(JobSchedule.class.getName());

    /** Default schedules (Japan time): the sweep just after midnight, the reminders at 7:00. */
    static final Map<String, String> DEFAULTS = Map.of(BatchJobs.SWEEP, "5 0 * * *", BatchJobs.REMINDERS,
            "0 7 * * *");

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private Config config;

    @Inject
    private BatchJobs jobs;

    @Inject
    private ClusterClaims claims;

    private final Map<String, ScheduledFuture<?>> scheduled = new TreeMap<>();

    @PostConstruct
    void schedule() {
        DEFAULTS.forEach((job, fallback) -> {
            String key = "ras.batch.schedule." + job;
            String text = config.getOptionalValue(key, String.class).orElse(fallback);
            Optional<CronTrigger> trigger = CronSchedule.parse(key, text);
            trigger.ifPresentOrElse(t -> {
                scheduled.put(job, executor.schedule(() -> run(job), t));
                LOG.info(() -> job + " scheduled at '" + text + "' (Japan time)");
            }, () -> LOG.info(() -> job + " is not scheduled (" + key + " = off)"));
        });
    }

    /** The scheduled jobs and when each starts next (Japan time), as supervisors see the jobs. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Lock(LockType.READ)
    public Map<String, ZonedDateTime> nextStarts() {
        Map<String, ZonedDateTime> next = new TreeMap<>();
        scheduled.forEach((job, future) -> {
            if (!future.isDone()) {
                next.put(job, ZonedDateTime.now(CronSchedule.ZONE)
                        .plusNanos(future.getDelay(TimeUnit.NANOSECONDS)));
            }
        });
        return next;
    }

    /** Undeploy or shutdown: no start after RAS is gone. */
    @PreDestroy
    void cancel() {
        scheduled.values().forEach(future -> future.cancel(false));
    }

    private void run(String job) {
        // Issue 13: every instance of a cluster fires; the one that claims this start (job and minute, Japan time)
        // runs it.
        String start = job + "@" + ZonedDateTime.now(CronSchedule.ZONE).truncatedTo(ChronoUnit.MINUTES)
                .toLocalDateTime();
        try {
            if (!claims.claim("schedule:" + start)) {
                LOG.info(() -> start + " is started by another instance (" + claims.claimant("schedule:" + start)
                        + ")");
                return;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, start + ": the start could not be claimed, so it is skipped", e);
            return;
        }
        try {
            jobs.startIfIdle(job, new Properties());
        } catch (RuleViolationException e) {
            LOG.warning(() -> job + " is still running from its last start: this start is skipped");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, job + " could not be started", e);
        }
    }
}
