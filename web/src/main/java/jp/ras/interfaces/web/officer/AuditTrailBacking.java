package jp.ras.interfaces.web.officer;

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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import jp.ras.application.AuditChainVerification;
import jp.ras.application.AuditTrailService;
import jp.ras.domain.shared.JapanTime;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.infrastructure.persistence.AuditRepository;
import jp.ras.interfaces.web.shell.CsvLines;
import jp.ras.interfaces.web.shell.Messages;
import jp.ras.interfaces.web.shell.PagedRows;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/**
 * Supervisor screen (issue 18): the audit trail searched by who, what, when, target and address, sorted and paged in
 * the database (a PrimeFaces lazy table); the search exported as CSV (audited); the hash chain verified on demand.
 */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PAGE_SIZE = 25;

    private static final String FILTER_FORM = "filter";
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(JapanTime.ZONE);

    @Inject
    private AuditTrailService service;

    private String actor;
    private String action;
    private String target;
    private String sourceIp;
    private LocalDate from;
    private LocalDate to;
    private AuditTrailService.Filter shown = AuditTrailService.Filter.NONE;
    private List<String> actions;
    private AuditChainVerification.Result verification;
    private final PagedRows<AuditTrailService.Entry, AuditRepository.Sort> entries = new PagedRows<>(
            (first, size, sort, ascending) -> {
                AuditTrailService.Page page = service.page(shown, first, size, sort, ascending);
                return new PagedRows.Page<>(page.rows(), page.total());
            },
            Map.of("actor", AuditRepository.Sort.ACTOR, "action", AuditRepository.Sort.ACTION,
                    "target", AuditRepository.Sort.TARGET, "sourceIp", AuditRepository.Sort.SOURCE_IP,
                    "occurredAt", AuditRepository.Sort.OCCURRED_AT),
            AuditRepository.Sort.OCCURRED_AT, false, row -> Long.toString(row.id()));

    /** Applies the search (field messages when it is wrong) and goes back to the first page. */
    public void show() {
        AuditTrailService.Filter filter = filter();
        try {
            service.page(filter, 0, 1, AuditRepository.Sort.OCCURRED_AT, false);
        } catch (RuleViolationException e) {
            Messages.violations(FILTER_FORM, e);
            return;
        }
        shown = filter;
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":list:entries");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** The search as a CSV file (UTF-8 with a byte order mark, so that spreadsheet programs read Japanese). */
    public void exportCsv() throws IOException {
        AuditTrailService.Filter filter = filter();
        List<AuditTrailService.Entry> rows;
        try {
            rows = service.export(filter);
        } catch (RuleViolationException e) {
            Messages.violations(FILTER_FORM, e);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvLines.line(List.of("id", "seq", "occurred_at_jst", "actor", "role", "action", "target",
                "source_ip", "detail")));
        for (AuditTrailService.Entry e : rows) {
            csv.append(CsvLines.line(List.of(Long.toString(e.id()), e.seq() == null ? "" : e.seq().toString(),
                    CSV_TIME.format(e.occurredAt()), nullToEmpty(e.actor()), nullToEmpty(e.actorRole()), e.action(),
                    nullToEmpty(e.target()), nullToEmpty(e.sourceIp()), nullToEmpty(e.detail()))));
        }
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        faces.responseComplete();
    }

    /** Verifies the hash chain now and shows the result. */
    public void verify() {
        verification = service.verify();
        if (verification.intact()) {
            Messages.info("officer", "auditTrail.intact", verification.checked());
        } else {
            Messages.error("officer", "auditTrail.broken", verification.broken().seq(),
                    Messages.text("officer", "auditTrail.reason." + verification.broken().reason()),
                    verification.checked());
        }
    }

    private AuditTrailService.Filter filter() {
        return new AuditTrailService.Filter(actor, action, target, sourceIp, from, to);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public List<String> getActions() {
        if (actions == null) {
            actions = service.actions();
        }
        return actions;
    }

    public LazyDataModel<AuditTrailService.Entry> getEntries() {
        return entries;
    }

    public AuditChainVerification.Result getVerification() {
        return verification;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getSourceIp() {
        return sourceIp;
    }

    public void setSourceIp(String sourceIp) {
        this.sourceIp = sourceIp;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
