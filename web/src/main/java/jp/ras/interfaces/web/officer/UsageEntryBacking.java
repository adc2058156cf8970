package jp.ras.interfaces.web.officer;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.ras.interfaces.web.shell.PageId;
import jp.ras.application.NotFoundException;
import jp.ras.application.OrganisationService;
import jp.ras.application.PersonData;
import jp.ras.application.UsageApplicationService;
import jp.ras.domain.model.organisation.OrganisationState;
import jp.ras.domain.model.usage.UsageApplicationKind;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.shell.Messages;
import jp.ras.interfaces.web.usage.ApplicantForm;
import jp.ras.interfaces.web.usage.OrganisationForm;
import jp.ras.interfaces.web.usage.RosterForm;

/**
 * 利用申出 at the counter (UA1–UA4, SE2): the officer enters what the applicant filed in person, including the
 * list of foreign nationals, typed row by row or read from a CSV file and checked before saving.
 * {@code ?organisation=N} starts an additional application (UA1) for organisation N.
 */
@Named
@ViewScoped
public class UsageEntryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "entry";

    @Inject
    private UsageApplicationService usage;

    @Inject
    private OrganisationService organisations;

    @Inject
    private FacesContext facesContext;

    private UsageApplicationKind kind = UsageApplicationKind.NEW;
    private String office;
    private Long organisation;
    private String organisationSearch;
    private List<OrganisationService.Summary> organisationChoices = new ArrayList<>();
    private OrganisationForm newOrganisation = new OrganisationForm();
    private ApplicantForm applicant = new ApplicantForm("ja");
    private String identityDocument;
    private RosterForm roster = new RosterForm(FORM);
    private Long receivedId;

    /** Reads {@code ?organisation=N}: an additional application for that organisation. */
    /**
     * The page's {@code f:viewAction}: with the address's {@code organisation} (a positive number, else 404) an
     * additional application of that organisation (404 if unknown).
     */
    public void load() {
        if (requestedOrganisation == null) {
            return;
        }
        try {
            OrganisationService.Summary summary = organisations.detail(requestedOrganisation).summary();
            kind = UsageApplicationKind.ADDITIONAL;
            organisation = summary.id();
            office = summary.officeCode();
            organisationChoices = new ArrayList<>(List.of(summary));
        } catch (NotFoundException e) {
            PageId.notFound(facesContext);
        }
    }

    /** The address's {@code organisation} ({@code f:viewParam} with {@code ras.pageId}). */
    private Long requestedOrganisation;

    public Long getRequestedOrganisation() {
        return requestedOrganisation;
    }

    public void setRequestedOrganisation(Long requestedOrganisation) {
        this.requestedOrganisation = requestedOrganisation;
    }

    /** UA1: finds the existing organisation of an additional application by name or corporate number. */
    public void findOrganisations() {
        organisationChoices = new ArrayList<>(organisations.search(organisationSearch, null, null).stream()
                .filter(s -> s.state() != OrganisationState.DELETED).toList());
        if (organisationChoices.isEmpty()) {
            facesContext.addMessage(FORM + ":organisationSearch", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("officer", "entry.organisationNone"), null));
        } else if (organisationChoices.size() == 1) {
            organisation = organisationChoices.get(0).id();
        }
    }

    /** UA1–UA4, SE2: saves the application; every wrong field is shown on the field (AP9) and nothing is stored. */
    public void receive() {
        receivedId = null;
        List<PersonData> data = roster.toData();
        try {
            long id = usage.receive(applicant.fill(newOrganisation.fill(UsageApplicationService.Entry.builder()
                    .kind(kind).officeCode(office)
                    .organisationId(kind == UsageApplicationKind.ADDITIONAL ? organisation : null)), "ja")
                    .identityDocument(identityDocument).persons(data).build());
            Messages.info("officer", "entry.received", String.valueOf(id));
            String keptOffice = office;
            reset();
            office = keptOffice;
            receivedId = id;
        } catch (RuleViolationException e) {
            roster.keepOneRow();
            Messages.violations(FORM, e);
            Messages.error("officer", "entry.notSaved");
        } catch (EJBAccessException e) {
            Messages.error("officer", "common.forbidden");
        }
    }

    private void reset() {
        kind = UsageApplicationKind.NEW;
        organisation = null;
        organisationSearch = null;
        organisationChoices = new ArrayList<>();
        newOrganisation = new OrganisationForm();
        applicant = new ApplicantForm("ja");
        identityDocument = null;
        roster = new RosterForm(FORM);
    }

    public UsageApplicationKind[] getKinds() {
        return UsageApplicationKind.values();
    }

    public OrganisationForm getNewOrganisation() {
        return newOrganisation;
    }

    public ApplicantForm getApplicant() {
        return applicant;
    }

    public RosterForm getRoster() {
        return roster;
    }

    public UsageApplicationKind getKind() {
        return kind;
    }

    public void setKind(UsageApplicationKind kind) {
        this.kind = kind;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    public String getOrganisationSearch() {
        return organisationSearch;
    }

    public void setOrganisationSearch(String organisationSearch) {
        this.organisationSearch = organisationSearch;
    }

    public List<OrganisationService.Summary> getOrganisationChoices() {
        return organisationChoices;
    }

    public String getIdentityDocument() {
        return identityDocument;
    }

    public void setIdentityDocument(String identityDocument) {
        this.identityDocument = identityDocument;
    }

    public Long getReceivedId() {
        return receivedId;
    }
}
