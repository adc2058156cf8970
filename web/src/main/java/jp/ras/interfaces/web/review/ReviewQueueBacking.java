package jp.ras.interfaces.web.review;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.ras.application.OfficerApplicationService;
import jp.ras.application.OfficerApplicationService.Row;
import jp.ras.domain.model.application.ApplicationStatus;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The queue of residence applications (ST1, ST2): an office (all by default) and a status, oldest first, one page
 * at a time from the database. Each row shows the days since filing and whether the standard is exceeded.
 */
@Named
@ViewScoped
public class ReviewQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's rows per page. */
    public static final int PAGE_SIZE = 20;

    @Inject
    private OfficerApplicationService applications;

    private String office;
    private ApplicationStatus status;
    private final Queue queue = new Queue();

    /** Applies the filter and goes back to the first page. */
    public void show() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":list:rows");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public int getStandardMinDays() {
        return OfficerApplicationService.STANDARD_MIN_DAYS;
    }

    public int getStandardMaxDays() {
        return OfficerApplicationService.STANDARD_MAX_DAYS;
    }

    public LazyDataModel<Row> getQueue() {
        return queue;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    /** The table's model: PrimeFaces asks for the count, then for the page; both go to the database. */
    private final class Queue extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) applications.queue(office, status, 0, 1).total();
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            OfficerApplicationService.Page page = applications.queue(office, status, first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(Row row) {
            return Long.toString(row.id());
        }

        @Override
        public Row getRowData(String rowKey) {
            return null;
        }
    }
}
