package jp.ras.interfaces.web.officer;

import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.ras.batch.application.BatchJobs;
import jp.ras.interfaces.web.shell.Messages;

/**
 * Supervisor screen: the executions of the batch jobs (job, start, end, status, rows read / written / skipped,
 * exit status; for a bulk filing its organisation, file and progress from RAS's tables), starting a daily job now
 * and restarting the latest execution of a run that failed or stopped from its checkpoint. A restart that has
 * become impossible meanwhile (restarted from the clerk's page, another screen or by RAS itself) is answered with
 * a message, and the list is loaded again.
 */
@Named
@ViewScoped
public class BatchJobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int SHOWN = 100;

    @Inject
    private BatchJobs jobs;

    private List<BatchJobs.Execution> executions;

    @PostConstruct
    void load() {
        executions = jobs.latest(SHOWN);
    }

    public void start(String job) {
        if (Messages.attempt("jobs", () -> jobs.start(job))) {
            Messages.info("officer", "jobs.started", job);
        }
        load();
    }

    public void restart(long execution) {
        if (Messages.attempt("jobs", () -> jobs.restart(execution))) {
            Messages.info("officer", "jobs.restarted", execution);
        }
        load();
    }

    public void refresh() {
        load();
    }

    /** Whether an execution is starting or running, so the page keeps its counts up to date. */
    public boolean isRunning() {
        return executions.stream().anyMatch(e -> e.status() == BatchStatus.STARTING
                || e.status() == BatchStatus.STARTED || e.status() == BatchStatus.STOPPING);
    }

    public List<String> getStartable() {
        return BatchJobs.STARTABLE;
    }

    public List<BatchJobs.Execution> getExecutions() {
        return executions;
    }
}
