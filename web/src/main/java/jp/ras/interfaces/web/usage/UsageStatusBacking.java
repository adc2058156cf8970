package jp.ras.interfaces.web.usage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.ras.application.UsageRequestService;
import jp.ras.domain.model.usage.UsageApplicationState;

/**
 * usage/status.xhtml (issue 17): the state of a usage application filed online, by its reference number and the
 * user's mail address. A wrong number and a wrong address get the same answer.
 */
@Named
@RequestScoped
public class UsageStatusBacking {

    @Inject
    private UsageRequestService requests;

    private String reference;
    private String mail;
    private boolean asked;
    private UsageApplicationState state;

    public void show() {
        asked = true;
        state = requests.status(reference, mail).orElse(null);
    }

    public boolean isAsked() {
        return asked;
    }

    public UsageApplicationState getState() {
        return state;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getMail() {
        return mail;
    }

    public void setMail(String mail) {
        this.mail = mail;
    }
}
