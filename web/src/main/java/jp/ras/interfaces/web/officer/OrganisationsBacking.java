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
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

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
    private final Results results = new Results();

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

    /** The table's model: PrimeFaces asks for the count, then for the page; both go to the database. */
    private final class Results extends LazyDataModel<OrganisationService.Summary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return shown == null ? 0 : (int) organisations.searchPage(shown.text(), shown.office(), shown.state(), 0, 1,
                    OrganisationRepository.SearchSort.NAME, true).total();
        }

        @Override
        public List<OrganisationService.Summary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (shown == null) {
                return List.of();
            }
            OrganisationRepository.SearchSort sort = OrganisationRepository.SearchSort.NAME;
            boolean ascending = true;
            for (SortMeta meta : sortBy.values()) {
                sort = switch (meta.getField()) {
                    case "corporateNumber" -> OrganisationRepository.SearchSort.CORPORATE_NUMBER;
                    case "state" -> OrganisationRepository.SearchSort.STATE;
                    case "validUntil" -> OrganisationRepository.SearchSort.VALID_UNTIL;
                    default -> OrganisationRepository.SearchSort.NAME;
                };
                ascending = meta.getOrder() != SortOrder.DESCENDING;
                break;
            }
            OrganisationService.SearchPage page = organisations.searchPage(shown.text(), shown.office(),
                    shown.state(), first, pageSize, sort, ascending);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(OrganisationService.Summary row) {
            return Long.toString(row.id());
        }

        @Override
        public OrganisationService.Summary getRowData(String rowKey) {
            return null;
        }
    }
}
