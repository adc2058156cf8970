package jp.ras.interfaces.web.officer;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.ras.application.AccountService;
import jp.ras.application.UnknownAccountException;
import jp.ras.domain.model.account.AccountStatus;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.infrastructure.persistence.UserAccountRepository;
import jp.ras.interfaces.web.shell.Messages;
import jp.ras.interfaces.web.shell.PagedRows;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/**
 * The counter's user service: finds a user by name, organisation and date of birth to confirm a forgotten
 * authentication ID (AC2), sends a password-reset mail (AC2), unlocks (AC4, supervisors) and deletes a user on
 * request (AC3).
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private FacesContext facesContext;

    private String name;
    private String organisation;
    private LocalDate dateOfBirth;
    /** The search the table shows (issue 15: a lazy table, paged and sorted in the database); null before one. */
    private Search shown;
    /** The active users of the search, for the deletion's choice (at most 100). */
    private List<AccountService.CounterUser> active;
    private final PagedRows<AccountService.CounterUser, UserAccountRepository.UserSort> results = new PagedRows<>(
            (first, size, sort, ascending) -> {
                if (shown == null) {
                    return new PagedRows.Page<>(List.of(), 0);
                }
                AccountService.UserPage page = accounts.findUsersPage(shown.name(), shown.organisation(),
                        shown.dateOfBirth(), first, size, sort, ascending);
                return new PagedRows.Page<>(page.rows(), page.total());
            },
            Map.of("authId", UserAccountRepository.UserSort.AUTH_ID, "name", UserAccountRepository.UserSort.NAME,
                    "organisation", UserAccountRepository.UserSort.ORGANISATION,
                    "lastLogin", UserAccountRepository.UserSort.LAST_LOGIN),
            UserAccountRepository.UserSort.AUTH_ID, true, AccountService.CounterUser::authId);

    private record Search(String name, String organisation, LocalDate dateOfBirth) implements Serializable {
    }
    private String deleteAuthId;
    private String deleteReason;

    public void search() {
        try {
            active = accounts.findUsers(name, organisation, dateOfBirth).stream()
                    .filter(u -> u.status() == AccountStatus.ACTIVE).toList();
            shown = new Search(name, organisation, dateOfBirth);
            UIComponent table = facesContext.getViewRoot().findComponent(":actions:list");
            if (table instanceof DataTable dataTable) {
                dataTable.setFirst(0);
            }
        } catch (RuleViolationException e) {
            shown = null;
            active = null;
            Messages.violations("search", e);
        }
    }

    /** After an action the table shows the same search again, on the same page. */
    private void refresh() {
        if (shown != null) {
            active = accounts.findUsers(shown.name(), shown.organisation(), shown.dateOfBirth()).stream()
                    .filter(u -> u.status() == AccountStatus.ACTIVE).toList();
        }
    }

    /** AC2: a reset link goes to the user's registered address (never shown here). */
    public void sendReset(String authId) {
        try {
            accounts.sendPasswordReset(authId);
            Messages.info("officer", "users.resetSent", authId);
        } catch (UnknownAccountException e) {
            Messages.error("officer", "users.unknown", authId);
        }
        refresh();
    }

    /** AC4: supervisors end a lock before its 24 hours are over. */
    public void unlock(String authId) {
        try {
            accounts.unlock(authId);
            Messages.info("officer", "users.unlocked", authId);
        } catch (UnknownAccountException e) {
            Messages.error("officer", "users.unknown", authId);
        } catch (EJBAccessException e) {
            Messages.error("officer", "common.forbidden");
        }
        refresh();
    }

    /** AC3, PR6: deletion on request, with the reason; the ID is never reused. */
    public void delete() {
        if (deleteAuthId == null) {
            facesContext.addMessage("delete:authId", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("officer", "org.chooseUser"), null));
            facesContext.validationFailed();
            return;
        }
        try {
            accounts.deleteUser(deleteAuthId, deleteReason);
            Messages.info("officer", "users.deleted", deleteAuthId);
            deleteAuthId = null;
            deleteReason = null;
            refresh();
        } catch (RuleViolationException e) {
            Messages.violations("delete", e);
        } catch (UnknownAccountException e) {
            Messages.error("officer", "users.unknown", deleteAuthId);
        }
    }

    public List<AccountService.CounterUser> getActiveResults() {
        return active == null ? List.of() : active;
    }

    public boolean isSearched() {
        return shown != null;
    }

    /** Whether the search found anyone (the table is not drawn for none). */
    public boolean isFound() {
        return shown != null && results.count(Map.of()) > 0;
    }

    public int getPageSize() {
        return 20;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public LazyDataModel<AccountService.CounterUser> getResults() {
        return results;
    }

    public String getDeleteAuthId() {
        return deleteAuthId;
    }

    public void setDeleteAuthId(String deleteAuthId) {
        this.deleteAuthId = deleteAuthId;
    }

    public String getDeleteReason() {
        return deleteReason;
    }

    public void setDeleteReason(String deleteReason) {
        this.deleteReason = deleteReason;
    }
}
