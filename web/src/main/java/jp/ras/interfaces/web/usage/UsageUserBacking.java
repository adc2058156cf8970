package jp.ras.interfaces.web.usage;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import jp.ras.application.UsageApplicationService;
import jp.ras.application.UsageRequestService;
import jp.ras.domain.model.usage.ApplicantKind;
import jp.ras.domain.model.usage.UsageApplicationKind;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.shell.Messages;

/**
 * app/usage-user.xhtml (issue 17, UA1, UA3): an organisation user asks online for a further user of the
 * organisation (追加利用申出); it goes to the officers' usage queue of the organisation's office.
 */
@Named
@ViewScoped
public class UsageUserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "user";

    @Inject
    private UsageRequestService requests;

    @Inject
    private FacesContext facesContext;

    private ApplicantKind applicantKind = ApplicantKind.STAFF;
    private String applicantName;
    private String applicantMail;
    private String applicantPhone;
    private String applicantLocale;
    private LocalDate applicantBirth;
    private boolean agentConsent;
    private transient Part document;
    private String reference;

    public void send() {
        byte[] content = DocumentUpload.read(document);
        String fileName = document == null ? null : document.getSubmittedFileName();
        try {
            reference = requests.requestAdditionalUser(UsageApplicationService.Entry.builder()
                    .kind(UsageApplicationKind.ADDITIONAL).applicantKind(applicantKind).applicantName(applicantName)
                    .applicantMail(applicantMail).applicantPhone(applicantPhone)
                    .applicantLocale(Locale.forLanguageTag(applicantLocale == null || applicantLocale.isBlank()
                            ? facesContext.getViewRoot().getLocale().getLanguage() : applicantLocale))
                    .applicantBirth(applicantBirth).agentConsent(agentConsent).persons(new ArrayList<>()).build(),
                    new UsageRequestService.Document(fileName, content));
        } catch (RuleViolationException e) {
            Messages.violations(FORM, e);
            Messages.error("messages", "usage.notSent");
        } catch (EJBAccessException e) {
            Messages.error("officer", "common.forbidden");
        }
    }

    public ApplicantKind[] getApplicantKinds() {
        return ApplicantKind.values();
    }

    public String getReference() {
        return reference;
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

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }
}
