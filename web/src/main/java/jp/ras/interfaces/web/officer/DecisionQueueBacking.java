package jp.ras.interfaces.web.officer;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Map;
import jp.ras.application.NotFoundException;
import jp.ras.application.QueueFilter;
import jp.ras.application.QueueEntry;
import jp.ras.application.QueuePage;
import jp.ras.application.QueueRow;
import jp.ras.interfaces.web.shell.PageId;
import jp.ras.interfaces.web.shell.PagedRows;
import org.primefaces.component.datatable.DataTable;

/**
 * What the usage-application and periodic-report queues share: the filter (office, state, part of the
 * organisation's name), a lazy table paged and sorted in the database, oldest first, and the entry the address's
 * {@code ?id=N} opens, whose page of the table is shown (issue 15).
 *
 * @param <R> a row of the table
 * @param <D> the opened entry
 * @param <S> the queue's states
 * @param <O> the sorts the service offers
 */
public abstract class DecisionQueueBacking<R extends QueueRow<S>, D extends QueueEntry<R>, S extends Enum<S>, O>
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's rows per page. */
    public static final int PAGE_SIZE = 20;

    private static final String TABLE = ":list:rows";

    private String office;
    private S state;
    private String organisation;
    /** The filter the table shows; changed only by "show" and by opening an entry. */
    private QueueFilter<S> shown;
    private Long requestedId;
    private D detail;
    private String reason;
    private int first;
    private final PagedRows<R, O> rows;

    protected DecisionQueueBacking(S initialState, Map<String, O> sorts, O defaultSort, PagedRows.Key<R> key) {
        this.state = initialState;
        this.shown = new QueueFilter<>(null, initialState, null);
        this.rows = new PagedRows<>((from, size, sort, ascending) -> {
            QueuePage<R> page = page(shown, from, size, sort, ascending);
            return new PagedRows.Page<>(page.rows(), page.total());
        }, sorts, defaultSort, true, key);
    }

    protected abstract QueuePage<R> page(QueueFilter<S> filter, int first, int size, O sort, boolean ascending);

    /** @throws NotFoundException when there is no entry {@code id} */
    protected abstract D detail(long id);

    protected abstract long position(QueueFilter<S> filter, long id);

    /**
     * The page's {@code f:viewAction}: with {@code ?id=N}, entry N (404 if unknown) and the page of its office's
     * queue in its state where it stands.
     */
    public void load() {
        if (requestedId == null) {
            return;
        }
        if (!open(requestedId)) {
            PageId.notFound(FacesContext.getCurrentInstance());
            return;
        }
        office = detail.row().officeCode();
        state = detail.row().state();
        organisation = null;
        shown = new QueueFilter<>(office, state, null);
        first = (int) (position(shown, requestedId) / PAGE_SIZE) * PAGE_SIZE;
    }

    /** Shows the filter's first page. */
    public void show() {
        shown = new QueueFilter<>(office, state, organisation);
        first = 0;
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    protected final boolean open(long id) {
        try {
            detail = id > 0 ? detail(id) : null;
        } catch (NotFoundException e) {
            detail = null;
        }
        return detail != null;
    }

    public Long getRequestedId() {
        return requestedId;
    }

    public void setRequestedId(Long requestedId) {
        this.requestedId = requestedId;
    }

    public PagedRows<R, O> getRows() {
        return rows;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    /** The table's first row: on the opened entry's page. */
    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }

    public D getDetail() {
        return detail;
    }

    /** Whether {@code row} is the opened entry's, which the table marks. */
    public boolean isOpened(R row) {
        return detail != null && detail.row().id() == row.id();
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public S getState() {
        return state;
    }

    public void setState(S state) {
        this.state = state;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
