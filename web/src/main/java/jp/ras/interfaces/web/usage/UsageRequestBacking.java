package jp.ras.interfaces.web.usage;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.ras.application.OrganisationService;
import jp.ras.application.PersonData;
import jp.ras.application.TooManyRequestsException;
import jp.ras.application.UsageApplicationService;
import jp.ras.application.UsageRequestService;
import jp.ras.domain.model.usage.UsageApplicationKind;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.shell.Messages;

/**
 * usage/request.xhtml (issue 17, UA1–UA4, SE2): an organisation that does not use RAS yet asks for it online: the
 * organisation, the user to register (staff, or an agent with the organisation's consent), the foreign nationals
 * typed or read from a CSV file, the identity document and the office. Nothing is stored until the mailed link is
 * confirmed; a client address that sent its limit gets 429.
 */
@Named
@ViewScoped
public class UsageRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "request";

    @Inject
    private UsageRequestService requests;

    @Inject
    private FacesContext facesContext;

    private String office;
    private final OrganisationForm newOrganisation = new OrganisationForm();
    private final ApplicantForm applicant = new ApplicantForm();
    private final RosterForm roster = new RosterForm(FORM);
    private transient Part document;
    private List<OrganisationService.Office> offices;
    private boolean sent;
    private boolean limited;
    private String sentTo;

    /** Issue 17: an address that sent its limit hears so (429) before it fills the form in. */
    public void load() {
        if (facesContext.isPostback() || sent) {
            return;
        }
        requests.requestRetryAfter().ifPresent(this::tooMany);
    }

    private void tooMany(long retryAfter) {
        limited = true;
        facesContext.getExternalContext().setResponseStatus(429);
        facesContext.getExternalContext().setResponseHeader("Retry-After", String.valueOf(retryAfter));
        Messages.error("messages", "usage.tooMany", (retryAfter + 3599) / 3600);
    }

    public boolean isLimited() {
        return limited;
    }

    /** Issue 17: checks everything; stores only the waiting request and mails its link. */
    public void send() {
        List<PersonData> data = roster.toData();
        byte[] content = DocumentUpload.read(document);
        String fileName = document == null ? null : document.getSubmittedFileName();
        String language = facesContext.getViewRoot().getLocale().getLanguage();
        try {
            requests.request(applicant.fill(newOrganisation.fill(UsageApplicationService.Entry.builder()
                    .kind(UsageApplicationKind.NEW).officeCode(office)), language).persons(new ArrayList<>(data))
                    .build(), new UsageRequestService.Document(fileName, content));
            sent = true;
            sentTo = applicant.getMail() == null ? "" : applicant.getMail().strip();
        } catch (RuleViolationException e) {
            roster.keepOneRow();
            Messages.violations(FORM, e);
            Messages.error("messages", "usage.notSent");
        } catch (TooManyRequestsException e) {
            roster.keepOneRow();
            tooMany(e.retryAfter());
            facesContext.validationFailed();
        }
    }

    /** UA2: every office, airport branches too, so that choosing one is refused on the field with the reason. */
    public List<OrganisationService.Office> getOffices() {
        if (offices == null) {
            offices = requests.offices();
        }
        return offices;
    }

    public String officeName(OrganisationService.Office office) {
        return "ja".equals(facesContext.getViewRoot().getLocale().getLanguage()) ? office.nameJa() : office.nameEn();
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

    public boolean isSent() {
        return sent;
    }

    public String getSentTo() {
        return sentTo;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }
}
