package jp.ras.interfaces.web.usage;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.ras.application.OrganisationService;
import jp.ras.application.PersonData;
import jp.ras.application.TooManyRequestsException;
import jp.ras.application.UsageApplicationService;
import jp.ras.application.UsageRequestService;
import jp.ras.domain.model.usage.ApplicantKind;
import jp.ras.domain.model.usage.UsageApplicationKind;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.officer.RosterCsv;
import jp.ras.interfaces.web.shell.Messages;
import jp.ras.interfaces.web.shell.PersonRow;

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
    private String orgName;
    private String corporateNumber;
    private String prefecture;
    private String address;
    private ApplicantKind applicantKind = ApplicantKind.STAFF;
    private String applicantName;
    private String applicantMail;
    private String applicantPhone;
    private String applicantLocale;
    private LocalDate applicantBirth;
    private boolean agentConsent;
    private List<PersonRow> persons = new ArrayList<>(List.of(new PersonRow()));
    private transient Part csv;
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

    public void addRow() {
        persons.add(new PersonRow());
    }

    public void removeRow(int index) {
        if (index >= 0 && index < persons.size()) {
            persons.remove(index);
        }
        if (persons.isEmpty()) {
            persons.add(new PersonRow());
        }
    }

    /** UA4: reads the CSV file into the rows, as the counter does; on any problem in the file, nothing is added. */
    public void readCsv() {
        if (csv == null || csv.getSize() == 0) {
            csvError(Messages.text("officer", "csv.none"));
            return;
        }
        RosterCsv.Result result;
        try (InputStream in = csv.getInputStream()) {
            result = RosterCsv.parse(in);
        } catch (IOException e) {
            csvError(Messages.text("officer", "csv.unreadable"));
            return;
        }
        if (!result.ok()) {
            for (RosterCsv.Problem p : result.problems()) {
                String detail = p.detail() == null ? "" : RosterCsv.COLUMNS.contains(p.detail())
                        && !"header".equals(p.key()) ? Messages.text("messages", "field.persons." + p.detail())
                        : p.detail();
                String text = Messages.text("officer", "csv." + p.key(), detail);
                csvError(p.line() == 0 ? text : Messages.text("officer", "csv.line", String.valueOf(p.line()), text));
            }
            return;
        }
        persons.removeIf(PersonRow::isEmpty);
        result.persons().forEach(p -> persons.add(PersonRow.of(p)));
        if (persons.isEmpty()) {
            persons.add(new PersonRow());
        }
        Messages.info("officer", "csv.read", result.persons().size());
    }

    private void csvError(String text) {
        facesContext.addMessage(FORM + ":csv", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        facesContext.validationFailed();
    }

    /** Issue 17: checks everything; stores only the waiting request and mails its link. */
    public void send() {
        persons.removeIf(PersonRow::isEmpty);
        List<PersonData> data = persons.stream().map(PersonRow::toData).toList();
        byte[] content = DocumentUpload.read(document);
        String fileName = document == null ? null : document.getSubmittedFileName();
        try {
            requests.request(UsageApplicationService.Entry.builder().kind(UsageApplicationKind.NEW)
                    .officeCode(office).orgName(orgName).corporateNumber(corporateNumber).prefecture(prefecture)
                    .address(address).applicantKind(applicantKind).applicantName(applicantName)
                    .applicantMail(applicantMail).applicantPhone(applicantPhone)
                    .applicantLocale(Locale.forLanguageTag(applicantLocale == null || applicantLocale.isBlank()
                            ? facesContext.getViewRoot().getLocale().getLanguage() : applicantLocale))
                    .applicantBirth(applicantBirth).agentConsent(agentConsent).persons(new ArrayList<>(data))
                    .build(), new UsageRequestService.Document(fileName, content));
            sent = true;
            sentTo = applicantMail == null ? "" : applicantMail.strip();
        } catch (RuleViolationException e) {
            if (persons.isEmpty()) {
                persons.add(new PersonRow());
            }
            Messages.violations(FORM, e);
            Messages.error("messages", "usage.notSent");
        } catch (TooManyRequestsException e) {
            if (persons.isEmpty()) {
                persons.add(new PersonRow());
            }
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

    public ApplicantKind[] getApplicantKinds() {
        return ApplicantKind.values();
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

    public String getOrgName() {
        return orgName;
    }

    public void setOrgName(String orgName) {
        this.orgName = orgName;
    }

    public String getCorporateNumber() {
        return corporateNumber;
    }

    public void setCorporateNumber(String corporateNumber) {
        this.corporateNumber = corporateNumber;
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

    public ApplicantKind getApplicantKind() {
        return applicantKind;
    }

    public void setApplicantKind(ApplicantKind applicantKind) {
        this.applicantKind = applicantKind;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getApplicantMail() {
        return applicantMail;
    }

    public void setApplicantMail(String applicantMail) {
        this.applicantMail = applicantMail;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public void setApplicantPhone(String applicantPhone) {
        this.applicantPhone = applicantPhone;
    }

    public String getApplicantLocale() {
        return applicantLocale;
    }

    public void setApplicantLocale(String applicantLocale) {
        this.applicantLocale = applicantLocale;
    }

    public LocalDate getApplicantBirth() {
        return applicantBirth;
    }

    public void setApplicantBirth(LocalDate applicantBirth) {
        this.applicantBirth = applicantBirth;
    }

    public boolean isAgentConsent() {
        return agentConsent;
    }

    public void setAgentConsent(boolean agentConsent) {
        this.agentConsent = agentConsent;
    }

    public List<PersonRow> getPersons() {
        return persons;
    }

    public Part getCsv() {
        return csv;
    }

    public void setCsv(Part csv) {
        this.csv = csv;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }
}
