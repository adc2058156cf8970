package jp.ras.interfaces.web.officer;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.ras.application.MailView;
import jp.ras.application.OutboxService;
import jp.ras.domain.model.mail.MailStatus;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.shell.Messages;
import jp.ras.interfaces.web.shell.PagedRows;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/**
 * Supervisor screen: the mail outbox, filtered (status, recipient, template, Japan dates) and paged in the database,
 * so queued and failed mails can be read and a pending or failed one sent again (issue 14).
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's rows per page. */
    public static final int PAGE_SIZE = 20;

    private static final String FILTER_FORM = "filter";

    @Inject
    private OutboxService outbox;

    private MailStatus status;
    private String recipient;
    private String template;
    private LocalDate from;
    private LocalDate to;
    /** The filter the table shows; changed only by a filter that passed. */
    private OutboxService.Filter shown = OutboxService.Filter.NONE;
    private List<String> templates;
    private final PagedRows<MailView, String> mails = new PagedRows<>((first, size, sort, ascending) -> {
        OutboxService.Page page = outbox.page(shown, first, size);
        return new PagedRows.Page<>(page.rows(), page.total());
    }, Map.of(), null, true, row -> Long.toString(row.id()));

    /** Applies the filter (field messages when it is wrong) and goes back to the first page. */
    public void show() {
        OutboxService.Filter filter = new OutboxService.Filter(status, recipient, template, from, to);
        try {
            outbox.page(filter, 0, 1);
        } catch (RuleViolationException e) {
            Messages.violations(FILTER_FORM, e);
            return;
        }
        shown = filter;
        firstPage();
    }

    /** "Send again": the mail is due now; audited by the service. */
    public void sendAgain(long id) {
        if (Messages.attempt("list", () -> outbox.sendAgain(id))) {
            Messages.info("messages", "outbox.sentAgain", id);
        }
    }

    private static void firstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":list:mails");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public List<String> getTemplates() {
        if (templates == null) {
            templates = outbox.templateNames();
        }
        return templates;
    }

    public LazyDataModel<MailView> getMails() {
        return mails;
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
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
