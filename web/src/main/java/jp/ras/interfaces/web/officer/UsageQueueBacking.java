package jp.ras.interfaces.web.officer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.ras.application.NotFoundException;
import jp.ras.application.UsageApplicationService;
import jp.ras.domain.model.usage.UsageApplicationState;
import jp.ras.interfaces.web.shell.Messages;
import jp.ras.interfaces.web.shell.PageId;

/**
 * The approval queue of usage applications per office (UA5): received ones first; a supervisor approves, which
 * issues the authentication ID (UA5, UA6, U1), or denies with a reason. {@code ?id=N} opens application N.
 */
@Named
@ViewScoped
public class UsageQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UsageApplicationService usage;

    @Inject
    private FacesContext facesContext;

    private String office;
    private UsageApplicationState state = UsageApplicationState.RECEIVED;
    private List<UsageApplicationService.Row> rows = List.of();
    private UsageApplicationService.Detail detail;
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

    /** Lists the applications of the chosen office (all offices when none) in the chosen state (all when none). */
    /** The address's {@code id} ({@code f:viewParam} with {@code ras.pageId}: anything but a positive number is 404). */
    private Long requestedId;

    public Long getRequestedId() {
        return requestedId;
    }

    public void setRequestedId(Long requestedId) {
        this.requestedId = requestedId;
    }

    public void show() {
        rows = usage.queue(office, state);
    }

    private boolean open(long id) {
        try {
            detail = id > 0 ? usage.detail(id) : null;
        } catch (NotFoundException e) {
            detail = null;
        }
        return detail != null;
    }

    /** UA5, UA6: approval issues the authentication ID, which the message shows so the counter can tell it. */
    public void approve() {
        long id = detail.row().id();
        Messages.attempt("decide", () -> {
            String authId = usage.approve(id);
            Messages.info("officer", "queue.approved", authId, detail.row().orgName());
        });
        refresh(id);
    }

    /** UA5: denial needs a reason; it is mailed to the applicant. */
    public void deny() {
        long id = detail.row().id();
        Messages.attempt("decide", () -> {
            usage.deny(id, reason);
            Messages.info("officer", "queue.denied", detail.row().orgName());
            reason = null;
        });
        refresh(id);
    }

    private void refresh(long id) {
        open(id);
        show();
    }

    public UsageApplicationState[] getStates() {
        return UsageApplicationState.values();
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public UsageApplicationState getState() {
        return state;
    }

    public void setState(UsageApplicationState state) {
        this.state = state;
    }

    public List<UsageApplicationService.Row> getRows() {
        return rows;
    }

    public UsageApplicationService.Detail getDetail() {
        return detail;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
