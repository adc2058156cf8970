package jp.ras.batch.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.ras.domain.shared.RuleViolationException;
import org.eclipse.microprofile.config.Config;

/**
 * Starts the daily jobs on the schedules in configuration ({@code ras.batch.schedule.<job>}, see
 * {@link CronSchedule}). Timers are not persistent: a start missed while the server was down is made up by the
 * jobs themselves, which catch up on the days they missed.
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
    private TimerService timers;

    @Inject
    private Config config;

    @Inject
    private BatchJobs jobs;

    @PostConstruct
    void schedule() {
        DEFAULTS.forEach((job, fallback) -> {
            String key = "ras.batch.schedule." + job;
            String text = config.getOptionalValue(key, String.class).orElse(fallback);
            Optional<ScheduleExpression> expression = CronSchedule.parse(key, text);
            expression.ifPresentOrElse(e -> {
                timers.createCalendarTimer(e, new TimerConfig(job, false));
                LOG.info(() -> job + " scheduled at '" + text + "' (Japan time)");
            }, () -> LOG.info(() -> job + " is not scheduled (" + key + " = off)"));
        });
    }

    @Timeout
    void run(Timer timer) {
        String job = (String) timer.getInfo();
        try {
            jobs.startIfIdle(job, new Properties());
        } catch (RuleViolationException e) {
            LOG.warning(() -> job + " is still running from its last start: this start is skipped");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, job + " could not be started", e);
        }
    }
}
