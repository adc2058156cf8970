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
import jp.ras.interfaces.web.shell.PageId;

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

    /** The page's {@code f:viewAction}: the queue, opened on the address's {@code id} when given (404 if unknown). */
    public void load() {
        if (requestedId != null) {
            if (!open(requestedId)) {
                PageId.notFound(facesContext);
                return;
            }
            office = detail.row().officeCode();
            state = detail.row().state();
        }
        show();
    }

    /** The address's {@code id} ({@code f:viewParam} with {@code ras.pageId}: anything but a positive number is 404). */
    private Long requestedId;

    public Long getRequestedId() {
        return requestedId;
    }

    public void setRequestedId(Long requestedId) {
        this.requestedId = requestedId;
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
