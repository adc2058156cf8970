package jp.ras.interfaces.web.officer;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.ras.application.OrganisationService;
import jp.ras.domain.model.organisation.OrganisationState;
import jp.ras.infrastructure.persistence.OrganisationRepository;
import jp.ras.interfaces.web.shell.Messages;
import jp.ras.interfaces.web.shell.PagedRows;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/**
 * Search for organisations by name or corporate number, office and state; each result opens its page. Supervisors
 * can also run the expiry sweep at once (PR5) instead of waiting for the nightly run.
 */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisations;


    /** The table's rows per page. */
    public static final int PAGE_SIZE = 25;

    private String text;
    private String office;
    private OrganisationState state;
    /** The search the table shows (issue 15: a lazy table, paged and sorted in the database); null before one. */
    private Search shown;
    private final PagedRows<OrganisationService.Summary, OrganisationRepository.SearchSort> results = new PagedRows<>(
            (first, size, sort, ascending) -> {
                if (shown == null) {
                    return new PagedRows.Page<>(List.of(), 0);
                }
                OrganisationService.SearchPage page = organisations.searchPage(shown.text(), shown.office(),
                        shown.state(), first, size, sort, ascending);
                return new PagedRows.Page<>(page.rows(), page.total());
            },
            Map.of("corporateNumber", OrganisationRepository.SearchSort.CORPORATE_NUMBER,
                    "state", OrganisationRepository.SearchSort.STATE,
                    "validUntil", OrganisationRepository.SearchSort.VALID_UNTIL,
                    "name", OrganisationRepository.SearchSort.NAME),
            OrganisationRepository.SearchSort.NAME, true, row -> Long.toString(row.id()));

    private record Search(String text, String office, OrganisationState state) implements Serializable {
    }

    public void search() {
        shown = new Search(text, office, state);
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":results:list");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** PR5, PR7: suspends every organisation past its expiry without an approved report; users are mailed. */
    public void suspendExpired() {
        try {
            int suspended = organisations.suspendExpiredNow();
            Messages.info("officer", "orgs.swept", suspended);
            if (shown != null) {
                search();
            }
        } catch (EJBAccessException e) {
            Messages.error("officer", "common.forbidden");
        }
    }

    public boolean isSearched() {
        return shown != null;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public OrganisationState[] getStates() {
        return OrganisationState.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public OrganisationState getState() {
        return state;
    }

    public void setState(OrganisationState state) {
        this.state = state;
    }

    public LazyDataModel<OrganisationService.Summary> getResults() {
        return results;
    }

    /** Whether the search found anything (the table is not drawn for none). */
    public boolean isFound() {
        return shown != null && results.count(Map.of()) > 0;
    }
}
