package jp.ras.interfaces.web.officer;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.ras.application.OrganisationService;
import jp.ras.domain.model.organisation.OrganisationState;
import jp.ras.infrastructure.persistence.OrganisationRepository;
import jp.ras.interfaces.web.shell.Messages;

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


    private String text;
    private String office;
    private OrganisationState state;
    private List<OrganisationService.Summary> results;

    public void search() {
        results = organisations.search(text, office, state);
        if (results.size() >= OrganisationRepository.SEARCH_LIMIT) {
            Messages.warn("officer", "orgs.limit", OrganisationRepository.SEARCH_LIMIT);
        }
    }

    /** PR5, PR7: suspends every organisation past its expiry without an approved report; users are mailed. */
    public void suspendExpired() {
        try {
            int suspended = organisations.suspendExpiredNow();
            Messages.info("officer", "orgs.swept", suspended);
            if (results != null) {
                search();
            }
        } catch (EJBAccessException e) {
            Messages.error("officer", "common.forbidden");
        }
    }

    public boolean isSearched() {
        return results != null;
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

    public List<OrganisationService.Summary> getResults() {
        return results;
    }
}
