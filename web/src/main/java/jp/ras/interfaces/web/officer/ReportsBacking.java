package jp.ras.interfaces.web.officer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;
import jp.ras.application.PeriodicReportService;
import jp.ras.application.QueueFilter;
import jp.ras.application.QueuePage;
import jp.ras.domain.model.report.PeriodicReportState;
import jp.ras.infrastructure.persistence.PeriodicReportRepository.QueueSort;
import jp.ras.interfaces.web.shell.Messages;

/**
 * The periodic-report queue per office (PR1–PR6): filed reports first, late ones flagged (PR3); a supervisor
 * approves, which extends the validity from the previous expiry (PR4), or denies with a reason. {@code ?id=N}
 * opens report N.
 */
@Named
@ViewScoped
public class ReportsBacking extends DecisionQueueBacking<PeriodicReportService.Row, PeriodicReportService.Detail,
        PeriodicReportState, QueueSort> {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeriodicReportService reports;

    public ReportsBacking() {
        super(PeriodicReportState.FILED, Map.of("filedOn", QueueSort.FILED, "organisationName",
                QueueSort.ORGANISATION, "cycleExpiry", QueueSort.CYCLE_EXPIRY, "state", QueueSort.STATE),
                QueueSort.FILED, row -> Long.toString(row.id()));
    }

    @Override
    protected QueuePage<PeriodicReportService.Row> page(QueueFilter<PeriodicReportState> filter, int first,
            int size, QueueSort sort, boolean ascending) {
        return reports.queue(filter, first, size, sort, ascending);
    }

    @Override
    protected PeriodicReportService.Detail detail(long id) {
        return reports.detail(id);
    }

    @Override
    protected long position(QueueFilter<PeriodicReportState> filter, long id) {
        return reports.queuePosition(filter, id);
    }

    /** PR4, PR5: the message shows the new expiry date. */
    public void approve() {
        long id = getDetail().row().id();
        String organisation = getDetail().row().organisationName();
        Messages.attempt("decide", () -> {
            LocalDate newExpiry = reports.approve(id);
            Messages.info("officer", "reports.approved", organisation, newExpiry.toString());
        });
        open(id);
    }

    /** PR3, PR4: denial needs a reason and keeps the expiry; every user is told. */
    public void deny() {
        long id = getDetail().row().id();
        String organisation = getDetail().row().organisationName();
        Messages.attempt("decide", () -> {
            reports.deny(id, getReason());
            Messages.info("officer", "reports.denied", organisation);
            setReason(null);
        });
        open(id);
    }

    public PeriodicReportState[] getStates() {
        return PeriodicReportState.values();
    }
}
