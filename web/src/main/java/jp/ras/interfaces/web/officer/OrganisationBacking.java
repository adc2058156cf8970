package jp.ras.interfaces.web.officer;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.ras.interfaces.web.shell.PageId;
import jp.ras.interfaces.web.shell.PersonRow;
import jp.ras.application.AccountService;
import jp.ras.application.NotFoundException;
import jp.ras.application.OrganisationService;
import jp.ras.application.UnknownAccountException;
import jp.ras.domain.model.account.AccountStatus;
import jp.ras.domain.model.organisation.OrganisationState;
import jp.ras.interfaces.web.shell.Messages;

/**
 * One organisation as officers see it ({@code ?id=N}): summary, users, the foreign-national list with its history,
 * periodic reports and audit trail; the changes officers record (PR6) and, for supervisors, suspension, resumption
 * and deletion of use (PR7).
 */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisations;

    @Inject
    private AccountService accounts;

    @Inject
    private FacesContext facesContext;

    private long id;
    private OrganisationService.Detail detail;
    private String orgName;
    private String prefecture;
    private String address;
    private String evidence;
    private PersonRow newPerson = new PersonRow();
    private Long removeEntry;
    private String removeReason;
    private String deleteAuthId;
    private String deleteReason;
    private String reason;

    /** The page's {@code f:viewAction}: an absent or unknown organisation answers 404. */
    public void load() {
        if (requestedId == null || !reload(requestedId)) {
            PageId.notFound(facesContext);
            return;
        }
        resetChangeForm();
    }

    /** The address's {@code id} ({@code f:viewParam} with {@code ras.pageId}: anything but a positive number is 404). */
    private Long requestedId;

    public Long getRequestedId() {
        return requestedId;
    }

    public void setRequestedId(Long requestedId) {
        this.requestedId = requestedId;
    }

    private boolean reload(long organisationId) {
        try {
            detail = organisations.detail(organisationId);
            id = organisationId;
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private void resetChangeForm() {
        orgName = detail.summary().name();
        prefecture = detail.summary().prefecture();
        address = detail.summary().address();
        evidence = null;
    }

    /** PR6: 利用者情報変更届出 — name and address, with the evidence seen. */
    public void change() {
        if (Messages.attempt("change", () -> organisations.changeNameAndAddress(id, orgName, prefecture, address, evidence))) {
            Messages.info("officer", "org.changed");
            reload(id);
            resetChangeForm();
        }
    }

    /** PR6: an addition to the foreign-national list. */
    public void addPerson() {
        if (Messages.attempt("addPerson", () -> organisations.addToRoster(id, newPerson.toData()))) {
            Messages.info("officer", "org.personAdded", detail.summary().name());
            newPerson = new PersonRow();
            reload(id);
        }
    }

    /** PR6: a dated removal; the entry stays in the history. */
    public void removePerson() {
        if (removeEntry == null) {
            fieldError("removePerson:entry", "org.choosePerson");
            return;
        }
        if (removeReason == null || removeReason.isBlank()) {
            fieldError("removePerson:reason", "org.reasonRequired");
            return;
        }
        try {
            if (Messages.attempt("removePerson", () -> organisations.removeFromRoster(id, removeEntry, removeReason))) {
                Messages.info("officer", "org.personRemoved");
                removeEntry = null;
                removeReason = null;
                reload(id);
            }
        } catch (NotFoundException e) {
            fieldError("removePerson:entry", "org.choosePerson");
        }
    }

    /** AC3, PR6: 利用者情報抹消 — an officer deletes a user on request; the ID is never reused. */
    public void deleteUser() {
        if (deleteAuthId == null) {
            fieldError("deleteUser:authId", "org.chooseUser");
            return;
        }
        try {
            if (Messages.attempt("deleteUser", () -> accounts.deleteUser(deleteAuthId, deleteReason))) {
                Messages.info("officer", "users.deleted", deleteAuthId);
                deleteAuthId = null;
                deleteReason = null;
                reload(id);
            }
        } catch (UnknownAccountException e) {
            fieldError("deleteUser:authId", "org.chooseUser");
        }
    }

    /** PR7: suspension of use, mailed to every user (supervisors). */
    public void suspend() {
        lifecycle(() -> organisations.suspend(id, reason), "org.suspended");
    }

    /** PR5, PR7: resumption, mailed to every user (supervisors). */
    public void resume() {
        lifecycle(() -> organisations.resume(id), "org.resumed");
    }

    /** PR7: deletion of use, final; the users' accounts end with it (supervisors). */
    public void delete() {
        lifecycle(() -> organisations.delete(id, reason), "org.deleted");
    }

    private void lifecycle(Runnable action, String doneKey) {
        if (Messages.attempt("lifecycle", action)) {
            Messages.info("officer", doneKey, detail.summary().name());
            reason = null;
            reload(id);
        }
    }

    /** Runs a service call; rule violations go on the form's fields. Returns whether it succeeded. */
    private void fieldError(String clientId, String key) {
        facesContext.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text("officer", key), null));
        facesContext.validationFailed();
    }

    public boolean isDeleted() {
        return detail.summary().state() == OrganisationState.DELETED;
    }

    /** Users who can still be deleted. */
    public List<OrganisationService.User> getActiveUsers() {
        return detail.users().stream().filter(u -> u.status() == AccountStatus.ACTIVE).toList();
    }

    /** Persons currently on the list, who can be removed. */
    public List<OrganisationService.Person> getCurrentPersons() {
        return detail.roster().stream().filter(p -> p.removedOn() == null).toList();
    }

    public long getId() {
        return id;
    }

    public OrganisationService.Detail getDetail() {
        return detail;
    }

    public String getOrgName() {
        return orgName;
    }

    public void setOrgName(String orgName) {
        this.orgName = orgName;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(String prefecture) {
        this.prefecture = prefecture;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public PersonRow getNewPerson() {
        return newPerson;
    }

    public Long getRemoveEntry() {
        return removeEntry;
    }

    public void setRemoveEntry(Long removeEntry) {
        this.removeEntry = removeEntry;
    }

    public String getRemoveReason() {
        return removeReason;
    }

    public void setRemoveReason(String removeReason) {
        this.removeReason = removeReason;
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
