package jp.ras.interfaces.web.officer;

import jakarta.ejb.EJBAccessException;
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
import jp.ras.interfaces.web.shell.PageId;
import jp.ras.interfaces.web.shell.PersonRow;
import jp.ras.application.NotFoundException;
import jp.ras.application.OrganisationService;
import jp.ras.application.PersonData;
import jp.ras.application.UsageApplicationService;
import jp.ras.domain.model.organisation.OrganisationState;
import jp.ras.domain.model.usage.ApplicantKind;
import jp.ras.domain.model.usage.UsageApplicationKind;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.shell.Messages;

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
    private String orgName;
    private String corporateNumber;
    private String prefecture;
    private String address;
    private ApplicantKind applicantKind = ApplicantKind.STAFF;
    private String applicantName;
    private String applicantMail;
    private String applicantPhone;
    private String applicantLocale = "ja";
    private LocalDate applicantBirth;
    private boolean agentConsent;
    private String identityDocument;
    private List<PersonRow> persons = new ArrayList<>(List.of(new PersonRow()));
    private transient Part csv;
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

    /** UA4: reads the CSV file into the rows; on any problem in the file, nothing is added. */
    public void readCsv() {
        if (csv == null || csv.getSize() == 0) {
            addCsvMessage("csv.none");
            return;
        }
        RosterCsv.Result result;
        try (InputStream in = csv.getInputStream()) {
            result = RosterCsv.parse(in);
        } catch (IOException e) {
            addCsvMessage("csv.unreadable");
            return;
        }
        if (!result.ok()) {
            for (RosterCsv.Problem p : result.problems()) {
                String text = Messages.text("officer", "csv." + p.key(), p.detail() == null ? "" : columnLabel(p));
                addCsvError(p.line() == 0 ? text : Messages.text("officer", "csv.line", String.valueOf(p.line()), text));
            }
            return;
        }
        persons.removeIf(PersonRow::isEmpty);
        result.persons().forEach(p -> persons.add(PersonRow.of(p)));
        Messages.info("officer", "csv.read", result.persons().size());
    }

    private String columnLabel(RosterCsv.Problem p) {
        return RosterCsv.COLUMNS.contains(p.detail()) && !"header".equals(p.key())
                ? Messages.text("messages", "field.persons." + p.detail()) : p.detail();
    }

    private void addCsvMessage(String key) {
        addCsvError(Messages.text("officer", key));
    }

    private void addCsvError(String text) {
        facesContext.addMessage(FORM + ":csv", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        facesContext.validationFailed();
    }

    /** UA1–UA4, SE2: saves the application; every wrong field is shown on the field (AP9) and nothing is stored. */
    public void receive() {
        receivedId = null;
        persons.removeIf(PersonRow::isEmpty);
        List<PersonData> data = persons.stream().map(PersonRow::toData).toList();
        try {
            long id = usage.receive(UsageApplicationService.Entry.builder().kind(kind).officeCode(office)
                    .organisationId(kind == UsageApplicationKind.ADDITIONAL ? organisation : null).orgName(orgName)
                    .corporateNumber(corporateNumber).prefecture(prefecture).address(address)
                    .applicantKind(applicantKind).applicantName(applicantName).applicantMail(applicantMail)
                    .applicantPhone(applicantPhone)
                    .applicantLocale(Locale.forLanguageTag(applicantLocale == null ? "ja" : applicantLocale))
                    .applicantBirth(applicantBirth).agentConsent(agentConsent).identityDocument(identityDocument)
                    .persons(data).build());
            Messages.info("officer", "entry.received", String.valueOf(id));
            String keptOffice = office;
            reset();
            office = keptOffice;
            receivedId = id;
        } catch (RuleViolationException e) {
            if (persons.isEmpty()) {
                persons.add(new PersonRow());
            }
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
        orgName = null;
        corporateNumber = null;
        prefecture = null;
        address = null;
        applicantKind = ApplicantKind.STAFF;
        applicantName = null;
        applicantMail = null;
        applicantPhone = null;
        applicantLocale = "ja";
        applicantBirth = null;
        agentConsent = false;
        identityDocument = null;
        persons = new ArrayList<>(List.of(new PersonRow()));
    }

    public UsageApplicationKind[] getKinds() {
        return UsageApplicationKind.values();
    }

    public ApplicantKind[] getApplicantKinds() {
        return ApplicantKind.values();
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

    public String getIdentityDocument() {
        return identityDocument;
    }

    public void setIdentityDocument(String identityDocument) {
        this.identityDocument = identityDocument;
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

    public Long getReceivedId() {
        return receivedId;
    }
}
