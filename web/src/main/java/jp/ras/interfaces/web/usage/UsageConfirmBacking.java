package jp.ras.interfaces.web.usage;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.ras.application.UsageRequestService;
import jp.ras.domain.shared.RuleViolationException;

/**
 * usage/confirm.xhtml?token=… (issue 17): opening the mailed link changes nothing; the button files the usage
 * application, so that a mail scanner that follows links cannot file it on the sender's behalf.
 */
@Named
@ViewScoped
public class UsageConfirmBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UsageRequestService requests;

    @Inject
    private ExternalContext externalContext;

    private String token;
    private boolean valid;
    private String reference;

    @PostConstruct
    void load() {
        token = externalContext.getRequestParameterMap().get("token");
        valid = requests.linkWorks(token);
    }

    public void confirm() {
        try {
            if (!valid) {
                throw RuleViolationException.of("token", "linkInvalid", null);
            }
            reference = requests.confirm(token);
        } catch (RuleViolationException e) {
            valid = false;
        } finally {
            token = null;
        }
    }

    public boolean isValid() {
        return valid && reference == null;
    }

    public String getReference() {
        return reference;
    }
}
