package jp.ras.interfaces.web.officer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import jp.ras.application.QueueFilter;
import jp.ras.application.QueuePage;
import jp.ras.application.UsageApplicationService;
import jp.ras.domain.model.usage.UsageApplicationState;
import jp.ras.infrastructure.persistence.UsageApplicationRepository.QueueSort;
import jp.ras.interfaces.web.shell.Messages;

/**
 * The approval queue of usage applications per office (UA5): received ones first; a supervisor approves, which
 * issues the authentication ID (UA5, UA6, U1), or denies with a reason. {@code ?id=N} opens application N.
 */
@Named
@ViewScoped
public class UsageQueueBacking extends DecisionQueueBacking<UsageApplicationService.Row,
        UsageApplicationService.Detail, UsageApplicationState, QueueSort> {

    private static final long serialVersionUID = 1L;

    @Inject
    private UsageApplicationService usage;

    public UsageQueueBacking() {
        super(UsageApplicationState.RECEIVED, Map.of("id", QueueSort.NUMBER, "receivedOn", QueueSort.RECEIVED,
                "orgName", QueueSort.ORGANISATION, "state", QueueSort.STATE), QueueSort.RECEIVED,
                row -> Long.toString(row.id()));
    }

    @Override
    protected QueuePage<UsageApplicationService.Row> page(QueueFilter<UsageApplicationState> filter, int first,
            int size, QueueSort sort, boolean ascending) {
        return usage.queue(filter, first, size, sort, ascending);
    }

    @Override
    protected UsageApplicationService.Detail detail(long id) {
        return usage.detail(id);
    }

    @Override
    protected long position(QueueFilter<UsageApplicationState> filter, long id) {
        return usage.queuePosition(filter, id);
    }

    /** UA5, UA6: approval issues the authentication ID, which the message shows so the counter can tell it. */
    public void approve() {
        long id = getDetail().row().id();
        String orgName = getDetail().row().orgName();
        Messages.attempt("decide", () -> {
            String authId = usage.approve(id);
            Messages.info("officer", "queue.approved", authId, orgName);
        });
        open(id);
    }

    /** UA5: denial needs a reason; it is mailed to the applicant. */
    public void deny() {
        long id = getDetail().row().id();
        String orgName = getDetail().row().orgName();
        Messages.attempt("decide", () -> {
            usage.deny(id, getReason());
            Messages.info("officer", "queue.denied", orgName);
            setReason(null);
        });
        open(id);
    }

    public UsageApplicationState[] getStates() {
        return UsageApplicationState.values();
    }
}
