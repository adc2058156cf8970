package jp.ras.interfaces.web.officer;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.ras.application.AccountService;
import jp.ras.application.UnknownAccountException;
import jp.ras.domain.model.account.AccountStatus;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.shell.Messages;

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
    private List<AccountService.CounterUser> results;
    private String deleteAuthId;
    private String deleteReason;

    public void search() {
        try {
            results = accounts.findUsers(name, organisation, dateOfBirth);
        } catch (RuleViolationException e) {
            results = null;
            Messages.violations("search", e);
        }
    }

    private void refresh() {
        if (results != null) {
            search();
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
        return results == null ? List.of()
                : results.stream().filter(u -> u.status() == AccountStatus.ACTIVE).toList();
    }

    public boolean isSearched() {
        return results != null;
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

    public List<AccountService.CounterUser> getResults() {
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
