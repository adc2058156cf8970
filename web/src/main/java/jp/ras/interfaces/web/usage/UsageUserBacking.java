package jp.ras.interfaces.web.usage;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import jp.ras.application.UsageApplicationService;
import jp.ras.application.UsageRequestService;
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

    private final ApplicantForm applicant = new ApplicantForm();
    private transient Part document;
    private String reference;

    public void send() {
        byte[] content = DocumentUpload.read(document);
        String fileName = document == null ? null : document.getSubmittedFileName();
        try {
            reference = requests.requestAdditionalUser(applicant.fill(UsageApplicationService.Entry.builder()
                    .kind(UsageApplicationKind.ADDITIONAL), facesContext.getViewRoot().getLocale().getLanguage())
                    .persons(new ArrayList<>()).build(), new UsageRequestService.Document(fileName, content));
        } catch (RuleViolationException e) {
            Messages.violations(FORM, e);
            Messages.error("messages", "usage.notSent");
        } catch (EJBAccessException e) {
            Messages.error("officer", "common.forbidden");
        }
    }

    public ApplicantForm getApplicant() {
        return applicant;
    }

    public String getReference() {
        return reference;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }
}
