package jp.ras.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import jp.ras.application.AccountService;
import jp.ras.domain.model.account.Role;
import jp.ras.interfaces.web.shell.HomeBacking;
import jp.ras.interfaces.web.shell.Messages;
import jp.ras.interfaces.web.shell.UserSession;

/** account/terms.xhtml (SE2): organisation users and agents agree to the current terms of use. */
@Named
@RequestScoped
public class TermsBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private UserSession userSession;

    @Inject
    private ExternalContext externalContext;

    private String version;

    private AccountService.Details details;

    @PostConstruct
    void load() {
        version = accounts.termsVersion();
        details = accounts.myDetails();
    }

    /** Only organisation users and agents agree; officers may read the terms. */
    public boolean isMustAgree() {
        boolean publicTier = externalContext.isUserInRole(Role.ORG_USER_NAME)
                || externalContext.isUserInRole(Role.AGENT_NAME);
        return publicTier && (userSession.isTermsRequired() || !version.equals(details.termsVersion()));
    }

    public void agree() throws IOException {
        accounts.acceptTerms();
        userSession.termsAccepted();
        Messages.info("account", "terms.accepted", version);
        externalContext.getFlash().setKeepMessages(true);
        externalContext.redirect(externalContext.getRequestContextPath() + HomeBacking.homePath(externalContext));
    }

    public String getVersion() {
        return version;
    }

    public AccountService.Details getDetails() {
        return details;
    }
}
