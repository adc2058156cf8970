package jp.ras.interfaces.web.officer;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.ras.batch.application.BatchJobs;
import jp.ras.interfaces.web.shell.Messages;
import jp.ras.interfaces.web.shell.PagedRows;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

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

    @Inject
    private BatchJobs jobs;

    /** Issue 15: a lazy table, one row per run with its latest execution, paged in the job repository. */
    private final PagedRows<BatchJobs.Execution, String> runs = new PagedRows<>((first, size, sort, ascending) -> {
        BatchJobs.RunPage page = jobs.runs(first, size);
        return new PagedRows.Page<>(page.rows(), page.total());
    }, Map.of(), null, false, row -> Long.toString(row.id()));

    public void start(String job) {
        if (Messages.attempt("jobs", () -> jobs.start(job))) {
            Messages.info("officer", "jobs.started", job);
        }
        firstPage();
    }

    public void restart(long execution) {
        if (Messages.attempt("jobs", () -> jobs.restart(execution))) {
            Messages.info("officer", "jobs.restarted", execution);
        }
    }

    /** The table is drawn again from the repository at every request; refreshing needs nothing more. */
    public void refresh() {
        // the lazy table loads its page again when the form is drawn
    }

    /** A new run is the newest: the table goes back to its first page to show it. */
    private void firstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":jobs:executions");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** Whether an execution is starting or running, so the page keeps its counts up to date. */
    public boolean isRunning() {
        return jobs.anyRunning();
    }

    public int getPageSize() {
        return 20;
    }

    public LazyDataModel<BatchJobs.Execution> getRuns() {
        return runs;
    }

    /** Whether any job has run yet (the table is not drawn for none). */
    public boolean isAny() {
        return runs.count(Map.of()) > 0;
    }

    public List<String> getStartable() {
        return BatchJobs.STARTABLE;
    }
}
