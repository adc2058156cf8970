package jp.ras.interfaces.web.review;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.ras.application.OfficerApplicationService;
import jp.ras.application.OfficerApplicationService.Row;
import jp.ras.domain.model.application.ApplicationStatus;
import jp.ras.interfaces.web.shell.CsvLines;
import jp.ras.interfaces.web.shell.PagedRows;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

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
    private final PagedRows<Row, String> queue = new PagedRows<>((first, size, sort, ascending) -> {
        OfficerApplicationService.Page page = applications.queue(office, status, first, size);
        return new PagedRows.Page<>(page.rows(), page.total());
    }, Map.of(), null, true, row -> Long.toString(row.id()));

    /** Applies the filter and goes back to the first page. */
    public void show() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":list:rows");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /**
     * Issue 15: the queue as the filter shows it (every page, at most
     * {@link OfficerApplicationService#EXPORT_MAX}) as a CSV file, UTF-8 with a byte order mark so that spreadsheet
     * programs read Japanese; the export is audited.
     */
    public void exportCsv() throws IOException {
        List<Row> rows = applications.exportQueue(office, status);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"applications.csv\"");
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvLines.line(List.of("number", "organisation", "name", "status_of_residence", "acceptance_date",
                "status", "assigned_to", "days_since_filing", "over_standard")));
        for (Row r : rows) {
            csv.append(CsvLines.line(List.of(text(r.number()), text(r.organisation()), text(r.nameRoman()),
                    text(r.statusOfResidence()), r.acceptanceDate() == null ? "" : r.acceptanceDate().toString(),
                    r.status().name(), text(r.assignedTo()), Long.toString(r.daysSinceFiling()),
                    Boolean.toString(r.overStandard()))));
        }
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        faces.responseComplete();
    }

    private static String text(String value) {
        return value == null ? "" : value;
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
}
