package jp.ras.interfaces.web.officer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.ras.application.NotFoundException;
import jp.ras.application.PeriodicReportService;
import jp.ras.domain.model.report.PeriodicReportState;
import jp.ras.interfaces.web.shell.Messages;

/**
 * The periodic-report queue per office (PR1–PR6): filed reports first, late ones flagged (PR3); a supervisor
 * approves, which extends the validity from the previous expiry (PR4), or denies with a reason. {@code ?id=N}
 * opens report N.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeriodicReportService reports;

    @Inject
    private FacesContext facesContext;

    private String office;
    private PeriodicReportState state = PeriodicReportState.FILED;
    private List<PeriodicReportService.Row> rows = List.of();
    private PeriodicReportService.Detail detail;
    private String reason;

    public void load() {
        if (facesContext.isPostback()) {
            return;
        }
        Long id = Requests.longParam(facesContext, "id");
        if (id != null) {
            if (!open(id)) {
                Requests.notFound(facesContext);
                return;
            }
            office = detail.row().officeCode();
            state = detail.row().state();
        }
        show();
    }

    public void show() {
        rows = reports.queue(office, state);
    }

    private boolean open(long id) {
        try {
            detail = id > 0 ? reports.detail(id) : null;
        } catch (NotFoundException e) {
            detail = null;
        }
        return detail != null;
    }

    /** PR4, PR5: the message shows the new expiry date. */
    public void approve() {
        long id = detail.row().id();
        Messages.attempt("decide", () -> {
            LocalDate newExpiry = reports.approve(id);
            Messages.info("officer", "reports.approved", detail.row().organisationName(), newExpiry.toString());
        });
        refresh(id);
    }

    /** PR3, PR4: denial needs a reason and keeps the expiry; every user is told. */
    public void deny() {
        long id = detail.row().id();
        Messages.attempt("decide", () -> {
            reports.deny(id, reason);
            Messages.info("officer", "reports.denied", detail.row().organisationName());
            reason = null;
        });
        refresh(id);
    }

    private void refresh(long id) {
        open(id);
        show();
    }

    public PeriodicReportState[] getStates() {
        return PeriodicReportState.values();
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public PeriodicReportState getState() {
        return state;
    }

    public void setState(PeriodicReportState state) {
        this.state = state;
    }

    public List<PeriodicReportService.Row> getRows() {
        return rows;
    }

    public PeriodicReportService.Detail getDetail() {
        return detail;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
